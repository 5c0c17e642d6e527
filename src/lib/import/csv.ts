// CSV bytes cut into whole records, so a large file goes to DuckDB's CSV reader in chunks with progress; plus the header line, read here to check columns before any SQL is built.

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Offset just past the last complete record in `bytes` (which starts at a record boundary): the last line feed outside
 * quotes. Inside a quoted field a quote is doubled, so "outside" is simply an even count of quotes so far. -1 when no
 * record ends in `bytes`.
 */
export function lastRecordEnd(bytes: Uint8Array): number {
	let quoted = false;
	let end = -1;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === QUOTE) quoted = !quoted;
		else if (b === LF && !quoted) end = i + 1;
	}
	return end;
}

/** Offset just past the first record (the header), or -1 when it does not end in `bytes`. */
export function firstRecordEnd(bytes: Uint8Array): number {
	let quoted = false;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === QUOTE) quoted = !quoted;
		else if (b === LF && !quoted) return i + 1;
	}
	return -1;
}

/** The delimiter a header uses: a comma unless the line has none and has semicolons (a spreadsheet in many locales) or tabs. */
export function detectDelimiter(header: string): ',' | ';' | '\t' {
	const outside = header.replace(/"[^"]*"/g, '');
	if (outside.includes(',')) return ',';
	if (outside.includes(';')) return ';';
	if (outside.includes('\t')) return '\t';
	return ',';
}

/** Fields of one CSV record (quotes doubled inside quoted fields); a trailing CR/LF and a byte-order mark are dropped. */
export function parseRecord(line: string, delimiter: string): string[] {
	const text = line.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === delimiter) {
			fields.push(field);
			field = '';
		} else field += ch;
	}
	fields.push(field.replace(/\r$/, ''));
	return fields;
}
