// DuckDB-WASM in the browser: starts the engine from the local eh bundle, loads the dataset's Arrow tables, answers SQL, and opens the imports' own way into the live tables.
import { AsyncDuckDB, ConsoleLogger, LogLevel, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { ImportTables } from './imports';
import { fetchDataset, type Dataset, type FetchedTable } from './dataset';
import type { Manifest } from './manifest';
import { toRows } from './rows';
import { Statements } from './statements';

export type Phase = 'fetching engine' | 'starting engine' | 'loading data' | 'ready';

/** `fraction` is 0..1 within the phase, or null when the phase cannot measure itself. */
export interface Progress {
	phase: Phase;
	fraction: number | null;
}

/** Milliseconds spent in each phase, measured in the page. */
export interface Timings {
	fetchEngine: number;
	startEngine: number;
	loadData: number;
}

export interface Db {
	/** Runs `sql`; with `params`, as a prepared statement with `?` placeholders bound to them. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	/** The same, as the Arrow table DuckDB answers with: columns read as typed arrays, for results of millions of rows. */
	queryArrow(sql: string, params?: unknown[]): Promise<Table>;
	manifest: Manifest;
	timings: Timings;
	/** The way imported rows reach the live tables (the one writer besides the load), opened on first use. */
	imports(): Promise<ImportTables>;
	close(): Promise<void>;
}

/** How long the engine may take to download and start before it is reported stuck. */
const START_TIMEOUT_MS = 60_000;

/** `dir`: the dataset's folder under the site root (the bundled `data`, or e.g. `data/bench-10000`). */
export async function openDatabase(onProgress: (p: Progress) => void = () => {}, dir = 'data', files?: Promise<Dataset>): Promise<Db> {
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = Math.round(now - mark);
		mark = now;
		return ms;
	};
	const timings: Timings = { fetchEngine: 0, startEngine: 0, loadData: 0 };

	// The data files are small: fetch them while the engine downloads and compiles. A failure waits
	// (caught here so it is not reported as unhandled) and surfaces once the engine is up.
	const dataset = files ?? fetchDataset(dir);
	dataset.catch(() => {});

	onProgress({ phase: 'fetching engine', fraction: 0 });
	let fetched = false;
	const engineFetched = () => {
		if (fetched) return;
		fetched = true;
		timings.fetchEngine = lap();
		onProgress({ phase: 'starting engine', fraction: null });
	};
	const { db, conn } = await startEngine((loaded, total) => {
		if (loaded < total) onProgress({ phase: 'fetching engine', fraction: loaded / total });
		else engineFetched();
	});
	engineFetched();
	timings.startEngine = lap();

	try {
		const { manifest, tables } = await dataset;
		onProgress({ phase: 'loading data', fraction: 0 });
		await insertTables(conn, tables, (f) => onProgress({ phase: 'loading data', fraction: f }));
		timings.loadData = lap();
		const statements = new Statements(conn);
		let imports: Promise<ImportTables> | null = null;
		onProgress({ phase: 'ready', fraction: 1 });
		return {
			manifest,
			timings,
			query: (sql, params) => statements.query(sql, params),
			queryArrow: (sql, params) => statements.arrow(sql, params),
			imports: () => {
				imports ??= ImportTables.open(db);
				imports.catch(() => (imports = null));
				return imports;
			},
			close: async () => {
				await conn.close();
				await db.terminate();
			}
		};
	} catch (e) {
		await db.terminate();
		throw e;
	}
}

/**
 * Starts the worker and has it stream-compile the wasm from its URL, so compiling overlaps the download
 * (measured ~1 s sooner than fetching the bytes first and handing over a blob URL).
 */
