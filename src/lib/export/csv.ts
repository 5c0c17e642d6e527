// CSV writer for exports: RFC 4180 quoting, CRLF rows, a UTF-8 BOM so spreadsheet programs keep Cyrillic, and a guard against formula injection.

/** A cell as it arrives from a query row. */
export type Cell = string | number | boolean | null | undefined;

/**
 * U+FEFF at the start of the file. Excel (what the programme's managers open CSV with) reads a CSV without it in the
 * local ANSI code page, which turns every Cyrillic place name into mojibake; with it, Excel and LibreOffice read UTF-8.
 * Parsers that do not expect it see it only in front of the first header name (d3.csvParse, JS split); Python's
 * `utf-8-sig`, pandas and DuckDB's read_csv skip it.
 */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a cell as a formula (and tab/CR, which some programs strip before checking). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell's text. Strings that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe:
 * a title like "=HYPERLINK(…)" from a news text must not become a live formula in a colleague's Excel. Numbers and
 * booleans are written as they are (a negative number is data, not a formula). Empty for null.
 */
export function cellText(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, a double quote, CR or LF is enclosed in double quotes, and its quotes are doubled. */
export function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: the cells in `columns` order, quoted, comma-separated. */
export function csvRow(cells: Cell[]): string {
	return cells.map((c) => quote(cellText(c))).join(',');
}

export interface CsvOptions {
	/** Start with the UTF-8 byte-order mark (default true: see BOM). */
	bom?: boolean;
}

/**
 * A whole CSV document: the header row, then one record per row, each ended by CRLF (RFC 4180 §2.1). Header names
 * pass through the same quoting (they are ours, but the rule costs nothing).
 */
export function toCsv<R extends Record<string, unknown>>(columns: readonly (keyof R & string)[], rows: readonly R[], options: CsvOptions = {}): string {
	const lines = [columns.map((c) => quote(c)).join(',')];
	for (const row of rows) lines.push(csvRow(columns.map((c) => toCell(row[c]))));
	return (options.bom === false ? '' : BOM) + lines.map((l) => `${l}\r\n`).join('');
}

/** Query values that are not plain cells (a list, a Date) as text; lists join with "; " like the SQL's string_agg. */
function toCell(value: unknown): Cell {
	if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map((v) => cellText(toCell(v))).join('; ');
	return String(value);
}
