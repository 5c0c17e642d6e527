// Test helper: the time index over a node DuckDB dataset, read with the same SQL the page uses once its database is live.
import { INDEX_SOURCE_SQL, type IndexSource } from '../../../src/lib/crossfilter/indexsource';
import type { OrgRow, PlaceRow } from '../../../src/lib/crossfilter/rows';
import { TimeIndex } from '../../../src/lib/crossfilter/timeindex';
import { afterAll, beforeAll } from 'vitest';
import { openNodeDb, type NodeDb } from '../../../scripts/nodedb';
import { generateDataset } from '../../../scripts/bench/generate';
import { registry } from '../ingest/registries';
import { loadSeed } from './db';

/** The index over a loaded dataset, read with the same SQL the page uses. */
export async function indexOf(db: NodeDb): Promise<TimeIndex> {
	const ev = await db.query<{
		s: number;
		e: number;
		h: string | null;
		hc: string | null;
		k: string;
		t: string | null;
		de: number;
		id: string;
		title: string;
		p: string | null;
		f: string;
		y: boolean;
	}>(INDEX_SOURCE_SQL.events);
	const ec = await db.query<{ i: number; c: string; host: boolean }>(INDEX_SOURCE_SQL.countries);
	const eo = await db.query<{ i: number; o: string; partner: boolean }>(INDEX_SOURCE_SQL.orgs);
	const src: IndexSource = {
		// Undated events come last, as in the page.
		dated: ev.filter((r) => r.s !== null).length,
		start: ev.map((r) => r.s),
		end: ev.map((r) => r.e),
		host: ev.map((r) => r.h),
		hostCountry: ev.map((r) => r.hc),
		kind: ev.map((r) => r.k),
		topic: ev.map((r) => r.t),
		ecEvent: ec.map((r) => r.i),
		ecCountry: ec.map((r) => r.c),
		ecHost: ec.map((r) => r.host),
		eoEvent: eo.map((r) => r.i),
		eoOrg: eo.map((r) => r.o),
		eoPartner: eo.map((r) => r.partner),
		dateEnd: ev.map((r) => r.de),
		place: ev.map((r) => r.p),
		listFields: (i) => ({ id: ev[i].id, title: ev[i].title, place_id: ev[i].p, flags: ev[i].f, year_explicit: ev[i].y })
	};
	const orgs = await db.query<OrgRow>('SELECT id, short, name, name_ru, country, type, is_partner FROM orgs ORDER BY id');
	const places = await db.query<PlaceRow>('SELECT id, name, name_ru, country, kind, lat, lon FROM places ORDER BY id');
	return new TimeIndex(src, orgs, places);
}


export interface Indexed {
	db: NodeDb;
	index: TimeIndex;
}

/**
 * A generated dataset of `n` events (seeded) and the bundled one, each in node DuckDB with its index, opened before
 * the file's tests and closed after them; the fields are filled once the set-up has run.
 */
export function generatedAndSeeds(n: number, seed: number): { gen: Indexed; seeds: Indexed } {
	const sets = { gen: {} as Indexed, seeds: {} as Indexed };
	beforeAll(async () => {
		sets.gen.db = await openNodeDb(generateDataset(registry, n, seed), { threads: 1 });
		sets.gen.index = await indexOf(sets.gen.db);
		sets.seeds.db = await openNodeDb(loadSeed().dataset, { threads: 1 });
		sets.seeds.index = await indexOf(sets.seeds.db);
	}, 60_000);
	afterAll(() => {
		sets.gen.db?.close();
		sets.seeds.db?.close();
	});
	return sets;
}
