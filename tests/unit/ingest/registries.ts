// The project's registries, read once for the ingest tests.
import { readFileSync } from 'node:fs';
import { parseRegistry } from '../../../src/lib/ingest/registry';

export const registry = parseRegistry({
	places: readFileSync('data/places.csv', 'utf8'),
	orgs: readFileSync('data/orgs.csv', 'utf8'),
	topics: readFileSync('data/topics.csv', 'utf8')
});
