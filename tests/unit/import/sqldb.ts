// Test helper: the live tables an import changes, in an in-memory node DuckDB, filled from model events by the model's own flattening, with staged rows tagged by import row.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { openNodeDbWith } from '../../../scripts/nodedb';
import { ROW_TABLES } from '../../../src/lib/import/batch';
import { DATA_TABLES, staged, type DataTable } from '../../../src/lib/import/stage';
import type { Event } from '../../../src/lib/model/event';
import { createTableSql, TABLES, toDataset, type Row } from '../../../src/lib/model/tables';

export interface ImportDb {
	/** Runs statements one by one. */
	exec(...sql: string[]): Promise<void>;
	rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	count(table: string): Promise<number>;
	/** Adds events (each with its import row) to the staged tables, as the browser's stageEvents does. */
	stage(items: { row: number; event: Event }[]): Promise<void>;
	close(): void;
}

/** The live tables holding `events` and the source `texts` (file → text). */
export async function openImportDb(events: Event[], texts: Record<string, string> = {}): Promise<ImportDb> {
	let conn!: DuckDBConnection;
	const db = await openNodeDbWith(
		async (c) => {
			conn = c;
			for (const t of DATA_TABLES) await c.run(createTableSql(t));
		},
		{ threads: 1 }
	);
	const insert = async (table: DataTable, rows: Row[], staging = false) => {
		const cols = [...(staging ? ['__row'] : []), ...Object.keys(TABLES[table])];
		const target = staging ? staged(table) : table;
		for (const r of rows) {
			const values = cols.map((c) => (r[c] ?? null) as DuckDBValue);
			await conn.run(`INSERT INTO ${target} VALUES (${cols.map(() => '?').join(', ')})`, values);
		}
	};
	const data = toDataset(events, [], [], texts);
	for (const t of DATA_TABLES) await insert(t, data[t]);
	return {
		async exec(...sql) {
			for (const s of sql) await conn.run(s);
		},
		rows: (sql, params) => db.query(sql, params),
		async count(table) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
			return n;
		},
		async stage(items) {
			for (const { row, event } of items) {
				const d = toDataset([event], [], [], {});
				for (const t of ROW_TABLES) await insert(t, d[t].map((r) => ({ __row: row, ...r })), true);
			}
		},
		close: db.close
	};
}
