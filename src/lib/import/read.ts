// Readers of the import formats into one staging table of text cells (import_raw: __row + the file's columns), then row-by-row validation into the staged events.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Int32, Table, tableFromIPC, Utf8, type Vector } from 'apache-arrow';
import { vectorOf } from '../model/arrow';
import { parquetMetadataAsync, parquetReadObjects, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { toRows } from '../db/rows';
import type { Event } from '../model/event';
import { detectDelimiter, firstRecordEnd, lastRecordEnd, parseRecord } from './csv';
import { LIST_SEPARATOR, type ImportColumn, type ImportRecord } from './schema';
import { stageEvents } from './stage';
import { checkColumns, validateRecord, type ImportContext, type ImportError } from './validate';

export type ReadFormat = 'csv' | 'json' | 'arrow' | 'parquet';

export interface RawRead {
	rows: number;
	errors: ImportError[];
}

/** Bytes of CSV handed to DuckDB at a time: big enough to keep it busy, small enough for a smooth progress bar. */
const CSV_CHUNK = 8 << 20;
/** Rows read back from DuckDB and staged per step. */
const CHECK_BATCH = 1000;
/** Rows validated between two yields to the page, so input and painting never wait long. */
const CHECK_SLICE = 500;
/** The header must end within this many bytes. */
const HEADER_MAX = 1 << 20;

const unreadable = (detail: string): ImportError => ({ row: null, column: null, code: 'unreadable', value: null, detail });
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A header name as the format spells it: spreadsheets add spaces and capitals ("Title "). */
const canonical = (name: string) => name.trim().toLowerCase();
/** A quoted identifier; the name has passed checkColumns, so this is belt and braces. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Columns of the staging table: the import row, then every column of the format the file has. */
async function createRaw(conn: AsyncDuckDBConnection, columns: ImportColumn[]): Promise<void> {
	await conn.query(`CREATE OR REPLACE TABLE import_raw (__row INTEGER, ${columns.map((c) => `${ident(c)} VARCHAR`).join(', ')})`);
}

export async function readIntoRaw(
	engine: AsyncDuckDB,
	conn: AsyncDuckDBConnection,
	file: File,
	format: ReadFormat,
	onFraction: (f: number) => void
): Promise<RawRead> {
	try {
		switch (format) {
			case 'csv':
				return await readCsv(engine, conn, file, onFraction);
			case 'json':
				return await readJson(engine, conn, file, onFraction);
			case 'arrow':
				return await readArrow(conn, file, onFraction);
			case 'parquet':
				return await readParquet(conn, file, onFraction);
		}
	} catch (e) {
		return { rows: 0, errors: [unreadable(messageOf(e))] };
	}
}

/**
 * CSV goes to DuckDB's own reader in chunks cut at record boundaries, each registered as a file buffer: the page
 * only scans bytes for quotes and line feeds, and the progress bar follows the bytes read.
 */
async function readCsv(engine: AsyncDuckDB, conn: AsyncDuckDBConnection, file: File, onFraction: (f: number) => void): Promise<RawRead> {
	const head = new Uint8Array(await file.slice(0, HEADER_MAX).arrayBuffer());
	let headerEnd = firstRecordEnd(head);
	if (headerEnd < 0) {
		if (file.size > HEADER_MAX) return { rows: 0, errors: [unreadable(`no line break in the first ${HEADER_MAX} bytes: not a CSV file`)] };
		headerEnd = head.length;
	}
	const headerLine = new TextDecoder().decode(head.subarray(0, headerEnd));
	const delimiter = detectDelimiter(headerLine);
	const names = parseRecord(headerLine, delimiter);
	const errors = checkColumns(names.map(canonical));
	if (errors.length) return { rows: 0, errors };
	const columns = names.map(canonical) as ImportColumn[];
	await createRaw(conn, columns);

	const delim = delimiter === '\t' ? '\\t' : delimiter;
	const spec = columns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
	const chunkName = `import-chunk-${Date.now()}.csv`;
	let pos = headerEnd;
	let rows = 0;
	while (pos < file.size) {
		let end = Math.min(pos + CSV_CHUNK, file.size);
		let bytes = new Uint8Array(await file.slice(pos, end).arrayBuffer());
		let cut = end === file.size ? bytes.length : lastRecordEnd(bytes);
		// A record longer than a chunk (a huge quoted cell): read on until it ends.
		while (cut <= 0 && end < file.size) {
			end = Math.min(end + CSV_CHUNK, file.size);
			bytes = new Uint8Array(await file.slice(pos, end).arrayBuffer());
			cut = end === file.size ? bytes.length : lastRecordEnd(bytes);
		}
		const chunk = bytes.slice(0, cut);
		pos += cut;
		if (chunk.some((b) => b !== 0x0a && b !== 0x0d && b !== 0x20)) {
			await engine.registerFileBuffer(chunkName, chunk);
			try {
				const [{ Count }] = toRows<{ Count: number }>(
					await conn.query(`INSERT INTO import_raw SELECT (${rows} + row_number() OVER ())::INTEGER, *
						FROM read_csv('${chunkName}', header = false, delim = '${delim}', quote = '"', escape = '"',
							auto_detect = false, columns = {${spec}})`)
				);
				rows += Count;
			} catch (e) {
				return { rows, errors: [unreadable(csvMessage(messageOf(e), rows))] };
			} finally {
				await engine.dropFile(chunkName);
			}
		}
		onFraction(pos / file.size);
	}
	return { rows, errors: rows ? [] : [{ row: null, column: null, code: 'no_rows', value: null }] };
}

/** DuckDB counts lines within the chunk it was given: make its line number the file's data row. */
function csvMessage(message: string, before: number): string {
	return message.replace(/\bLine: (\d+)/g, (_, n: string) => `Row: ${before + Number(n)}`).split('\n').slice(0, 6).join('\n');
}

/** JSON (an array of objects) through DuckDB-WASM's own JSON insert, which needs no extension. */
async function readJson(engine: AsyncDuckDB, conn: AsyncDuckDBConnection, file: File, onFraction: (f: number) => void): Promise<RawRead> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	onFraction(0.4);
	const name = `import-${Date.now()}.json`;
	await engine.registerFileBuffer(name, bytes);
	try {
		await conn.query('DROP TABLE IF EXISTS import_src');
		await conn.insertJSONFromPath(name, { name: 'import_src' });
	} finally {
		await engine.dropFile(name);
	}
	onFraction(0.8);
	return fromSourceTable(conn);
}

