// CLI: `npm run ingest` builds static/data/ (Arrow IPC per table + manifest.json) from data/news and data/record; `--json OUT PATH...` writes the news events as JSON.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest, type SourceFile } from '../src/lib/ingest/index';
import { collectNews, readBundle, readRegistry, readText } from './bundle';
import { RegistryError } from '../src/lib/ingest/registry';
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

	const reg = readRegistry(dataDir);

	const paths = inputs.length ? inputs : [join(dataDir, 'news')];
	const files: SourceFile[] = [];
	const missing: { file: string; line: number; message: string }[] = [];
	for (const p of paths) {
		let list: string[];
		try {
			list = collectNews(p);
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

	if (json !== null) {
		// The news alone, exactly as ingested: the JSON contract knows no record.
		const result = ingest(files, reg);
		result.warnings.unshift(...missing);
		for (const w of result.warnings) console.error(`warning: ${w.file}:${w.line}: ${w.message}`);
		writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
		console.log(`${result.events.length} events from ${files.length} file(s), ${result.warnings.length} warning(s) → ${json}`);
		return 0;
	}

	const t0 = performance.now();
	const bundle = readBundle(dataDir, reg, files);
	const ms = performance.now() - t0;
	bundle.warnings.unshift(...missing);
	for (const w of bundle.warnings) console.error(`warning: ${w.file}:${w.line}: ${w.message}`);
	if (bundle.problems.length) {
		for (const p of bundle.problems) console.error(`error: ${p.file}:${p.line}: ${p.column ? `column ${p.column}: ` : ''}${p.reason}`);
		console.error(`error: the public record has ${bundle.problems.length} problem(s): fix the rows above; nothing was written`);
		return 1;
	}
	for (const m of bundle.merges) console.log(`merged: ${m.news} and record line ${m.line} (${m.record}): ${m.why}`);
	for (const m of bundle.nearMisses) console.log(`not merged, dates differ: record line ${m.line} (${m.record}) and ${m.news}: ${m.why}`);
	const { events, texts, warnings } = bundle;
	const dataset = toDataset(events, reg.places, reg.orgs, texts);
	// In the page's index order (start day, undated last, then id), so the page reads the file without sorting it.
	dataset.events.sort((a, b) => {
		const [sa, sb] = [a.date_start as string | null, b.date_start as string | null];
		if (sa !== sb) return sa === null ? 1 : sb === null ? -1 : sa < sb ? -1 : 1;
		return (a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0;
	});
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
		JSON.stringify({ tables, counts, generated: new Date().toISOString(), warnings }, null, 2) + '\n'
	);
	console.log(
		`${events.length} events (${bundle.news.length} news sessions from ${files.length} file(s), ${bundle.recordSessions} record sessions, ${bundle.merges.length} merged) in ${ms.toFixed(0)} ms, ${warnings.length} warning(s) → ${outDir}`
	);
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
		return { generated: new Date().toISOString(), registry: { ...registry, origin: 'public' }, views };
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
