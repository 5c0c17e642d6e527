// The crossfilter SQL on the real seed dataset in node DuckDB, checked against facts worked out in JS from the ingest's events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQuery, eventDetailQuery, listQuery, timelineQuery, undatedQuery, type NetworkLevel, type Query } from '../../../src/lib/crossfilter/queries';
import type { CountryActivityRow, FacetRow, FlowRow, ListRow, NetworkEdgeRow, TimelineRow } from '../../../src/lib/crossfilter/rows';
import { fetchViews, type ViewData } from '../../../src/lib/crossfilter/views';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import type { Event, Org } from '../../../src/lib/model/event';
import { openTestDb, type TestDb } from './db';
import { byKey, byStart, countriesOf, hostKey, isDated, nodeOf, orgIdsOf, passes, Tally } from './facts';

let db: TestDb;
let events: Event[];
let orgById: Map<string, Org>;
const run = <T>(q: Query) => db.query<T>(q.sql, q.params);
/** Every view's rows for `s`: the counted parts through their generated SQL (counted.ts), put into rows. */
const views = (s: Selection, level: NetworkLevel = 'org'): Promise<ViewData> => fetchViews(db.query, s, level);
const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });
const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();

/** Selections that exercise every dimension alone and in pairs, taken from the values the data holds. */
let sweep: { name: string; sel: Selection }[];

beforeAll(async () => {
	db = await openTestDb();
	events = db.events;
	orgById = new Map(db.orgs.map((o) => [o.id, o]));
	const partners = uniq(events.flatMap((e) => e.partners.map((p) => p.id)));
	const countries = uniq(events.flatMap((e) => [...countriesOf(e)]));
	const places = uniq(events.map((e) => e.place?.id));
	const orgs = uniq(events.flatMap((e) => [...orgIdsOf(e)]));
	const kinds = uniq(events.map((e) => e.kind));
	const topics = uniq(events.map((e) => e.topic));
	// Kept small (each selection runs every builder): one value per dimension, a multi-value list, pairs and time windows.
	sweep = [
		{ name: 'nothing', sel: emptySelection() },
		{ name: 'partner OSCE', sel: sel({ partner: ['OSCE'] }) },
		{ name: 'two partners', sel: sel({ partner: partners.slice(-2) }) },
		// The pair that most often works together, and a pair that never does (all of them: no event).
		{ name: 'two partners, all of', sel: sel({ partner: ['SBG-LV', 'RTU'], pmode: 'all' }) },
		{ name: 'two partners never together, all of', sel: sel({ partner: ['OSCE', 'SEF-PT'], pmode: 'all' }) },
		{ name: 'country KGZ', sel: sel({ country: ['KGZ'] }) },
		{ name: `place ${places[0]}`, sel: sel({ place: [places[0]] }) },
		{ name: `org ${orgs[0]}`, sel: sel({ org: [orgs[0]] }) },
		{ name: 'two kinds', sel: sel({ kind: kinds.slice(0, 2) }) },
		{ name: `topic ${topics[0]}`, sel: sel({ topic: [topics[0]] }) },
		{ name: 'time 2018', sel: sel({ time: ['2018-01-01', '2018-12-31'] }) },
		{ name: 'time one day', sel: sel({ time: ['2018-03-28', '2018-03-28'] }) },
		{ name: 'partner + kind + time', sel: sel({ partner: partners.slice(0, 1), kind: ['workshop'], time: ['2019-01-01', '2019-12-31'] }) },
		{ name: 'place + topic', sel: sel({ place: places.slice(0, 3), topic: topics.slice(0, 3) }) },
		{ name: 'org + country + time', sel: sel({ org: orgs.slice(0, 5), country: ['UZB', 'TKM'], time: ['2018-02-01', '2019-02-28'] }) },
		{ name: 'everything', sel: sel({ time: ['2018-01-01', '2019-12-31'], place: places, country: countries, org: orgs, kind: kinds, topic: topics }) }
	];
});

afterAll(() => db?.close());

/** Runs `check` for every selection of the sweep, naming the failing one. */
async function forEachSelection(check: (s: Selection) => Promise<void>) {
	for (const { name, sel: s } of sweep) {
		try {
			await check(s);
		} catch (e) {
			(e as Error).message = `[selection: ${name}] ${(e as Error).message}`;
			throw e;
		}
	}
}

