// The events CSV's SQL (exportQuery) on the seed dataset in node DuckDB: every event of the selection, each field checked against the ingest's own events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportQuery, listQuery, type ExportRow, type Query } from '../../../src/lib/crossfilter/queries';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import type { Event, Org, Place } from '../../../src/lib/model/event';
import { openTestDb, type TestDb } from './db';
import { byStart, passes } from './facts';

let db: TestDb;
let events: Event[];
let orgById: Map<string, Org>;
let placeById: Map<string, Place>;
const run = <T>(q: Query) => db.query<T>(q.sql, q.params);
const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });
const joined = (xs: string[]) => (xs.length ? [...xs].sort().join('; ') : null);

beforeAll(async () => {
	db = await openTestDb();
	events = db.events;
	orgById = new Map(db.orgs.map((o) => [o.id, o]));
	placeById = new Map(db.places.map((p) => [p.id, p]));
});
afterAll(() => db?.close());

/** The row the CSV should hold for `e`, worked out from the event itself. */
function expectedRow(e: Event): ExportRow {
	const place = e.place ? placeById.get(e.place.id)! : null;
	return {
		id: e.id,
		date_start: e.date_start,
		date_end: e.date_end,
		title: e.title,
		kind: e.kind,
		topic: e.topic,
		place: place?.name ?? null,
		place_ru: place?.name_ru ?? null,
		country: e.country,
		partners: joined(e.partners.map((p) => orgById.get(p.id)!.short)),
		agencies: joined(e.agencies.map((a) => orgById.get(a.id)!.short)),
		participant_countries: joined(e.participant_countries.filter((c) => c !== e.country)),
		participants_count: e.participants_count,
		year_explicit: e.year_explicit,
		flags: e.flags.length ? e.flags.join('; ') : null,
		source: e.source,
		source_url: e.source_url ?? null
	};
}

const byDate = byStart;

describe('exportQuery', () => {
	it('gives the columns of the CSV contract, in order', async () => {
		const rows = await run<ExportRow>(exportQuery(emptySelection()));
		expect(Object.keys(rows[0])).toEqual([...EXPORT_COLUMNS]);
	});

	it('gives every event, field by field, oldest first, with no selection', async () => {
		const rows = await run<ExportRow>(exportQuery(emptySelection()));
		expect(rows).toEqual([...events].sort(byDate).map(expectedRow));
	});

	it('gives exactly the events of the whole selection, for selections across every dimension', async () => {
		const partners = [...new Set(events.flatMap((e) => e.partners.map((p) => p.id)))].sort();
		const places = [...new Set(events.map((e) => e.place?.id).filter((x): x is string => !!x))].sort();
		const selections: Selection[] = [
			...partners.map((p) => sel({ partner: [p] })),
			sel({ partner: partners.slice(0, 2), time: ['2018-01-01', '2019-06-30'] }),
			sel({ country: ['KGZ'] }),
			sel({ place: places.slice(0, 2), kind: ['workshop', 'training'] }),
			sel({ org: [events[0].agencies[0]?.id ?? events[0].partners[0].id] }),
			sel({ topic: [events.find((e) => e.topic)!.topic!] }),
			sel({ time: ['2099-01-01', '2099-12-31'] })
		];
		for (const s of selections) {
			const rows = await run<ExportRow>(exportQuery(s));
			const expected = events.filter((e) => passes(e, s)).sort(byDate).map(expectedRow);
			expect(rows, JSON.stringify(s)).toEqual(expected);
		}
	});

	it('is not capped like the list: it returns more rows than a list limited below the selection size', async () => {
		const all = await run<ExportRow>(exportQuery(emptySelection()));
		const list = await run(listQuery(emptySelection(), 3));
		expect(list.length).toBe(3);
		expect(all.length).toBe(events.length);
		expect(all.length).toBeGreaterThan(3);
	});

	it('keeps the Russian place names', async () => {
		const rows = await run<ExportRow>(exportQuery(emptySelection()));
		const withPlace = rows.filter((r) => r.place_ru);
		expect(withPlace.length).toBeGreaterThan(0);
		for (const r of withPlace) expect(r.place_ru).toMatch(/[А-Яа-яЁё]/);
	});

	it('binds the selection as parameters: a hostile value selects nothing and breaks nothing', async () => {
		const q = exportQuery(sel({ partner: ["x') OR TRUE --"] }));
		expect(q.sql).not.toContain('OR TRUE');
		expect(q.params).toEqual(["x') OR TRUE --"]);
		expect(await run(q)).toEqual([]);
	});
});
