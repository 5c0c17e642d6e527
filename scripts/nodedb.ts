// DuckDB in node (@duckdb/node-api) holding a dataset's tables: the build's precomputed first view and the SQL unit tests run on it.
import {
	DuckDBArrayValue,
	DuckDBDateValue,
	DuckDBDecimalValue,
	DuckDBInstance,
	DuckDBListValue,
	DuckDBStructValue,
	type DuckDBConnection,
	type DuckDBValue
} from '@duckdb/node-api';
import { createTableSql, TABLE_NAMES, TABLES, type Dataset, type TableName } from '../src/lib/model/tables';

export interface NodeDb {
	/** Runs `sql` as a prepared statement with `params` bound positionally, as the browser does; rows as its toRows gives them. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	close(): void;
}

export async function openNodeDb(data: Dataset, options: { threads?: number } = {}): Promise<NodeDb> {
	return openNodeDbWith(async (conn) => {
		for (const name of TABLE_NAMES) {
			await conn.run(createTableSql(name));
			await insertRows(conn, name, data[name]);
		}
	}, options);
}

/** A NodeDb whose tables `load` creates itself: the benchmark's large datasets come in through read_csv, not bound INSERTs. */
export async function openNodeDbWith(load: (conn: DuckDBConnection) => Promise<void>, options: { threads?: number } = {}): Promise<NodeDb> {
	const instance = await DuckDBInstance.create(':memory:', options.threads ? { threads: String(options.threads) } : {});
	const conn = await instance.connect();
	await load(conn);
	return {
		async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
			const stmt = await conn.prepare(sql);
			if (params.length) stmt.bind(params as DuckDBValue[]);
			const reader = await stmt.runAndReadAll();
			return reader.getRowObjects().map((r) => {
				const out: Record<string, unknown> = {};
				for (const [k, v] of Object.entries(r)) out[k] = plain(v);
				return out as T;
			});
		},
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

/** Rows per bound INSERT: keeps the parameter count of one statement modest on a larger dataset. */
const CHUNK = 200;

/** Bound multi-row INSERTs (dates travel as 'YYYY-MM-DD' text and are cast by the column). */
async function insertRows(conn: DuckDBConnection, name: TableName, rows: Dataset[TableName]) {
	const cols = Object.keys(TABLES[name]);
	const tuple = `(${cols.map(() => '?').join(', ')})`;
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK);
		const values = chunk.flatMap((r) => cols.map((c) => (r[c] ?? null) as DuckDBValue));
		await conn.run(`INSERT INTO ${name} VALUES ${chunk.map(() => tuple).join(', ')}`, values);
	}
}

/** Mirrors src/lib/db/rows.ts and the browser's castDecimalToDouble: BIGINT → number, DATE → 'YYYY-MM-DD', lists → arrays, structs → objects. */
function plain(v: DuckDBValue): unknown {
	if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof DuckDBDateValue) return v.toString();
	if (v instanceof DuckDBDecimalValue) return v.toDouble();
	if (v instanceof DuckDBListValue || v instanceof DuckDBArrayValue) return v.items.map(plain);
	if (v instanceof DuckDBStructValue) return Object.fromEntries(Object.entries(v.entries).map(([k, x]) => [k, plain(x)]));
	return String(v);
}