describe('the test database', () => {
	it('holds every bundled event, with dates as YYYY-MM-DD (null for an undated one)', async () => {
		expect(events.length).toBeGreaterThan(100);
		const rows = await db.query<{ id: string; date_start: string | null }>('SELECT id, date_start FROM events ORDER BY id');
		expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id).sort());
		const byId = new Map(events.map((e) => [e.id, e]));
		for (const r of rows) expect(r.date_start).toBe(byId.get(r.id)!.date_start);
		expect(rows.every((r) => r.date_start === null || /^\d{4}-\d{2}-\d{2}$/.test(r.date_start))).toBe(true);
		const [{ n }] = await db.query<{ n: unknown }>('SELECT count(*) AS n FROM events');
		expect(n).toBe(events.length);
	});

	it('gives plain JS values, as the browser’s rows do', async () => {
		const rows = await db.query(
			`SELECT count(*) AS n, sum(session) AS s, DATE '2019-03-12' AS d, 1.5::DECIMAL(4, 1) AS x, [1::BIGINT, 2] AS l,
				{'k': 3::BIGINT, 'day': DATE '2018-01-02'} AS st, NULL AS z, TRUE AS b FROM events WHERE id <> ?`,
			['none']
		);
		expect(rows).toEqual([
			{
				n: events.length,
				s: events.reduce((a, e) => a + e.session, 0),
				d: '2019-03-12',
				x: 1.5,
				l: [1, 2],
				st: { k: 3, day: '2018-01-02' },
				z: null,
				b: true
			}
		]);
	});
});

describe('countQuery', () => {
	it('counts the events that pass the whole selection', async () => {
		await forEachSelection(async (s) => {
			const [{ n }] = await run<{ n: number }>(countQuery(s));
			expect(n).toBe(events.filter((e) => passes(e, s)).length);
		});
	});

	it('pmode=all counts the events with every chosen partner, fewer than any of them', async () => {
		const both = events.filter((e) => ['SBG-LV', 'RTU'].every((p) => e.partners.some((q) => q.id === p))).length;
		const either = events.filter((e) => ['SBG-LV', 'RTU'].some((p) => e.partners.some((q) => q.id === p))).length;
		expect(both).toBeGreaterThan(0);
		expect(both).toBeLessThan(either);
		const [{ n: all }] = await run<{ n: number }>(countQuery(sel({ partner: ['SBG-LV', 'RTU'], pmode: 'all' })));
		const [{ n: any }] = await run<{ n: number }>(countQuery(sel({ partner: ['SBG-LV', 'RTU'] })));
		expect([all, any]).toEqual([both, either]);
		// A partner named twice is still one partner.
		const [{ n: twice }] = await run<{ n: number }>(countQuery(sel({ partner: ['SBG-LV', 'SBG-LV'], pmode: 'all' })));
		expect(twice).toBe(events.filter((e) => e.partners.some((q) => q.id === 'SBG-LV')).length);
	});

	it('partner OSCE counts the events OSCE facilitated', async () => {
		const [{ n }] = await run<{ n: number }>(countQuery(sel({ partner: ['OSCE'] })));
		const expected = events.filter((e) => e.partners.some((p) => p.id === 'OSCE')).length;
		expect(expected).toBeGreaterThan(0);
		expect(n).toBe(expected);
	});

	it('matches time by overlap: a multi-day event matches a window touching its last or first day', async () => {
		const multi = events.filter(isDated).find((e) => e.date_start < e.date_end)!;
		const count = async (from: string, to: string) => (await run<{ n: number }>(countQuery(sel({ time: [from, to] }))))[0].n;
		const ids = async (from: string, to: string) =>
			(await run<ListRow>(listQuery(sel({ time: [from, to] })))).map((r) => r.id);
		expect(await ids(multi.date_end, '9999-12-31')).toContain(multi.id);
		expect(await ids('0001-01-01', multi.date_start)).toContain(multi.id);
		expect(await ids(multi.date_end, multi.date_end)).toContain(multi.id);
		const after = nextDay(multi.date_end);
		expect(await ids(after, '9999-12-31')).not.toContain(multi.id);
		expect(await count(after, after)).toBe(events.filter((e) => isDated(e) && e.date_start <= after && e.date_end >= after).length);
	});

	it('the 2019-03-12..14 workshop matches from=2019-03-14', async () => {
		const e = events.find((x) => x.date_start === '2019-03-12' && x.date_end === '2019-03-14');
		expect(e).toBeDefined();
		const rows = await run<ListRow>(listQuery(sel({ time: ['2019-03-14', '9999-12-31'] })));
		expect(rows.map((r) => r.id)).toContain(e!.id);
	});

	it('a country matches where it hosted and where it only attended', async () => {
		const attendedOnly = events.find((e) => e.participant_countries.some((c) => c !== e.country))!;
		const guest = attendedOnly.participant_countries.find((c) => c !== attendedOnly.country)!;
		const rows = await run<ListRow>(listQuery(sel({ country: [guest] }), 500));
		rows.push(...(await run<ListRow>(listQuery(sel({ country: [guest] }), 500, false))));
		expect(rows.map((r) => r.id)).toContain(attendedOnly.id);
		const hosted = events.filter((e) => e.country === guest).map((e) => e.id);
		expect(hosted.length).toBeGreaterThan(0);
		for (const id of hosted) expect(rows.map((r) => r.id)).toContain(id);
	});
});

