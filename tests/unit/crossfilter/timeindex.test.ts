// The time index answers a brush window exactly as every view's SQL does: checked on a generated dataset in node DuckDB, under several selections and windows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { TimeIndex } from '../../../src/lib/crossfilter/timeindex';
import { INDEX_SOURCE_SQL, type IndexSource } from '../../../src/lib/crossfilter/indexsource';
import { baseKey, masksQuery, hasBaseClauses } from '../../../src/lib/crossfilter/indexmasks';
import { fetchViews, LIST_LIMIT } from '../../../src/lib/crossfilter/views';
import type { NetworkLevel } from '../../../src/lib/crossfilter/queries';
import type { OrgRow, PlaceRow } from '../../../src/lib/crossfilter/rows';
import { openNodeDb, type NodeDb } from '../../../scripts/nodedb';
import { generateDataset } from '../../../scripts/bench/generate';
import { registry } from '../ingest/registries';
import { loadSeed } from './db';

let genDb: NodeDb;
let genIndex: TimeIndex;
let seedDb: NodeDb;
let seedIndex: TimeIndex;

/** The index over a loaded dataset, read with the same SQL the page uses. */
async function indexOf(db: NodeDb): Promise<TimeIndex> {
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
		listFields: (i) => ({ id: ev[i].id, title: ev[i].title, place_id: ev[i].p, flags: ev[i].f, year_explicit: ev[i].y })
	};
	const orgs = await db.query<OrgRow>('SELECT id, short, name, name_ru, country, type, is_partner FROM orgs ORDER BY id');
	const places = await db.query<PlaceRow>('SELECT id, name, name_ru, country, kind, lat, lon FROM places ORDER BY id');
	return new TimeIndex(src, orgs, places);
}

beforeAll(async () => {
	genDb = await openNodeDb(generateDataset(registry, 800, 99), { threads: 1 });
	genIndex = await indexOf(genDb);
	seedDb = await openNodeDb(loadSeed().dataset, { threads: 1 });
	seedIndex = await indexOf(seedDb);
}, 60_000);

afterAll(() => {
	genDb?.close();
	seedDb?.close();
});

const by = <T>(key: (r: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

async function compare(base: Partial<Selection>, level: NetworkLevel, windows: ([string, string] | null)[], on: 'generated' | 'seeds' = 'generated') {
	const [db, index] = on === 'generated' ? [genDb, genIndex] : [seedDb, seedIndex];
	const sel = { ...emptySelection(), ...base };
	let masks: Uint8Array | null = null;
	if (hasBaseClauses(sel)) {
		const q = masksQuery(sel);
		masks = Uint8Array.from((await db.query<{ m: number }>(q.sql, q.params)).map((r) => r.m));
	}
	const prepared = index.prepare(level, masks);
	for (const time of windows) {
		const got = prepared.answer(time);
		const want = await fetchViews(db.query, { ...sel, time }, level);
		const where = JSON.stringify({ base, level, time });
		expect(got.count, where).toBe(want.count);
		expect([...got.hosts].sort(by((r) => r.key)), where).toEqual([...want.hosts].sort(by((r) => r.key)));
		expect([...got.flows].sort(by((r) => `${r.from_country} ${r.key}`)), where).toEqual([...want.flows].sort(by((r) => `${r.from_country} ${r.key}`)));
		expect([...got.countries].sort(by((r) => r.country)), where).toEqual([...want.countries].sort(by((r) => r.country)));
		expect(got.nodes, where).toEqual(want.nodes);
		expect(got.edges, where).toEqual(want.edges);
		expect(got.facets, where).toEqual(want.facets);
		// The list in the SQL's order, row for row, at the page's limit and at limits that end inside one day.
		expect(prepared.list(time, LIST_LIMIT), where).toEqual(want.list);
		for (const limit of [1, 7]) expect(prepared.list(time, limit), `${where} limit ${limit}`).toEqual(want.list.slice(0, limit));
		// Undated events: every clause but time, whatever the window; counted in the views only with no window.
		expect(prepared.undated(LIST_LIMIT), where).toEqual(want.undated);
	}
	return prepared;
}

const WINDOWS: ([string, string] | null)[] = [
	null,
	['2010-03-03', '2012-07-19'],
	['2015-01-01', '2015-01-01'],
	['2019-12-30', '2020-01-05'],
	['2001-01-01', '2003-02-01'],
	['2024-12-20', '2030-01-01'],
	['0001-01-01', '9999-12-31'],
	['2016-06-10', '2016-06-09'],
	// Inverted by more than a day: the SQL selects the events spanning both days (start ≤ to and end ≥ from).
	['2016-06-30', '2016-06-02'],
	['2020-01-01', '2010-01-01']
];

describe('TimeIndex against the views’ SQL', () => {
	it('with no other clause, at both network levels', async () => {
		await compare({}, 'org', WINDOWS);
		await compare({}, 'country', WINDOWS.slice(0, 4));
	}, 60_000);
	it('under a partner, a country and a kind', async () => {
		await compare({ partner: ['OSCE', 'FRONTEX'] }, 'org', WINDOWS.slice(0, 4));
		await compare({ partner: ['OSCE', 'FRONTEX'], pmode: 'all' }, 'org', WINDOWS.slice(0, 4));
		await compare({ country: ['TJK'], kind: ['training', 'workshop'] }, 'org', WINDOWS.slice(0, 4));
	}, 60_000);
	it('under a place, an organisation and a topic (each view keeps its own context)', async () => {
		await compare({ place: ['bishkek', 'almaty'], org: ['kgz-border'], topic: ['canine'] }, 'country', WINDOWS.slice(0, 4));
	}, 60_000);
	it('under a text search, alone and with a kind', async () => {
		const p = await compare({ q: 'workshop' }, 'org', WINDOWS.slice(0, 4));
		expect(p.answer(null).count, 'the search finds some of the generated events').toBeGreaterThan(0);
		await compare({ q: 'Almaty', kind: ['training'] }, 'org', WINDOWS.slice(0, 4));
	}, 60_000);
	it('the prepared index is keyed by the search too', () => {
		const a = { ...emptySelection(), q: 'osh' };
		expect(hasBaseClauses(a)).toBe(true);
		expect(hasBaseClauses({ ...emptySelection(), q: ' ' })).toBe(false);
		expect(baseKey(a, 'org')).not.toBe(baseKey({ ...a, q: 'oshx' }, 'org'));
		expect(baseKey(a, 'org')).toBe(baseKey({ ...a, time: ['2019-01-01', '2019-02-01'] }, 'org'));
	});
	it('on the bundled events (country-only places, undated events, events without a topic or partner)', async () => {
		const seedWindows: ([string, string] | null)[] = [null, ['2019-01-01', '2019-03-15'], ['2019-02-12', '2019-02-12'], ['2018-06-01', '2020-12-31']];
		const all = await compare({}, 'org', seedWindows, 'seeds');
		expect(all.undated(LIST_LIMIT).n, 'the bundled record has undated events').toBeGreaterThan(0);
		await compare({}, 'country', seedWindows, 'seeds');
		await compare({ partner: ['FRONTEX'] }, 'org', seedWindows, 'seeds');
		await compare({ country: ['KAZ'], kind: ['workshop'] }, 'country', seedWindows, 'seeds');
		// A text search is a clause like any other: the pass flags come from the same SQL.
		await compare({ q: 'border' }, 'org', seedWindows, 'seeds');
		await compare({ q: 'Бишкек', partner: ['OSCE'] }, 'country', seedWindows, 'seeds');
	}, 60_000);
});
