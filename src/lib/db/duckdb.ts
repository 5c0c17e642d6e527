// DuckDB-WASM in the browser: starts the engine from the local eh bundle, loads the dataset's Arrow tables, answers SQL.
import { AsyncDuckDB, ConsoleLogger, LogLevel, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableFromIPC, type Table } from 'apache-arrow';
import { asset } from '$app/paths';
import { TABLES, TABLE_NAMES, type TableName } from '$lib/model/tables';
import { parseManifest, type Manifest } from './manifest';
import { toRows } from './rows';

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
	manifest: Manifest;
	timings: Timings;
	close(): Promise<void>;
}

/** The worker swallows a failed compile and never answers; give up after this long instead of spinning forever. */
const START_TIMEOUT_MS = 60_000;

export async function openDatabase(onProgress: (p: Progress) => void = () => {}): Promise<Db> {
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = Math.round(now - mark);
		mark = now;
		return ms;
	};

	onProgress({ phase: 'fetching engine', fraction: 0 });
	const timings: Timings = { fetchEngine: 0, startEngine: 0, loadData: 0 };
	const worker = new Worker(absolute(workerUrl));
	const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
	let fetched = false;
	await db.instantiate(absolute(wasmUrl), null, (p) => {
		if (fetched || p.bytesTotal <= 0) return;
		const f = p.bytesLoaded / p.bytesTotal;
		onProgress({ phase: 'fetching engine', fraction: f });
		if (f >= 0.999) { fetched = true; timings.fetchEngine = lap(); onProgress({ phase: 'starting engine', fraction: null }); }
	});
	await db.open({ query: { castDecimalToDouble: true } });
	const conn = await db.connect();
	timings.startEngine = lap();

	try {
		onProgress({ phase: 'loading data', fraction: 0 });
		const manifest = await loadDataset(conn, (f) => onProgress({ phase: 'loading data', fraction: f }));
		timings.loadData = lap();
		onProgress({ phase: 'ready', fraction: 1 });
		return {
			manifest,
			timings,
			query: (sql, params) => runQuery(conn, sql, params),
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

async function startEngine(wasm: Uint8Array): Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
	const worker = new Worker(absolute(workerUrl));
	const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
	// The bytes are already here (fetched with progress); the worker compiles them from a same-origin blob URL.
	const moduleUrl = URL.createObjectURL(new Blob([wasm as BlobPart], { type: 'application/wasm' }));
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`The DuckDB engine did not start within ${START_TIMEOUT_MS / 1000} s (WebAssembly exceptions unsupported?)`)),
				START_TIMEOUT_MS
			);
			worker.addEventListener('error', (e) => {
				clearTimeout(timer);
				reject(new Error(`The DuckDB worker (${workerUrl}) failed: ${e.message || 'could not be loaded'}`));
			});
			db.instantiate(moduleUrl).then(
				() => {
					clearTimeout(timer);
					resolve();
				},
				(e: unknown) => {
					clearTimeout(timer);
					reject(new Error(`The DuckDB engine failed to start: ${messageOf(e)}`));
				}
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
	} finally {
		URL.revokeObjectURL(moduleUrl);
	}
}

/** Fetches the manifest and every table's Arrow file, then inserts the tables. Returns the manifest. */
async function loadDataset(conn: AsyncDuckDBConnection, onFraction: (f: number) => void): Promise<Manifest> {
	const manifestUrl = absolute(asset('/data/manifest.json'));
	const manifestBytes = await fetchBytes(manifestUrl, 'the dataset manifest');
	let manifest: Manifest;
	try {
		manifest = parseManifest(JSON.parse(new TextDecoder().decode(manifestBytes)));
	} catch (e) {
		throw new Error(`The dataset manifest (${manifestUrl}) is unusable: ${messageOf(e)}. Run \`npm run ingest\`.`);
	}

	// Fetch in parallel, insert one by one: the worker runs one statement at a time anyway.
	let done = 0;
	const step = () => onFraction(++done / (TABLE_NAMES.length * 2));
	const tables = await Promise.all(
		TABLE_NAMES.map(async (name) => {
			const url = new URL(manifest.tables[name], manifestUrl).href;
			const table = decodeTable(name, url, await fetchBytes(url, `table ${name}`));
			step();
			return { name, url, table };
		})
	);
	for (const { name, url, table } of tables) {
		try {
			await conn.insertArrowTable(table, { name, create: true });
		} catch (e) {
			throw new Error(`Inserting table ${name} (${url}) into DuckDB failed: ${messageOf(e)}`);
		}
		step();
	}
	await checkRowCounts(conn, tables);
	return manifest;
}

function decodeTable(name: TableName, url: string, bytes: Uint8Array): Table {
	expectMagic(bytes, [...'ARROW1'].map((c) => c.charCodeAt(0)), `table ${name}`, url, 'an Arrow IPC file');
	let table: Table;
	try {
		table = tableFromIPC(bytes);
	} catch (e) {
		throw new Error(`Table ${name} (${url}) is not a readable Arrow IPC file: ${messageOf(e)}`);
	}
	const present = new Set(table.schema.fields.map((f) => f.name));
	const missing = Object.keys(TABLES[name]).filter((c) => !present.has(c));
	if (missing.length > 0) {
		throw new Error(`Table ${name} (${url}) lacks column(s) ${missing.join(', ')}: regenerate it with \`npm run ingest\``);
	}
	return table;
}

/** insertArrowTable can create nothing without an error (e.g. with a second copy of apache-arrow): check what landed. */
async function checkRowCounts(conn: AsyncDuckDBConnection, tables: { name: TableName; url: string; table: Table }[]) {
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

async function runQuery<T>(conn: AsyncDuckDBConnection, sql: string, params: unknown[] = []): Promise<T[]> {
	try {
		if (params.length === 0) return toRows<T>(await conn.query(sql));
		const stmt = await conn.prepare(sql);
		try {
			return toRows<T>(await stmt.query(...params));
		} finally {
			await stmt.close();
		}
	} catch (e) {
		throw new Error(`Query failed: ${messageOf(e)}\n${sql}`);
	}
}

/** Reads a same-origin file into memory, reporting 0..1 when the server sends Content-Length. */
async function fetchBytes(url: string, what: string, onFraction?: (f: number) => void): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch (e) {
		throw new Error(`Fetching ${what} (${url}) failed: ${messageOf(e)}`);
	}
	if (!response.ok) {
		throw new Error(`Fetching ${what} (${url}) failed: HTTP ${response.status} ${response.statusText}`.trim());
	}
	const total = Number(response.headers.get('content-length')) || 0;
	if (!response.body || !onFraction) return new Uint8Array(await response.arrayBuffer());

	const chunks: Uint8Array[] = [];
	let loaded = 0;
	const reader = response.body.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			loaded += value.byteLength;
			if (total > 0) onFraction(Math.min(1, loaded / total));
		}
	} catch (e) {
		throw new Error(`Fetching ${what} (${url}) broke off after ${loaded} bytes: ${messageOf(e)}`);
	}
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** Catches the usual deployment mistake early: an HTML page (404 or SPA fallback) served in place of a binary file. */
function expectMagic(bytes: Uint8Array, magic: number[], what: string, url: string, kind: string) {
	if (magic.every((b, i) => bytes[i] === b)) return;
	const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
	const hint = head.startsWith('<') ? ' (the server answered with an HTML page)' : '';
	throw new Error(`${url} (${what}) is not ${kind}${hint}`);
}

function absolute(url: string): string {
	return new URL(url, document.baseURI).href;
}

function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
