// Imported events wait in staging tables, are checked for duplicates, and reach the live tables in one transaction (or not at all); the same swap replays stored imports and restores the bundled data.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { toRows } from '../db/rows';
import type { Event } from '../model/event';
import { toArrowTable } from '../model/arrow';
import { TABLES } from '../model/tables';
import { ROW_TABLES, stagedTables } from './batch';

/** The tables an import changes; places and orgs are the registries and stay as built. */
export const DATA_TABLES = ['events', 'event_orgs', 'event_countries', 'sources'] as const;
export type DataTable = (typeof DATA_TABLES)[number];

export type Mode = 'add' | 'replace';

/** An imported event not added because the data (or an earlier row of the same import) already has it. */
export interface Duplicate {
	row: number;
	id: string;
	title: string;
	date_start: string;
	/** same_id / same_event: matches an event of the current data; repeat_*: an earlier row of this import. */
	reason: 'same_id' | 'same_event' | 'repeat_id' | 'repeat_event';
	/** The matching event's id, or the earlier row's number. */
	other: string;
}

/**
 * The staged tables of one import as Arrow IPC (file or stream) in Blobs, what the browser stores to replay it: a Blob is
 * written to IndexedDB off the page's thread, so even a 100 MB import is kept without a pause. A table with no rows
 * may be missing.
 */
export type StagedTables = Partial<Record<DataTable, Blob>>;

const staged = (t: DataTable) => `import_${t}`;
const bundled = (t: DataTable) => `bundled_${t}`;

async function run(conn: AsyncDuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
	return toRows<Record<string, unknown>>(await conn.query(sql));
}

/**
 * Empty staging tables with the model's columns in the model's order, behind the import row: staged batches are
 * appended by position (one insert per table and batch), and reach the live tables by name.
 */
export async function createStaging(conn: AsyncDuckDBConnection): Promise<void> {
	for (const t of DATA_TABLES) {
		const row = (ROW_TABLES as readonly string[]).includes(t) ? '__row INTEGER, ' : '';
		await conn.query(`CREATE OR REPLACE TABLE ${staged(t)} (${row}${modelColumns(t)})`);
	}
}

/** Column definitions of a table as the model has them, in its order. */
const modelColumns = (t: DataTable) =>
	Object.entries(TABLES[t])
		.map(([c, type]) => `"${c}" ${type}`)
		.join(', ');

export async function dropStaging(conn: AsyncDuckDBConnection): Promise<void> {
	for (const t of DATA_TABLES) await conn.query(`DROP TABLE IF EXISTS ${staged(t)}`);
	await conn.query('DROP TABLE IF EXISTS import_dups');
	await conn.query('DROP TABLE IF EXISTS import_raw');
}

/** Inserts an Arrow table into `target` by column name, through a scratch table (insertArrowTable appends by position). */
async function insertByName(conn: AsyncDuckDBConnection, target: string, table: Table): Promise<void> {
	if (table.numRows === 0) return;
	await conn.insertArrowTable(table, { name: 'import_scratch', create: true });
	try {
		await conn.query(`INSERT INTO ${target} BY NAME SELECT * FROM import_scratch`);
	} finally {
		await conn.query('DROP TABLE IF EXISTS import_scratch');
	}
}

/** Adds validated events to the staging tables, each tagged with its import row. */
export async function stageEvents(conn: AsyncDuckDBConnection, items: { row: number; event: Event }[]): Promise<void> {
	const tables = stagedTables(items);
	for (const t of ROW_TABLES) if (tables[t].numRows) await conn.insertArrowTable(tables[t], { name: staged(t), create: false });
}

/** Source texts of imported news, so the source view can highlight their facts. */
export async function stageSources(conn: AsyncDuckDBConnection, sources: { file: string; text: string }[]): Promise<void> {
	await insertByName(conn, staged('sources'), toArrowTable('sources', sources));
}

/** Key of "the same event": day, place (or country), and title in any case and spacing. */
const sameKey = (a: string) =>
	`${a}.date_start, coalesce(${a}.place_id, '@' || coalesce(${a}.country, '')), lower(regexp_replace(trim(${a}.title), '\\s+', ' ', 'g'))`;

/**
 * Finds the staged events the data already has (same id, or same day, place and title) — only when adding — and
 * later repeats within the import itself; keeps them in import_dups. Returns the first `limit` and how many there are.
 */