describe('host marks', () => {
	it('counts each host mark under the other views, and marks the map’s own selection in n_selected', async () => {
		await forEachSelection(async (s) => {
			const rows = (await views(s)).hosts;
			const n = new Tally();
			const selected = new Tally();
			const info = new Map<string, { place_id: string | null; country: string }>();
			for (const e of events) {
				if (!e.country || !passes(e, s, ['place', 'country'])) continue;
				n.add(hostKey(e), e.id);
				info.set(hostKey(e), { place_id: e.place?.id ?? null, country: e.country });
				if (passes(e, { ...emptySelection(), place: s.place, country: s.country })) selected.add(hostKey(e), e.id);
			}
			const expected = n.keys().map((key) => ({ key, ...info.get(key)!, n: n.get(key), n_selected: selected.get(key) }));
			expect([...rows].sort(byKey((r) => r.key))).toEqual(expected.sort(byKey((r) => r.key)));
			for (let i = 1; i < rows.length; i++) expect(rows[i - 1].n).toBeGreaterThanOrEqual(rows[i].n);
		});
	});

	it('under a place selection still returns every place, with only the selected ones in n_selected', async () => {
		const all = (await views(emptySelection())).hosts;
		const place = events.find((e) => e.place)!.place!.id;
		const rows = (await views(sel({ place: [place] }))).hosts;
		expect(rows.map((r) => r.key).sort()).toEqual(all.map((r) => r.key).sort());
		for (const r of rows) {
			const full = all.find((a) => a.key === r.key)!;
			expect(r.n).toBe(full.n);
			expect(r.n_selected).toBe(r.key === place ? r.n : 0);
		}
	});

	it('places events with no city at their country, keyed "@ISO3"', async () => {
		const countryOnly = events.find((e) => !e.place && e.country)!;
		const rows = (await views(emptySelection())).hosts;
		const mark = rows.find((r) => r.key === `@${countryOnly.country}`);
		expect(mark).toMatchObject({ place_id: null, country: countryOnly.country });
	});
});

describe('flows', () => {
	it('draws participant country → host mark, weighted by distinct events, under the other views', async () => {
		await forEachSelection(async (s) => {
			const rows = (await views(s)).flows;
			const t = new Tally();
			for (const e of events) {
				if (!e.country || !passes(e, s, ['place', 'country'])) continue;
				for (const c of e.participant_countries) if (c !== e.country) t.add(`${c}\u0000${hostKey(e)}`, e.id);
			}
			const expected = t.keys().map((k) => {
				const [from_country, key] = k.split('\u0000');
				return { from_country, key, n: t.get(k) };
			});
			const k = byKey((r: FlowRow) => `${r.from_country}\u0000${r.key}`);
			expect([...rows].sort(k)).toEqual(expected.sort(k));
		});
	});
});

describe('country activity', () => {
	it('counts events each country hosted or attended, and how many it hosted', async () => {
		await forEachSelection(async (s) => {
			const rows = (await views(s)).countries;
			const n = new Tally();
			const hosted = new Tally();
			for (const e of events) {
				if (!passes(e, s, ['place', 'country'])) continue;
				for (const c of countriesOf(e)) n.add(c, e.id);
				if (e.country) hosted.add(e.country, e.id);
			}
			const expected = n.keys().map((country) => ({ country, n: n.get(country), hosted: hosted.get(country) }));
			const k = byKey((r: CountryActivityRow) => r.country);
			expect([...rows].sort(k)).toEqual(expected.sort(k));
		});
	});
});

