// CLI: `npm run ingest` builds static/data/ (Arrow IPC per table + manifest.json) from data/; `--json OUT PATH...` writes the events as JSON.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest, type SourceFile } from '../src/lib/ingest/index';
import { parseRegistry, RegistryError } from '../src/lib/ingest/registry';
import { toArrowIPC } from '../src/lib/model/arrow';
import { TABLE_NAMES, toDataset, type Dataset } from '../src/lib/model/tables';
import type { Topic } from '../src/lib/model/event';
import { emptySelection } from '../src/lib/crossfilter/selection';
import { fetchRegistry, fetchViews, type Summary } from '../src/lib/crossfilter/views';
import { openNodeDb } from './nodedb';

const root = resolve(import.meta.dirname, '..');
const REGISTRY_FILES = ['places.csv', 'orgs.csv', 'topics.csv'];
const USAGE = `usage: npm run ingest [-- --data DIR] [-- --out DIR]
       npm run ingest -- --json OUT FILE_OR_DIR...`;

/** News files of a directory: every .txt or .md, in name order so ids are stable. */
function collect(path: string): string[] {
	const st = statSync(path);
	if (!st.isDirectory()) return [path];
	return readdirSync(path)
		.filter((f) => /\.(txt|md)$/i.test(f))
		.sort()
		.map((f) => join(path, f));
}

/** Bytes → text; invalid UTF-8 becomes U+FFFD, which ingest reports as binary when there is much of it. */
const readText = (path: string) => new TextDecoder('utf-8').decode(readFileSync(path)).replace(/^\uFEFF/, '');

async function main(argv: string[]): Promise<number> {
	let json: string | null = null;
	let dataDir = join(root, 'data');
	let outDir = join(root, 'static', 'data');
	const inputs: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--json') json = argv[++i] ?? null;
		else if (a === '--data') dataDir = resolve(argv[++i] ?? '');
		else if (a === '--out') outDir = resolve(argv[++i] ?? '');
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			return 0;
		} else if (a.startsWith('--')) {
			console.error(`unknown option ${a}\n${USAGE}`);
			return 2;
		} else inputs.push(a);
	}
	if (json === null && argv.includes('--json')) {
		console.error(`--json needs an output path\n${USAGE}`);
		return 2;
	}

	const reg = parseRegistry({
		places: readFileSync(join(dataDir, 'places.csv'), 'utf8'),
		orgs: readFileSync(join(dataDir, 'orgs.csv'), 'utf8'),
		topics: readFileSync(join(dataDir, 'topics.csv'), 'utf8')
	});

	const paths = inputs.length ? inputs : [join(dataDir, 'news')];
	const files: SourceFile[] = [];
	const missing: { file: string; line: number; message: string }[] = [];
	for (const p of paths) {
		let list: string[];
		try {
			list = collect(p);
		} catch {
			missing.push({ file: p, line: 0, message: 'no such file or directory' });
			continue;
		}
		for (const f of list) {
			try {
				files.push({ name: f, text: readText(f) });
			} catch (err) {
				missing.push({ file: f, line: 0, message: `could not be read: ${(err as Error).message}` });
			}
		}
	}

	const t0 = performance.now();
	const result = ingest(files, reg);
	const ms = performance.now() - t0;
	result.warnings.unshift(...missing);
	for (const w of result.warnings) console.error(`warning: ${w.file}:${w.line}: ${w.message}`);

	if (json !== null) {
		writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
		console.log(`${result.events.length} events from ${files.length} file(s), ${result.warnings.length} warning(s) → ${json}`);
		return 0;
	}

	const texts = Object.fromEntries(files.map((f) => [f.name.replace(/^.*[\\/]/, ''), f.text]));
	const dataset = toDataset(result.events, reg.places, reg.orgs, texts);
	mkdirSync(outDir, { recursive: true });
	// The page's import checks rows and reads pasted news against the same registries (with aliases the Arrow tables lack).
	for (const f of REGISTRY_FILES) copyFileSync(join(dataDir, f), join(outDir, f));
	const tables: Record<string, string> = {};
	for (const name of TABLE_NAMES) {
		writeFileSync(join(outDir, `${name}.arrow`), toArrowIPC(name, dataset[name]));
		tables[name] = `${name}.arrow`;
	}
	const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, dataset[n].length]));
	writeFileSync(join(outDir, 'summary.json'), JSON.stringify(await summarise(dataset, reg.topics)) + '\n');
	writeFileSync(
		join(outDir, 'manifest.json'),
		JSON.stringify({ tables, counts, generated: new Date().toISOString(), warnings: result.warnings }, null, 2) + '\n'
	);
	console.log(`${result.events.length} events from ${files.length} file(s) in ${ms.toFixed(0)} ms, ${result.warnings.length} warning(s) → ${outDir}`);
	return 0;
}

/**
 * The first view, precomputed with the page's own queries on node DuckDB: the page draws it at once while
 * DuckDB-WASM starts (2–3 s), then answers every later selection live.
 */
async function summarise(dataset: Dataset, topics: Topic[]): Promise<Summary> {
	const db = await openNodeDb(dataset);
	try {
		const registry = await fetchRegistry(db.query, topics.map((t) => ({ id: t.id, name: t.name, name_ru: t.name_ru })));
		const views = await fetchViews(db.query, emptySelection(), 'org');
		return { generated: new Date().toISOString(), registry, views };
	} finally {
		db.close();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (err) {
	if (err instanceof RegistryError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
		console.error(`error: ${(err as Error).message}`);
		process.exitCode = 1;
	} else throw err;
}
