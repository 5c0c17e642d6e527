// Test helper: the real bundled dataset (data/news merged with data/record) in an in-memory node DuckDB, queried with `?` parameters bound like the browser binds them.
import { readBundle, readRegistry } from '../../../scripts/bundle';
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

/** The bundled dataset (news merged with the public record) with the project's registries, exactly as `npm run ingest` builds static/data/. */
export function loadSeed(dataDir = 'data') {
	const reg = readRegistry(dataDir);
	const { events, texts } = readBundle(dataDir, reg);
	return { events, places: reg.places, orgs: reg.orgs, dataset: toDataset(events, reg.places, reg.orgs, texts) };
}

export async function openTestDb(): Promise<TestDb> {
	const seed = loadSeed();
	// One thread: Vitest already runs the test files side by side, and the queries are tiny.
	const db = await openNodeDb(seed.dataset, { threads: 1 });
	return { ...seed, query: db.query, close: db.close };
}
