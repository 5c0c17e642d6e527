// The dataset's files in the page: the manifest and every table's Arrow file, fetched and decoded once, for the time index first and DuckDB after it.
import { RecordBatchReader, Table } from 'apache-arrow';
import { asset } from '$app/paths';
import { TABLES, TABLE_NAMES, type TableName } from '$lib/model/tables';
import { parseManifest, type Manifest } from './manifest';

export interface FetchedTable {
	name: TableName;
	url: string;
	table: Table;
}

/** Fetches the manifest and every table's Arrow file, and decodes them. */
export async function fetchDataset(dir: string): Promise<Dataset> {
	const manifestUrl = absolute(asset(`/${dir}/manifest.json`));
	const manifestBytes = await fetchBytes(manifestUrl, 'the dataset manifest');
	let manifest: Manifest;
	try {
		manifest = parseManifest(JSON.parse(new TextDecoder().decode(manifestBytes)));
	} catch (e) {
		throw new Error(`The dataset manifest (${manifestUrl}) is unusable: ${messageOf(e)}. Run \`npm run ingest\`.`);
	}
	const tables = await Promise.all(
		TABLE_NAMES.map(async (name) => {
			const url = new URL(manifest.tables[name], manifestUrl).href;
			return { name, url, table: decodeTable(name, url, await fetchBytes(url, `table ${name}`)) };
		})
	);
	return { manifest, tables };
}

/** The fetched dataset: the manifest and each table, decoded. */
export interface Dataset {
	manifest: Manifest;
	tables: FetchedTable[];
}

function decodeTable(name: TableName, url: string, bytes: Uint8Array): Table {
	expectMagic(bytes, [...'ARROW1'].map((c) => c.charCodeAt(0)), `table ${name}`, url, 'an Arrow IPC file');
	let table: Table;
	try {
		// The reader itself, not tableFromIPC: that module brings Arrow's writers too, 5 KB of the first view's script.
		table = new Table(RecordBatchReader.from(bytes).readAll());
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

/** Reads a same-origin file into memory. */
async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch (e) {
		throw new Error(`Fetching ${what} (${url}) failed: ${messageOf(e)}`);
	}
	if (!response.ok) {
		throw new Error(`Fetching ${what} (${url}) failed: HTTP ${response.status} ${response.statusText}`.trim());
	}
	return new Uint8Array(await response.arrayBuffer());
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