describe('timelineQuery', () => {
	it('returns every dated event in date order, active = passes every clause but time', async () => {
		await forEachSelection(async (s) => {
			const rows = await run<TimelineRow>(timelineQuery(s));
			const expected = events
				.filter(isDated)
				.sort(byStart)
				.map((e) => ({
					id: e.id,
					date_start: e.date_start,
					date_end: e.date_end,
					country: e.country,
					kind: e.kind,
					topic: e.topic,
					title: e.title,
					place_id: e.place?.id ?? null,
					flags: e.flags.join(','),
					active: passes(e, s, ['time'])
				}));
			expect(rows).toEqual(expected);
		});
	});

	it('ignores its own time clause', async () => {
		const rows = await run<TimelineRow>(timelineQuery(sel({ time: ['2017-01-01', '2017-01-02'] })));
		expect(rows).toHaveLength(events.filter(isDated).length);
		expect(rows.every((r) => r.active === true)).toBe(true);
	});

	it('active is false (not null) for events with no place or topic under such a clause', async () => {
		const place = events.find((e) => e.place)!.place!.id;
		const rows = await run<TimelineRow>(timelineQuery(sel({ place: [place] })));
		expect(rows.some((r) => r.place_id === null)).toBe(true);
		for (const r of rows) expect(r.active).toBe(r.place_id === place);
	});
});

describe.each(['org', 'country'] as const)('network at level %s', (level) => {
	it('nodes: events per node under the other views (n) and in all (total)', async () => {
		await forEachSelection(async (s) => {
			const rows = (await views(s, level)).nodes;
			const n = new Tally();
			const total = new Tally();
			for (const e of events) {
				for (const id of orgIdsOf(e)) {
					const node = nodeOf(orgById.get(id)!, level);
					total.add(node, e.id);
					if (passes(e, s, ['org'])) n.add(node, e.id);
				}
			}
			const expected = total.keys().map((id) => ({ id, n: n.get(id), total: total.get(id) }));
			expect(rows).toEqual(expected.sort(byKey((r) => r.id)));
		});
	});

	it('edges: pairs of nodes at the same events, with counts under the other views', async () => {
		await forEachSelection(async (s) => {
			const rows = (await views(s, level)).edges;
			const n = new Tally();
			const total = new Tally();
			for (const e of events) {
				const nodes = [...new Set([...orgIdsOf(e)].map((id) => nodeOf(orgById.get(id)!, level)))].sort();
				for (let i = 0; i < nodes.length; i++)
					for (let j = i + 1; j < nodes.length; j++) {
						const key = `${nodes[i]}\u0000${nodes[j]}`;
						total.add(key, e.id);
						if (passes(e, s, ['org'])) n.add(key, e.id);
					}
			}
			const expected = total.keys().map((k) => {
				const [source, target] = k.split('\u0000');
				return { source, target, n: n.get(k), total: total.get(k) };
			});
			const k = byKey((r: NetworkEdgeRow) => `${r.source}\u0000${r.target}`);
			expect([...rows].sort(k)).toEqual(expected.sort(k));
			expect(rows.every((r) => r.source < r.target)).toBe(true);
		});
	});
});

describe('network levels', () => {
	it("'country' collapses Central Asian agencies into their ISO3 and keeps partners as themselves", async () => {
		const rows = (await views(emptySelection(), 'country')).nodes;
		const ids = rows.map((r) => r.id);
		const agencyCountries = uniq(events.flatMap((e) => e.agencies.map((a) => a.country)));
		for (const c of agencyCountries) expect(ids).toContain(c);
		for (const p of uniq(events.flatMap((e) => e.partners.map((x) => x.id)))) expect(ids).toContain(p);
		expect(ids.some((id) => /^(kaz|kgz|tjk|tkm|uzb)-/.test(id))).toBe(false);
		const edges = (await views(emptySelection(), 'country')).edges;
		expect(edges.some((r) => r.source === r.target)).toBe(false);
	});

	it('the network ignores its own org clause', async () => {
		const org = events[0].agencies[0]?.id ?? events.find((e) => e.agencies.length)!.agencies[0].id;
		const all = (await views(emptySelection())).nodes;
		const picked = (await views(sel({ org: [org] }))).nodes;
		expect(picked).toEqual(all);
	});
});

