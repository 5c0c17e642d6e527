// Before the browser tests: the generated 1,000-event dataset (?data=bench-1000) beside the built site, for the tests that need a dense map.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRegistry } from '../../src/lib/ingest/registry';
import { writeBenchDataset } from '../../scripts/bench/generate';

export default async function setup() {
	const root = resolve(import.meta.dirname, '../..');
	const site = join(root, 'build');
	// `npm run bench` writes the same seeded dataset: one already there is kept.
	if (existsSync(join(site, 'data', 'bench-1000', 'manifest.json'))) return;
	const read = (f: string) => readFileSync(join(root, 'data', f), 'utf8');
	const reg = parseRegistry({ places: read('places.csv'), orgs: read('orgs.csv'), topics: read('topics.csv') });
	await writeBenchDataset(site, reg, 1000);
}