/** Arrow IPC (file or stream) decoded in the page, inserted as it is, then cast to text like the other formats. */
async function readArrow(conn: AsyncDuckDBConnection, file: File, onFraction: (f: number) => void): Promise<RawRead> {
	const table = tableFromIPC(new Uint8Array(await file.arrayBuffer()));
	onFraction(0.4);
	const errors = checkColumns(table.schema.fields.map((f) => canonical(f.name)));
	if (errors.length) return { rows: 0, errors };
	await conn.query('DROP TABLE IF EXISTS import_src');
	await conn.insertArrowTable(table, { name: 'import_src', create: true });
	onFraction(0.8);
	return fromSourceTable(conn);
}

/**
 * import_src (typed by its reader) → import_raw (text): lists joined with ";", dates written YYYY-MM-DD, the rest cast.
 * Only names that passed checkColumns reach the SQL.
 */
async function fromSourceTable(conn: AsyncDuckDBConnection): Promise<RawRead> {
	try {
		const described = toRows<{ column_name: string; column_type: string }>(await conn.query('DESCRIBE import_src'));
		const errors = checkColumns(described.map((d) => canonical(d.column_name)));
		if (errors.length) return { rows: 0, errors };
		const cells = described.map(({ column_name: name, column_type: type }) => {
			const col = ident(name);
			const text = type.endsWith('[]')
				? `array_to_string(${col}, '${LIST_SEPARATOR}')`
				: type === 'DATE' || type.startsWith('TIMESTAMP')
					? `strftime(${col}, '%Y-%m-%d')`
					: `CAST(${col} AS VARCHAR)`;
			return `${text} AS ${ident(canonical(name))}`;
		});
		await conn.query(`CREATE OR REPLACE TABLE import_raw AS SELECT (row_number() OVER ())::INTEGER AS __row, ${cells.join(', ')} FROM import_src`);
		const [{ n }] = toRows<{ n: number }>(await conn.query('SELECT count(*)::INTEGER AS n FROM import_raw'));
		return { rows: n, errors: n ? [] : [{ row: null, column: null, code: 'no_rows', value: null }] };
	} finally {
		await conn.query('DROP TABLE IF EXISTS import_src');
	}
}

