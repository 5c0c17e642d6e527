// Test helper: the real seed dataset (ingest of data/news) in an in-memory node DuckDB, queried with `?` parameters bound like the browser binds them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type SourceFile } from '../../../src/lib/ingest/index';
import { parseRegistry } from '../../../src/lib/ingest/registry';
import type { Event, Org, Place } from '../../../src/lib/model/event';
import { toDataset, type Dataset } from '../../../src/lib/model/tables';
import { openNodeDb } from '../../../scripts/nodedb';

export interface TestDb {
	/** Runs `sql` as a prepared statement with `params` bound positionally; rows as the browser's toRows gives them. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	events: Event[];
	places: Place[];
	orgs: Org[];
	dataset: Dataset;
	close(): void;
}

/** The ingest of data/news with the project's registries, exactly as `npm run ingest` builds static/data/. */
export function loadSeed(dataDir = 'data') {
	const reg = parseRegistry({
		places: readFileSync(join(dataDir, 'places.csv'), 'utf8'),
		orgs: readFileSync(join(dataDir, 'orgs.csv'), 'utf8'),
		topics: readFileSync(join(dataDir, 'topics.csv'), 'utf8')
	});
	const newsDir = join(dataDir, 'news');
	const files: SourceFile[] = readdirSync(newsDir)
		.filter((f) => /\.(txt|md)$/i.test(f))
		.sort()
		.map((f) => ({ name: join(newsDir, f), text: readFileSync(join(newsDir, f), 'utf8').replace(/^\uFEFF/, '') }));
	const { events } = ingest(files, reg);
	const texts = Object.fromEntries(files.map((f) => [f.name.replace(/^.*[\\/]/, ''), f.text]));
	return { events, places: reg.places, orgs: reg.orgs, dataset: toDataset(events, reg.places, reg.orgs, texts) };
}

export async function openTestDb(): Promise<TestDb> {
	const seed = loadSeed();
	// One thread: Vitest already runs the test files side by side, and the queries are tiny.
	const db = await openNodeDb(seed.dataset, { threads: 1 });
	return { ...seed, query: db.query, close: db.close };
}
