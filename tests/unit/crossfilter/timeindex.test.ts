// The time index answers a brush window exactly as every view's SQL does: checked on a generated dataset in node DuckDB, under several selections and windows.
import { describe, expect, it } from 'vitest';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { baseKey, masksQuery, hasBaseClauses } from '../../../src/lib/crossfilter/indexmasks';
import { fetchViews, LIST_LIMIT } from '../../../src/lib/crossfilter/views';
import { timelineQuery, type NetworkLevel } from '../../../src/lib/crossfilter/queries';
import { timelineBinsQuery } from '../../../src/lib/crossfilter/density';
import { generatedAndSeeds } from './indexdb';
import { mulberry32 } from '../../../scripts/prng';

const sets = generatedAndSeeds(800, 99);

const by = <T>(key: (r: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

async function compare(base: Partial<Selection>, level: NetworkLevel, windows: ([string, string] | null)[], on: 'generated' | 'seeds' = 'generated') {
	const [db, index] = on === 'generated' ? [sets.gen.db, sets.gen.index] : [sets.seeds.db, sets.seeds.index];
	const sel = { ...emptySelection(), ...base };
	let masks: Uint8Array | null = null;
	if (hasBaseClauses(sel)) {
		const q = masksQuery(sel);
		masks = Uint8Array.from((await db.query<{ m: number }>(q.sql, q.params)).map((r) => r.m));
		// The page computes the same flags from the index's columns, without the database.
		// (a text search's flags need the source texts: only the database gives them)
		expect(index.passFlags(sel), JSON.stringify(base)).toEqual(sel.q ? null : masks);
	}
	const prepared = index.prepare(level, masks);
	// The timeline ignores time: one answer per base selection, per event and per country and week.
	expect(prepared.timeline(), JSON.stringify(base)).toEqual(await db.query(timelineQuery(sel).sql, timelineQuery(sel).params));
	expect(prepared.timelineBins(), JSON.stringify(base)).toEqual(await db.query(timelineBinsQuery(sel).sql, timelineBinsQuery(sel).params));
	// Each window twice: counted straight off the events (before warm), then from the prefix counts.
	const cold = windows.map((time) => prepared.answer(time));
	prepared.warm();
	for (const [w, time] of windows.entries()) {
		const got = prepared.answer(time);
		expect(cold[w], JSON.stringify({ base, level, time, direct: true })).toEqual(got);
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

/** Random selections over the generated dataset's own values, each with windows inside, outside, inverted and empty. */
describe('TimeIndex against the views’ SQL on random selections', () => {
	it('agrees on 24 seeded random selections, pass flags computed in the page', async () => {
		const rand = mulberry32(4242);
		const pick = <T>(xs: T[], max: number): T[] => {
			const k = Math.floor(rand() * (max + 1));
			return [...new Set(Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]))];
		};
		const values = async (sql: string) => (await sets.gen.db.query<{ v: string }>(sql)).map((r) => r.v);
		const vocab = {
			place: await values('SELECT DISTINCT place_id AS v FROM events WHERE place_id IS NOT NULL ORDER BY 1'),
			country: await values('SELECT DISTINCT country AS v FROM event_countries ORDER BY 1'),
			org: await values('SELECT DISTINCT org_id AS v FROM event_orgs ORDER BY 1'),
			partner: await values("SELECT DISTINCT org_id AS v FROM event_orgs WHERE role = 'partner' ORDER BY 1"),
			kind: await values('SELECT DISTINCT kind AS v FROM events ORDER BY 1'),
			topic: await values('SELECT DISTINCT topic AS v FROM events WHERE topic IS NOT NULL ORDER BY 1')
		};
		const day = () => new Date(Date.UTC(2001 + Math.floor(rand() * 26), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))).toISOString().slice(0, 10);
		for (let c = 0; c < 24; c++) {
			const base: Partial<Selection> = {};
			// Each clause present about one time in three, so most selections combine two or three of them.
			for (const dim of ['place', 'country', 'org', 'partner', 'kind', 'topic'] as const) if (rand() < 0.35) base[dim] = pick(vocab[dim], 3);
			if ((base.partner?.length ?? 0) > 1 && rand() < 0.5) base.pmode = 'all';
			const a = day();
			const b = day();
			const windows: ([string, string] | null)[] = [null, [a, b], [b, a], [a, a]];
			await compare(base, rand() < 0.5 ? 'org' : 'country', windows);
		}
	}, 120_000);
});
