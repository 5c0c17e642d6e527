// The views' queries on the page's main connection: with values, through prepared statements kept by their SQL text.
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { toRows } from './rows';

/** The views run the same few dozen statements with new values: keeping them prepared saves two worker round trips each. */
const KEPT_STATEMENTS = 48;

export class Statements {
	#conn: AsyncDuckDBConnection;
	/** Prepared statements by SQL text, most recently used last. */
	#kept = new Map<string, Promise<AsyncPreparedStatement>>();

	constructor(conn: AsyncDuckDBConnection) {
		this.#conn = conn;
	}

	async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		return toRows<T>(await this.arrow(sql, params));
	}

	async arrow(sql: string, params: unknown[] = []): Promise<Table> {
		const conn = this.#conn;
		const statements = this.#kept;
		try {
			if (params.length === 0) return await conn.query(sql);
			const kept = statements.get(sql);
			const stmt = kept ?? conn.prepare(sql);
			statements.delete(sql);
			statements.set(sql, stmt);
			if (statements.size > KEPT_STATEMENTS) {
				const [oldest, evicted] = statements.entries().next().value!;
				statements.delete(oldest);
				void evicted.then((s) => s.close()).catch(() => {});
			}
			try {
				return await (await stmt).query(...params);
			} catch (e) {
				// A failed statement is not kept. A kept one may predate a change of the tables (an import): prepare it afresh once.
				statements.delete(sql);
				void stmt.then((s) => s.close()).catch(() => {});
				if (!kept) throw e;
				const fresh = await conn.prepare(sql);
				try {
					return await fresh.query(...params);
				} finally {
					await fresh.close();
				}
			}
		} catch (e) {
			throw new Error(`Query failed: ${e instanceof Error ? e.message : String(e)}\n${sql}`);
		}
	}
}
