// SQL injection: hostile selection values in every dimension give the right (empty or exact) answer, never an error, and leave the tables intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQuery, eventDetailQuery, listQuery, timelineQuery, type Query } from '../../../src/lib/crossfilter/queries';
import { countedQuery, FAMILY_NAMES } from '../../../src/lib/crossfilter/counted';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { TABLE_NAMES } from '../../../src/lib/model/tables';
import { openTestDb, type TestDb } from './db';

const HOSTILE = [
	"')--",
	"' OR 1=1",
	"' OR '1'='1' --",
	'"; DROP TABLE events; --',
	"'); DROP TABLE events; --",
	"x' UNION SELECT id FROM events --",
	"'",
	"''",
	'"',
	'\\',
	"\\'",
	'%',
	'_',
	'%%',
	'?',
	'$1',
	'NULL',
	'',
	' ',
	'Алматы',
	'a\nb'
];

/** An extra event whose every value is awkward, to check an exact match still finds exactly it. */
const ODD = {
	id: "odd'; DROP TABLE events; --",
	place: "o'hare%_",
	country: "Q'Z",
	org: 'org"\\x',
	partner: "P'%_",
	kind: "work'shop",
	topic: 'a%b_c\\'
};

type ListDim = Exclude<keyof Selection, 'time' | 'pmode' | 'q'>;
const LIST_DIMS: ListDim[] = ['place', 'country', 'org', 'partner', 'kind', 'topic'];

let db: TestDb;
let baseline: number;
const run = <T>(q: Query) => db.query<T>(q.sql, q.params);
const count = async (s: Selection) => (await run<{ n: number }>(countQuery(s)))[0].n;
const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });

/** Every builder under `s`: none may throw. */
const everyQuery = (s: Selection): Query[] => [
	countQuery(s),
	timelineQuery(s),
	listQuery(s),
	...FAMILY_NAMES.map((name) => countedQuery(name, s, 'org')),
	countedQuery('nodes', s, 'country'),
	countedQuery('edges', s, 'country')
];

beforeAll(async () => {
	db = await openTestDb();
	baseline = db.events.length;
	await db.query(
		`INSERT INTO events (id, item_id, session, source, title, kind, topic, date_start, date_end, year_explicit, flags, place_id, country)
		VALUES (?, 'odd', 1, 'odd.txt', 'Odd', ?, ?, DATE '2030-01-01', DATE '2030-01-02', TRUE, '', ?, ?)`,
		[ODD.id, ODD.kind, ODD.topic, ODD.place, ODD.country]
	);
	await db.query(`INSERT INTO event_countries VALUES (?, ?, 'host')`, [ODD.id, ODD.country]);
	await db.query(`INSERT INTO orgs VALUES (?, ?, 'Org', 'Org', '', 'partner', TRUE), (?, ?, 'P', 'P', '', 'partner', TRUE)`, [
		ODD.org,
		ODD.org,
		ODD.partner,
		ODD.partner
	]);
	await db.query(`INSERT INTO event_orgs VALUES (?, ?, 'participant'), (?, ?, 'partner')`, [ODD.id, ODD.org, ODD.id, ODD.partner]);
});

afterAll(() => db?.close());

describe.each(LIST_DIMS)('hostile %s values', (dim) => {
	// All at once is enough: IN (...) selects the union of what each value selects, so each alone selects nothing too.
	it('select nothing, and every query runs', async () => {
		const s = sel({ [dim]: HOSTILE });
		expect(await count(s)).toBe(0);
		for (const q of everyQuery(s)) await expect(run(q)).resolves.toBeInstanceOf(Array);
	});

	it('next to a real value, select exactly what the real value selects', async () => {
		const real = sel({ [dim]: [ODD[dim]] });
		expect(await count(real)).toBe(1);
		expect(await count(sel({ [dim]: [...HOSTILE, ODD[dim]] }))).toBe(1);
		const rows = await run<{ id: string }>(listQuery(sel({ [dim]: [ODD[dim], ...HOSTILE] })));
		expect(rows.map((r) => r.id)).toEqual([ODD.id]);
	});

	it('% and _ are not wildcards: a near spelling of the odd value matches nothing', async () => {
		const value = ODD[dim];
		const near = value.replace(/[%_]/g, 'x').replace(/'/g, '%');
		const lastWild = value.slice(0, -1) + (value.endsWith('_') ? '%' : '_');
		expect(await count(sel({ [dim]: [...(near === value ? [] : [near]), lastWild, '%', '_%'] }))).toBe(0);
	});
});

describe('hostile time bounds', () => {
	it('as from, as to or as both, select nothing', async () => {
		for (const v of HOSTILE) {
			for (const time of [
				[v, '9999-12-31'],
				['0001-01-01', v],
				[v, v]
			] as [string, string][]) {
				expect(await count(sel({ time })), JSON.stringify(time)).toBe(0);
			}
		}
	});

	it.each(HOSTILE.slice(0, 6))('%j as a bound: every query runs', async (v) => {
		for (const q of everyQuery(sel({ time: [v, '9999-12-31'] }))) await expect(run(q)).resolves.toBeInstanceOf(Array);
	});

	it('a valid window still works next to the odd event', async () => {
		expect(await count(sel({ time: ['2030-01-02', '2030-01-02'] }))).toBe(1);
	});
});

describe('hostile ids and limits', () => {
	it('eventDetailQuery finds the odd id exactly and nothing for hostile ones', async () => {
		for (const v of HOSTILE) expect(await run(eventDetailQuery(v))).toEqual([]);
		expect((await run<{ id: string }>(eventDetailQuery(ODD.id))).map((r) => r.id)).toEqual([ODD.id]);
	});

	it('listQuery with a hostile limit still lists', async () => {
		const limits = [Number.NaN, -1, 0, 1.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1; DROP TABLE events' as unknown as number];
		for (const limit of limits) await expect(run(listQuery(emptySelection(), limit))).resolves.toBeInstanceOf(Array);
	});
});

describe('after all of it', () => {
	it('every table is still there with its rows', async () => {
		const extra: Record<string, number> = { events: 1, event_countries: 1, orgs: 2, event_orgs: 2 };
		for (const name of TABLE_NAMES) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${name}`);
			expect(n, name).toBe(db.dataset[name].length + (extra[name] ?? 0));
		}
		expect(await count(emptySelection())).toBe(baseline + 1);
	});
});