/** Rows of Parquet decoded per step by hyparquet (DuckDB-WASM's Parquet reader is an extension it would download). */
const PARQUET_STEP = 20_000;

async function readParquet(conn: AsyncDuckDBConnection, file: File, onFraction: (f: number) => void): Promise<RawRead> {
	const buffer: AsyncBuffer = { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
	const metadata = await parquetMetadataAsync(buffer);
	const names = parquetSchema(metadata).children.map((c) => c.element.name);
	const errors = checkColumns(names.map(canonical));
	if (errors.length) return { rows: 0, errors };
	const columns = names.map(canonical) as ImportColumn[];
	await createRaw(conn, columns);
	const total = Number(metadata.num_rows);
	for (let start = 0; start < total; start += PARQUET_STEP) {
		const end = Math.min(start + PARQUET_STEP, total);
		const objects = await parquetReadObjects({ file: buffer, metadata, rowStart: start, rowEnd: end });
		const vectors: Record<string, Vector> = {
			__row: vectorOf(
				objects.map((_, i) => start + i + 1),
				new Int32()
			)
		};
		names.forEach((name, i) => {
			vectors[columns[i]] = vectorOf(
				objects.map((o) => toCell(o[name])),
				new Utf8()
			);
		});
		await conn.insertArrowTable(new Table(vectors), { name: 'import_scratch', create: true });
		try {
			await conn.query('INSERT INTO import_raw BY NAME SELECT * FROM import_scratch');
		} finally {
			await conn.query('DROP TABLE IF EXISTS import_scratch');
		}
		onFraction(end / total);
	}
	return { rows: total, errors: total ? [] : [{ row: null, column: null, code: 'no_rows', value: null }] };
}

/** A decoded Parquet value as the text the validator reads. */
function toCell(v: unknown): string | null {
	if (v == null) return null;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
	if (Array.isArray(v)) return v.map(toCell).filter((x) => x !== null).join(LIST_SEPARATOR);
	if (v instanceof Uint8Array) return new TextDecoder().decode(v);
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}

/** Lets the page handle input and paint between two slices of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CheckResult {
	/** The first errors found (at most `maxErrors`), and how many there are in all. */
	errors: ImportError[];
	errorCount: number;
	events: number;
}

/**
 * Reads import_raw back a batch at a time, validates every row and stages the events of a file with no error so far.
 * Validation goes on after the first error so the report lists every bad row (up to `maxErrors`).
 */
export async function checkRaw(
	conn: AsyncDuckDBConnection,
	ctx: ImportContext,
	source: string,
	total: number,
	onFraction: (f: number) => void,
	maxErrors = 200
): Promise<CheckResult> {
	const errors: ImportError[] = [];
	let errorCount = 0;
	let events = 0;
	for (let from = 0; from < total; from += CHECK_BATCH) {
		const rows = toRows<ImportRecord & { __row: number }>(
			await conn.query(`SELECT * FROM import_raw WHERE __row > ${from} AND __row <= ${from + CHECK_BATCH} ORDER BY __row`)
		);
		const good: { row: number; event: Event }[] = [];
		for (const [i, r] of rows.entries()) {
			if (i % CHECK_SLICE === 0) await yieldToPage();
			const res = validateRecord(r, r.__row, ctx, source);
			if (res.event) good.push({ row: r.__row, event: res.event });
			errorCount += res.errors.length;
			for (const e of res.errors) if (errors.length < maxErrors) errors.push(e);
		}
		if (errorCount === 0) {
			await yieldToPage();
			await stageEvents(conn, good);
			events += good.length;
		}
		onFraction(Math.min(1, (from + CHECK_BATCH) / total));
	}
	return { errors, errorCount, events };
}