async function startEngine(
	onBytes: (loaded: number, total: number) => void
): Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
	const moduleUrl = absolute(wasmUrl);
	const worker = new Worker(absolute(workerUrl));
	const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
	try {
		await new Promise<void>((resolve, reject) => {
			const fail = (message: string) => {
				clearTimeout(timer);
				reject(new Error(message));
			};
			// The worker swallows a failed fetch or compile and never answers: check the file, listen for
			// worker errors, and give up after a while rather than spin forever.
			const timer = setTimeout(
				() => fail(`The DuckDB engine did not start within ${START_TIMEOUT_MS / 1000} s (no WebAssembly exception support?)`),
				START_TIMEOUT_MS
			);
			worker.addEventListener('error', (e) =>
				fail(`The DuckDB worker (${absolute(workerUrl)}) failed: ${e.message || 'it could not be loaded'}`)
			);
			checkEngineFile(moduleUrl).catch((e: unknown) => fail(messageOf(e)));
			db.instantiate(moduleUrl, null, (p) => {
				if (p.bytesTotal > 0) onBytes(p.bytesLoaded, p.bytesTotal);
			}).then(
				() => {
					clearTimeout(timer);
					resolve();
				},
				(e: unknown) => fail(`The DuckDB engine failed to start: ${messageOf(e)}`)
			);
		});
		// Without the cast, DECIMAL and HUGEINT (what sum() of an INTEGER gives) arrive as unscaled 128-bit
		// values (1.5 → "150"); BIGINT is made a number by toRows.
		// Not castBigIntToDouble: it garbles BIGINTs nested in structs (1 came back as 5e-324).
		await db.open({ query: { castDecimalToDouble: true } });
		return { db, conn: await db.connect() };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

/** The mistakes that make the worker hang instead of failing: a missing file, or one served with the wrong type. */
async function checkEngineFile(url: string): Promise<void> {
	let response: Response;
	try {
		response = await fetch(url, { method: 'HEAD' });
	} catch (e) {
		throw new Error(`Fetching the DuckDB engine (${url}) failed: ${messageOf(e)}`);
	}
	if (response.status === 405 || response.status === 501) return; // no HEAD support: nothing learnt
	if (!response.ok) {
		throw new Error(`Fetching the DuckDB engine (${url}) failed: HTTP ${response.status} ${response.statusText}`.trim());
	}
	const type = response.headers.get('content-type') ?? '';
	if (!type.startsWith('application/wasm')) {
		throw new Error(`The DuckDB engine (${url}) is served as "${type}"; browsers compile it only as application/wasm`);
	}
}

/** Inserts the tables one by one (the worker runs one statement at a time anyway), then checks what landed. */
async function insertTables(conn: AsyncDuckDBConnection, tables: FetchedTable[], onFraction: (f: number) => void) {
	for (const [i, { name, url, table }] of tables.entries()) {
		try {
			await conn.insertArrowTable(table, { name, create: true });
		} catch (e) {
			throw new Error(`Inserting table ${name} (${url}) into DuckDB failed: ${messageOf(e)}`);
		}
		onFraction((i + 1) / tables.length);
	}
	await checkRowCounts(conn, tables);
}

/** insertArrowTable can create nothing without an error (e.g. with a second copy of apache-arrow): check what landed. */
async function checkRowCounts(conn: AsyncDuckDBConnection, tables: FetchedTable[]) {
	const sql = tables.map(({ name }) => `SELECT '${name}' AS name, count(*) AS n FROM "${name}"`).join(' UNION ALL ');
	let rows: { name: string; n: number }[];
	try {
		rows = toRows(await conn.query(sql));
	} catch (e) {
		throw new Error(`The loaded tables cannot be read back: ${messageOf(e)}`);
	}
	for (const { name, url, table } of tables) {
		const n = rows.find((r) => r.name === name)?.n;
		if (n !== table.numRows) {
			throw new Error(`Table ${name} (${url}) has ${table.numRows} rows but DuckDB holds ${n ?? 'none'}`);
		}
	}
}

function absolute(url: string): string {
	return new URL(url, document.baseURI).href;
}

function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
