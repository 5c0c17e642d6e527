// The list's pages on the bundled dataset in node DuckDB: every event of the selection exactly once, in the asked order with its ties broken, undated last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPageQuery, type ListSort, type SortDir } from '../../../src/lib/crossfilter/listpage';
import { listQuery, type Query } from '../../../src/lib/crossfilter/queries';
import type { ListRow } from '../../../src/lib/crossfilter/rows';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import type { Event } from '../../../src/lib/model/event';
import { openTestDb, type TestDb } from './db';
import { passes } from './facts';

let db: TestDb;
const run = <T>(q: Query) => db.query<T>(q.sql, q.params);
const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });

beforeAll(async () => {
	db = await openTestDb();
}, 60_000);
afterAll(() => db?.close());

/** Every page of `size` rows, one after another, until a page comes back short. */
async function allPages(s: Selection, sort: ListSort, dir: SortDir, size: number, lang: 'en' | 'ru' = 'en'): Promise<ListRow[]> {
	const out: ListRow[] = [];
	for (let offset = 0; ; offset += size) {
		const page = await run<ListRow>(listPageQuery(s, sort, dir, offset, size, lang));
		out.push(...page);
		if (page.length < size) return out;
	}
}

const cmp = (a: string | null, b: string | null, dir: SortDir) => {
	// Missing keys last whichever way the rest runs.
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return (a < b ? -1 : 1) * (dir === 'asc' ? 1 : -1);
};
const byId = (a: Event, b: Event) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The oracle: the selection's events ordered in plain JS as the list promises. */
function expected(s: Selection, sort: ListSort, dir: SortDir, lang: 'en' | 'ru' = 'en'): string[] {
	const places = new Map(db.places.map((p) => [p.id, p]));
	const placeName = (e: Event) => {
		const p = (e.place && places.get(e.place.id)) ?? (e.country ? places.get(e.country) : undefined);
		return p ? (lang === 'ru' ? p.name_ru || p.name : p.name).toLowerCase() : null;
	};
	const key = (e: Event): string | null =>
		sort === 'kind' ? e.kind : sort === 'place' ? placeName(e) : sort === 'partner' ? (e.partners.length ? e.partners.map((p) => p.short).sort().join(', ') : null) : null;
	const passing = db.events.filter((e) => passes(e, s) && (!s.time || (e.date_start !== null && e.date_end! >= s.time[0] && e.date_start <= s.time[1])));
	return passing
		.sort((a, b) =>
			sort === 'date'
				? cmp(a.date_start, b.date_start, dir) || byId(a, b)
				: cmp(key(a), key(b), dir) || cmp(a.date_start, b.date_start, 'desc') || byId(a, b)
		)
		.map((e) => e.id);
}

describe('listPageQuery', { timeout: 60_000 }, () => {
	it('the default order (newest first) begins with the list query’s dated rows, then its undated ones', async () => {
		const dated = await run<ListRow>(listQuery(emptySelection(), 500));
		const undated = await run<ListRow>(listQuery(emptySelection(), 500, false));
		expect(undated.length).toBeGreaterThan(0);
		const all = await run<ListRow>(listPageQuery(emptySelection(), 'date', 'desc', 0, 500));
		expect(all).toEqual([...dated, ...undated]);
		expect(await run<ListRow>(listPageQuery(emptySelection(), 'date', 'desc', 0, 50))).toEqual(dated.slice(0, 50));
	});

	it('pages of 17 reach every event exactly once, in the oracle’s order, for every sort and direction', async () => {
		const s = sel({});
		for (const sort of ['date', 'place', 'kind', 'partner'] as const)
			for (const dir of ['asc', 'desc'] as const) {
				const ids = (await allPages(s, sort, dir, 17)).map((r) => r.id);
				expect(ids, `${sort} ${dir}`).toEqual(expected(s, sort, dir));
				expect(new Set(ids).size).toBe(db.events.length);
			}
	});

	it('undated events come last whichever way the dates run', async () => {
		for (const dir of ['asc', 'desc'] as const) {
			const rows = await allPages(sel({}), 'date', dir, 50);
			const first = rows.findIndex((r) => r.date_start === null);
			expect(first).toBeGreaterThan(0);
			expect(rows.slice(first).every((r) => r.date_start === null)).toBe(true);
		}
	});

	it('ties (one kind, one place) go newest first, then by id; the Russian place names order in Russian', async () => {
		const rows = await allPages(sel({}), 'kind', 'asc', 100);
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1], rows[i]];
			if (a.kind !== b.kind) continue;
			if (a.date_start === b.date_start) expect(a.id < b.id, `${a.id} ${b.id}`).toBe(true);
			else if (b.date_start !== null) expect(a.date_start === null ? false : a.date_start > b.date_start).toBe(true);
		}
		const ru = (await allPages(sel({}), 'place', 'asc', 30, 'ru')).map((r) => r.id);
		expect(ru).toEqual(expected(sel({}), 'place', 'asc', 'ru'));
		expect(ru).not.toEqual(expected(sel({}), 'place', 'asc', 'en'));
	});

	it('follows the whole selection: a time window leaves the undated out; a partner and a search narrow it', async () => {
		for (const s of [sel({ time: ['2018-01-01', '2019-12-31'] }), sel({ partner: ['OSCE'], q: 'border' }), sel({ country: ['KGZ'], kind: ['training'] })]) {
			const ids = (await allPages(s, 'place', 'desc', 9)).map((r) => r.id);
			expect(ids, JSON.stringify(s)).toEqual(expected(s, 'place', 'desc'));
		}
		const windowed = await allPages(sel({ time: ['2018-01-01', '2019-12-31'] }), 'date', 'desc', 100);
		expect(windowed.some((r) => r.date_start === null)).toBe(false);
	});

	it('a bad limit or offset becomes a safe whole number', async () => {
		const a = await run<ListRow>(listPageQuery(emptySelection(), 'date', 'desc', -5, Number.NaN));
		expect(a.map((r) => r.id)).toEqual(expected(emptySelection(), 'date', 'desc').slice(0, 100));
		const b = await run<ListRow>(listPageQuery(emptySelection(), 'date', 'desc', 3.7, 2.9));
		expect(b.map((r) => r.id)).toEqual(expected(emptySelection(), 'date', 'desc').slice(3, 5));
		expect(await run<ListRow>(listPageQuery(emptySelection(), 'date', 'desc', 1e6, 10))).toEqual([]);
		expect(listPageQuery(emptySelection(), 'kind', 'asc', '1; DROP TABLE events' as never, 5).sql).not.toContain('DROP');
	});
});
