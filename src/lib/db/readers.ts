// The import formats read into the engine's raw table (import_raw: __row + the file's columns as text): CSV in chunks by DuckDB's own reader, JSON by its JSON insert, Arrow as it is, Parquet in batches decoded in the page.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC } from 'apache-arrow';
import { parquetMetadataAsync, parquetReadObjects, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { detectDelimiter, firstRecordEnd, lastRecordEnd, parseRecord } from '$lib/import/csv';
import { canonical, csvMessage, NO_ROWS, parquetBatch, rawTableSql, textCellSql, unreadable, type RawRead, type ReadFormat } from '$lib/import/read';
import type { ImportColumn } from '$lib/import/schema';
import { checkColumns } from '$lib/import/validate';
import { toRows } from './rows';

/** Bytes of CSV handed to DuckDB at a time: big enough to keep it busy, small enough for a smooth progress bar. */
const CSV_CHUNK = 8 << 20;
/** The header must end within this many bytes. */
const HEADER_MAX = 1 << 20;
/** Rows of Parquet decoded per step by hyparquet (DuckDB-WASM's Parquet reader is an extension it would download). */
const PARQUET_STEP = 20_000;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const counted = (rows: number): RawRead => ({ rows, errors: rows ? [] : [NO_ROWS] });

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
	await conn.query(rawTableSql(columns));

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
	return counted(rows);
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

/** import_src (typed by its reader) → import_raw (text). Only names that passed checkColumns reach the SQL. */
async function fromSourceTable(conn: AsyncDuckDBConnection): Promise<RawRead> {
	try {
		const described = toRows<{ column_name: string; column_type: string }>(await conn.query('DESCRIBE import_src'));
		const errors = checkColumns(described.map((d) => canonical(d.column_name)));
		if (errors.length) return { rows: 0, errors };
		const cells = described.map((d) => textCellSql(d.column_name, d.column_type));
		await conn.query(`CREATE OR REPLACE TABLE import_raw AS SELECT (row_number() OVER ())::INTEGER AS __row, ${cells.join(', ')} FROM import_src`);
		const [{ n }] = toRows<{ n: number }>(await conn.query('SELECT count(*)::INTEGER AS n FROM import_raw'));
		return counted(n);
	} finally {
		await conn.query('DROP TABLE IF EXISTS import_src');
	}
}

async function readParquet(conn: AsyncDuckDBConnection, file: File, onFraction: (f: number) => void): Promise<RawRead> {
	const buffer: AsyncBuffer = { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
	const metadata = await parquetMetadataAsync(buffer);
	const names = parquetSchema(metadata).children.map((c) => c.element.name);
	const errors = checkColumns(names.map(canonical));
	if (errors.length) return { rows: 0, errors };
	const columns = names.map(canonical) as ImportColumn[];
	await conn.query(rawTableSql(columns));
	const total = Number(metadata.num_rows);
	for (let start = 0; start < total; start += PARQUET_STEP) {
		const end = Math.min(start + PARQUET_STEP, total);
		const objects = await parquetReadObjects({ file: buffer, metadata, rowStart: start, rowEnd: end });
		await conn.insertArrowTable(parquetBatch(objects, names, columns, start), { name: 'import_scratch', create: true });
		try {
			await conn.query('INSERT INTO import_raw BY NAME SELECT * FROM import_scratch');
		} finally {
			await conn.query('DROP TABLE IF EXISTS import_scratch');
		}
		onFraction(end / total);
	}
	return counted(total);
}