export async function findDuplicates(conn: AsyncDuckDBConnection, mode: Mode, limit = 100): Promise<{ list: Duplicate[]; count: number }> {
	const current = mode === 'add' ? 'events' : `(SELECT * FROM events LIMIT 0)`;
	await conn.query(`CREATE OR REPLACE TABLE import_dups AS
		WITH s AS (SELECT __row, id, title, date_start, (${sameKey('e')}) AS k FROM import_events e),
		c AS (SELECT id, (${sameKey('e')}) AS k FROM ${current} e),
		r AS (SELECT *, min(__row) OVER (PARTITION BY id) AS first_id, min(__row) OVER (PARTITION BY k) AS first_same FROM s),
		m AS (SELECT r.*, (SELECT min(c.id) FROM c WHERE c.id = r.id) AS same_id, (SELECT min(c.id) FROM c WHERE c.k = r.k) AS same_event FROM r)
		SELECT __row, id, title, strftime(date_start, '%Y-%m-%d') AS date_start,
			CASE WHEN same_id IS NOT NULL THEN 'same_id' WHEN same_event IS NOT NULL THEN 'same_event'
				WHEN first_id < __row THEN 'repeat_id' ELSE 'repeat_event' END AS reason,
			coalesce(same_id, same_event, CAST(CASE WHEN first_id < __row THEN first_id ELSE first_same END AS VARCHAR)) AS other
		FROM m WHERE same_id IS NOT NULL OR same_event IS NOT NULL OR first_id < __row OR first_same < __row`);
	const [{ n }] = await run(conn, 'SELECT count(*)::INTEGER AS n FROM import_dups');
	const list = await run(conn, `SELECT __row AS row, id, title, date_start, reason, other FROM import_dups ORDER BY __row LIMIT ${Math.floor(limit)}`);
	return { list: list as unknown as Duplicate[], count: n as number };
}

/** Staged events left once duplicates are set aside. */
export async function stagedCount(conn: AsyncDuckDBConnection): Promise<number> {
	const [{ n }] = await run(
		conn,
		'SELECT count(*)::INTEGER AS n FROM import_events WHERE __row NOT IN (SELECT __row FROM import_dups)'
	);
	return n as number;
}

/** Runs `body` in one transaction: every statement lands, or none does. */
async function transaction(conn: AsyncDuckDBConnection, body: () => Promise<void>): Promise<void> {
	await conn.query('BEGIN TRANSACTION');
	try {
		await body();
		await conn.query('COMMIT');
	} catch (e) {
		await conn.query('ROLLBACK').catch(() => {});
		throw e;
	}
}

const columnsOf = (t: DataTable) => Object.keys(TABLES[t]).map((c) => `"${c}"`).join(', ');

/** Moves `from_<table>` into the live tables: replacing first clears them; sources already present by name are kept as they are. */
async function swapIn(conn: AsyncDuckDBConnection, from: (t: DataTable) => string, mode: Mode): Promise<void> {
	if (mode === 'replace') for (const t of ['event_orgs', 'event_countries', 'events', 'sources'] as const) await conn.query(`DELETE FROM ${t}`);
	for (const t of DATA_TABLES) {
		const cols = columnsOf(t);
		const keep = t === 'sources' ? ' WHERE file NOT IN (SELECT file FROM sources)' : '';
		await conn.query(`INSERT INTO ${t} (${cols}) SELECT ${cols} FROM ${from(t)}${keep}`);
	}
}

/** Sets the duplicates aside, then swaps the staged rows into the live tables in one transaction. */
export async function commitStaged(conn: AsyncDuckDBConnection, mode: Mode): Promise<void> {
	for (const t of ROW_TABLES) await conn.query(`DELETE FROM ${staged(t)} WHERE __row IN (SELECT __row FROM import_dups)`);
	await transaction(conn, () => swapIn(conn, staged, mode));
}

/** The committed import as Arrow IPC files, for the browser's store. */
export async function exportStaged(conn: AsyncDuckDBConnection): Promise<StagedTables> {
	const out: StagedTables = {};
	for (const t of DATA_TABLES) {
		const [{ n }] = await run(conn, `SELECT count(*)::INTEGER AS n FROM ${staged(t)}`);
		if (!n) continue;
		// The engine's own IPC bytes (the file format), never decoded here: a 100 MB import is kept without a pause.
		// They are decoded and checked when replayed (storedStream), where a damaged store must be caught anyway.
		const sql = `SELECT ${columnsOf(t)} FROM ${staged(t)}`;
		const bytes = await conn.useUnsafe((db, id) => db.runQuery(id, sql));
		out[t] = new Blob([bytes as Uint8Array<ArrayBuffer>]);
	}
	return out;
}

/** Keeps a copy of the data as loaded from the build, so "reset" needs no reload; once per page. */
export async function keepBundled(conn: AsyncDuckDBConnection): Promise<void> {
	for (const t of DATA_TABLES) await conn.query(`CREATE TABLE IF NOT EXISTS ${bundled(t)} AS SELECT * FROM ${t}`);
}

