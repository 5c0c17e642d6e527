// DuckDB in node (@duckdb/node-api) holding a dataset's tables: the build's precomputed first view and the SQL unit tests run on it.
import { DuckDBInstance } from '@duckdb/node-api';
import { createTableSql, TABLE_NAMES, TABLES, type Dataset } from '../src/lib/model/tables';

export interface NodeDb {
	/** Runs `sql` with `?` placeholders bound to `params`, as the browser does; rows with plain JS values. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	close(): void;
}

/** Rows per INSERT statement: keeps the number of bound parameters per statement modest. */
const CHUNK = 200;

export async function openNodeDb(data: Dataset): Promise<NodeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
		const reader = await conn.runAndReadAll(sql, params as never[]);
		return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)]))) as T[];
	};
	for (const name of TABLE_NAMES) {
		await conn.run(createTableSql(name));
		const cols = Object.entries(TABLES[name]);
		const tuple = `(${cols.map(([, t]) => (t === 'DATE' ? 'CAST(? AS DATE)' : '?')).join(', ')})`;
		const rows = data[name];
		for (let i = 0; i < rows.length; i += CHUNK) {
			const chunk = rows.slice(i, i + CHUNK);
			const values = chunk.flatMap((r) => cols.map(([c]) => r[c] ?? null));
			await conn.run(`INSERT INTO ${name} VALUES ${chunk.map(() => tuple).join(', ')}`, values as never[]);
		}
	}
	return { query, close: () => conn.closeSync() };
}

/** BIGINT → number, DATE → 'YYYY-MM-DD', lists and structs converted inside, like the browser's toRows. */
function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (Array.isArray(v)) return v.map(plain);
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
	return v;
}