describe('listQuery', () => {
	it('lists the events of the whole selection, newest first, with place names and partners', async () => {
		const placeById = new Map(db.places.map((p) => [p.id, p]));
		await forEachSelection(async (s) => {
			const rows = await run<ListRow>(listQuery(s));
			const expected = events
				.filter((e) => isDated(e) && passes(e, s))
				.sort((a, b) => (a.date_start === b.date_start ? (a.id < b.id ? -1 : 1) : a.date_start! > b.date_start! ? -1 : 1))
				.map((e) => ({
					id: e.id,
					date_start: e.date_start,
					date_end: e.date_end,
					title: e.title,
					kind: e.kind,
					topic: e.topic,
					place_id: e.place?.id ?? null,
					place_name: e.place ? placeById.get(e.place.id)!.name : null,
					place_name_ru: e.place ? placeById.get(e.place.id)!.name_ru : null,
					country: e.country,
					flags: e.flags.join(','),
					year_explicit: e.year_explicit,
					partners: e.partners.length ? e.partners.map((p) => orgById.get(p.id)!.short).sort().join(', ') : null
				}));
			expect(rows).toEqual(expected);
		});
	});

	it('honours the limit, and survives a limit that is not a positive number', async () => {
		expect(await run<ListRow>(listQuery(emptySelection(), 3))).toHaveLength(3);
		expect(await run<ListRow>(listQuery(emptySelection(), 0))).toHaveLength(1);
		const dated = events.filter(isDated).length;
		expect(await run<ListRow>(listQuery(emptySelection(), Number.NaN))).toHaveLength(Math.min(dated, 500));
		expect(await run<ListRow>(listQuery(emptySelection(), Number.POSITIVE_INFINITY))).toHaveLength(dated);
	});

	it('lists the undated events apart: every clause but time, by id, and counts them', async () => {
		expect(events.some((e) => !isDated(e))).toBe(true);
		await forEachSelection(async (s) => {
			const rows = await run<ListRow>(listQuery(s, 500, false));
			const expected = events.filter((e) => !isDated(e) && passes(e, s, ['time'])).sort(byStart);
			expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
			expect(rows.every((r) => r.date_start === null && r.date_end === null)).toBe(true);
			const [{ n }] = await run<{ n: number }>(undatedQuery(s));
			expect(n).toBe(expected.length);
		});
	});
});

describe('facets', () => {
	const valuesOf: Record<'partners' | 'countries' | 'kinds' | 'topics', (e: Event) => string[]> = {
		partners: (e) => e.partners.map((p) => p.id),
		countries: (e) => [...countriesOf(e)],
		kinds: (e) => [e.kind],
		topics: (e) => (e.topic ? [e.topic] : [])
	};
	const own = { partners: 'partner', countries: 'country', kinds: 'kind', topics: 'topic' } as const;

	it.each(['partners', 'countries', 'kinds', 'topics'] as const)('%s: cross-filtered counts, every value kept', async (facet) => {
		await forEachSelection(async (s) => {
			const rows = (await views(s)).facets[facet];
			const n = new Tally();
			const total = new Tally();
			for (const e of events) {
				for (const v of valuesOf[facet](e)) {
					total.add(v, e.id);
					if (passes(e, s, [own[facet]])) n.add(v, e.id);
				}
			}
			const expected = total.keys().map((value) => ({ value, n: n.get(value), total: total.get(value) }));
			const k = byKey((r: FacetRow) => r.value);
			expect([...rows].sort(k)).toEqual(expected.sort(k));
			for (let i = 1; i < rows.length; i++) {
				const [a, b] = [rows[i - 1], rows[i]];
				expect(a.n > b.n || (a.n === b.n && (a.total > b.total || (a.total === b.total && a.value < b.value)))).toBe(true);
			}
		});
	});

	it('a facet ignores its own clause but follows the others', async () => {
		const partner = events.find((e) => e.partners.length)!.partners[0].id;
		const all = (await views(emptySelection())).facets.partners;
		expect((await views(sel({ partner: [partner] }))).facets.partners).toEqual(all);
		const kinds = (await views(sel({ partner: [partner] }))).facets.kinds;
		const withPartner = events.filter((e) => e.partners.some((p) => p.id === partner));
		expect(kinds.reduce((s, r) => s + r.n, 0)).toBe(withPartner.length);
	});
});

describe('eventDetailQuery', () => {
	it('returns the event with its source text and spans', async () => {
		for (const e of [events[0], events[events.length - 1]]) {
			const rows = await run<Record<string, unknown>>(eventDetailQuery(e.id));
			expect(rows).toHaveLength(1);
			const r = rows[0];
			expect(r).toMatchObject({
				id: e.id,
				title: e.title,
				kind: e.kind,
				topic: e.topic,
				date_start: e.date_start,
				date_end: e.date_end,
				source: e.source,
				flags: e.flags.join(','),
				year_explicit: e.year_explicit,
				participants_count: e.participants_count,
				place_id: e.place?.id ?? null,
				country: e.country
			});
			expect(JSON.parse(r.spans as string)).toEqual(e.spans);
			const text = db.dataset.sources.find((s) => s.file === e.source)!.text as string;
			expect(r.text).toBe(text);
			const [a, b] = e.spans.item;
			expect([r.span_start, r.span_end]).toEqual([a, b]);
		}
	});

	it('returns nothing for an unknown id', async () => {
		expect(await run(eventDetailQuery('no-such-event'))).toEqual([]);
	});
});

function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