/** Back to the data as built, in one transaction. */
export async function restoreBundled(conn: AsyncDuckDBConnection): Promise<void> {
	await transaction(conn, () => swapIn(conn, bundled, 'replace'));
}

export interface StoredStep {
	mode: Mode;
	tables: StagedTables;
}

/**
 * Stored bytes decoded and checked in the page before DuckDB sees them: damaged bytes must fail here, because a
 * half-read stream would leave the engine's insert waiting for the rest. Returned as an IPC stream (DuckDB answers
 * queries in the file format; its stream insert needs a stream).
 */
export function storedStream(bytes: Uint8Array, table: DataTable): { stream: Uint8Array<ArrayBuffer>; complete: boolean } {
	const decoded = tableFromIPC(bytes);
	const expected = Object.keys(TABLES[table]);
	const names = decoded.schema.fields.map((f) => f.name);
	// An import stored by an earlier version lacks the columns added since (always at the end): it stays readable.
	const prefix = names.length > 0 && names.length <= expected.length && names.every((n, i) => n === expected[i]);
	if (!prefix) throw new Error(`table ${table} has the columns (${names.join(', ')}), not the model's`);
	return { stream: tableToIPC(decoded, 'stream') as Uint8Array<ArrayBuffer>, complete: names.length === expected.length };
}

export interface ReplayResult {
	/** Steps applied, by their index in the stored list. */
	applied: number[];
	/** Steps that could not be read, with why: skipped, the others applied without them. */
	failed: { index: number; detail: string }[];
}

/**
 * Replays stored imports on the bundled data. Every step is first read into tables of its own; one that cannot be
 * read (bad bytes, missing columns, no events) is skipped and reported, so a damaged step costs only itself. The
 * readable steps then reach the live tables in one transaction: if that fails, nothing changed and it throws.
 */
export async function replay(conn: AsyncDuckDBConnection, steps: StoredStep[]): Promise<ReplayResult> {
	const name = (i: number, t: DataTable) => `restore_${i}_${t}`;
	const result: ReplayResult = { applied: [], failed: [] };
	try {
		for (const [i, step] of steps.entries()) {
			try {
				await readStep(conn, step, i + 1, (t) => name(i, t));
				result.applied.push(i);
			} catch (e) {
				result.failed.push({ index: i, detail: e instanceof Error ? e.message : String(e) });
			}
		}
		if (!result.applied.length) return result;
		await transaction(conn, async () => {
			for (const i of result.applied) await swapIn(conn, (t) => name(i, t), steps[i].mode === 'replace' ? 'replace' : 'add');
		});
		return result;
	} finally {
		for (let i = 0; i < steps.length; i++) for (const t of DATA_TABLES) await conn.query(`DROP TABLE IF EXISTS ${name(i, t)}`).catch(() => {});
	}
}

/** One stored step into its own tables (named by `name`), checked to hold events. `n` counts from 1, for messages. */
async function readStep(conn: AsyncDuckDBConnection, step: StoredStep, n: number, name: (t: DataTable) => string): Promise<void> {
	if (!(step?.tables?.events instanceof Blob)) throw new Error(`stored import ${n} has no events`);
	for (const t of DATA_TABLES) {
		await conn.query(`CREATE OR REPLACE TABLE ${name(t)} (${modelColumns(t)})`);
		const blob = step.tables[t];
		if (blob === undefined) continue;
		if (!(blob instanceof Blob)) throw new Error(`stored import ${n}: table ${t} is not a file`);
		let stored: ReturnType<typeof storedStream>;
		try {
			stored = storedStream(new Uint8Array(await blob.arrayBuffer()), t);
		} catch (e) {
			throw new Error(`stored import ${n}: table ${t} cannot be read (${e instanceof Error ? e.message : String(e)})`);
		}
		if (stored.complete) {
			// Appended by position: the stored columns are the model's, in its order (checked above).
			await conn.insertArrowFromIPCStream(stored.stream, { name: name(t), create: false });
		} else {
			// Fewer columns (an earlier version's): read as they are, then appended by name, the new columns left empty.
			const older = `${name(t)}_older`;
			await conn.insertArrowFromIPCStream(stored.stream, { name: older, create: true });
			await conn.query(`INSERT INTO ${name(t)} BY NAME SELECT * FROM ${older}`);
			await conn.query(`DROP TABLE ${older}`);
		}
	}
	const [{ n: rows }] = await run(conn, `SELECT count(*)::INTEGER AS n FROM ${name('events')}`);
	if (!rows) throw new Error(`stored import ${n} holds no events`);
}
