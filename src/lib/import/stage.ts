// What an import stages and how it reaches the live tables, as SQL text the database's import tables run (db/imports.ts): staging, duplicates, the swap that adds or replaces, the bundled copy; and the check of stored bytes.
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { TABLES } from '../model/tables';
import { ROW_TABLES } from './batch';

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

export const staged = (t: DataTable) => `import_${t}`;
export const bundled = (t: DataTable) => `bundled_${t}`;

/** Column definitions of a table as the model has them, in its order. */
export const modelColumns = (t: DataTable) =>
	Object.entries(TABLES[t])
		.map(([c, type]) => `"${c}" ${type}`)
		.join(', ');

export const columnsOf = (t: DataTable) =>
	Object.keys(TABLES[t])
		.map((c) => `"${c}"`)
		.join(', ');

/**
 * Empty staging tables with the model's columns in the model's order, behind the import row: staged batches are
 * appended by position (one insert per table and batch), and reach the live tables by name.
 */
export function createStagingSql(): string[] {
	return DATA_TABLES.map((t) => {
		const row = (ROW_TABLES as readonly string[]).includes(t) ? '__row INTEGER, ' : '';
		return `CREATE OR REPLACE TABLE ${staged(t)} (${row}${modelColumns(t)})`;
	});
}

/** Everything an import leaves behind while it runs: the staged tables, the duplicates, the file's raw cells. */
export function dropStagingSql(): string[] {
	return [...DATA_TABLES.map((t) => `DROP TABLE IF EXISTS ${staged(t)}`), 'DROP TABLE IF EXISTS import_dups', 'DROP TABLE IF EXISTS import_raw'];
}

/** Key of "the same event": day, place (or country), and title in any case and spacing. */
const sameKey = (a: string) =>
	`${a}.date_start, coalesce(${a}.place_id, '@' || coalesce(${a}.country, '')), lower(regexp_replace(trim(${a}.title), '\\s+', ' ', 'g'))`;

/**
 * Keeps in import_dups the staged events the data already has (same id, or same day, place and title) — only when
 * adding — and later repeats within the import itself.
 */
export function duplicatesSql(mode: Mode): string {
	const current = mode === 'add' ? 'events' : `(SELECT * FROM events LIMIT 0)`;
	return `CREATE OR REPLACE TABLE import_dups AS
		WITH s AS (SELECT __row, id, title, date_start, (${sameKey('e')}) AS k FROM import_events e),
		c AS (SELECT id, (${sameKey('e')}) AS k FROM ${current} e),
		r AS (SELECT *, min(__row) OVER (PARTITION BY id) AS first_id, min(__row) OVER (PARTITION BY k) AS first_same FROM s),
		m AS (SELECT r.*, (SELECT min(c.id) FROM c WHERE c.id = r.id) AS same_id, (SELECT min(c.id) FROM c WHERE c.k = r.k) AS same_event FROM r)
		SELECT __row, id, title, strftime(date_start, '%Y-%m-%d') AS date_start,
			CASE WHEN same_id IS NOT NULL THEN 'same_id' WHEN same_event IS NOT NULL THEN 'same_event'
				WHEN first_id < __row THEN 'repeat_id' ELSE 'repeat_event' END AS reason,
			coalesce(same_id, same_event, CAST(CASE WHEN first_id < __row THEN first_id ELSE first_same END AS VARCHAR)) AS other
		FROM m WHERE same_id IS NOT NULL OR same_event IS NOT NULL OR first_id < __row OR first_same < __row`;
}

export const DUPLICATE_COUNT_SQL = 'SELECT count(*)::INTEGER AS n FROM import_dups';

/** The first `limit` duplicates, as `Duplicate`s. */
export const duplicateListSql = (limit: number) =>
	`SELECT __row AS row, id, title, date_start, reason, other FROM import_dups ORDER BY __row LIMIT ${Math.floor(limit)}`;

/** Staged events left once duplicates are set aside. */
export const STAGED_COUNT_SQL = 'SELECT count(*)::INTEGER AS n FROM import_events WHERE __row NOT IN (SELECT __row FROM import_dups)';

/** Removes the duplicates' rows from the staged tables before they are swapped in. */
export function setAsideSql(): string[] {
	return ROW_TABLES.map((t) => `DELETE FROM ${staged(t)} WHERE __row IN (SELECT __row FROM import_dups)`);
}

/** Moves `from(table)` into the live tables: replacing first clears them; sources already present by name are kept as they are. */
export function swapInSql(from: (t: DataTable) => string, mode: Mode): string[] {
	const clear = mode === 'replace' ? (['event_orgs', 'event_countries', 'events', 'sources'] as const).map((t) => `DELETE FROM ${t}`) : [];
	return [
		...clear,
		...DATA_TABLES.map((t) => {
			const cols = columnsOf(t);
			const keep = t === 'sources' ? ' WHERE file NOT IN (SELECT file FROM sources)' : '';
			return `INSERT INTO ${t} (${cols}) SELECT ${cols} FROM ${from(t)}${keep}`;
		})
	];
}

/** A copy of the data as loaded from the build, so "reset" needs no reload; harmless when run again. */
export function keepBundledSql(): string[] {
	return DATA_TABLES.map((t) => `CREATE TABLE IF NOT EXISTS ${bundled(t)} AS SELECT * FROM ${t}`);
}

/** A staged table's rows in the model's columns, as they are stored. */
export const exportSql = (t: DataTable) => `SELECT ${columnsOf(t)} FROM ${staged(t)}`;

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
