// The list's paging as data: page one from the views' rows, the order a header click gives, the undated section, the steps and the words.
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../../src/lib/crossfilter/rows';
import { isViewsPage, nextOrder, pageLabel, splitUndated, stepOffset, undatedOffset, viewsPage } from '../../../src/lib/views/list/paging';

const row = (id: string, date: string | null): ListRow => ({
	id,
	date_start: date,
	date_end: date,
	title: id,
	kind: 'workshop',
	topic: null,
	place_id: null,
	place_name: null,
	place_name_ru: null,
	country: 'KAZ',
	flags: date ? '' : 'undated',
	year_explicit: true,
	partners: null
});
const dated = (n: number) => Array.from({ length: n }, (_, i) => row(`d${i}`, `2019-01-${String(28 - (i % 28)).padStart(2, '0')}`));
const undated = (n: number) => Array.from({ length: n }, (_, i) => row(`u${i}`, null));

describe('list paging', () => {
	it('page one fills up with the undated after fewer than a page of dated events, unless a window leaves them out', () => {
		expect(viewsPage(dated(98), undated(23), false).map((r) => r.id)).toEqual([...dated(98), ...undated(2)].map((r) => r.id));
		expect(viewsPage(dated(98), undated(23), true)).toHaveLength(98);
		expect(viewsPage(dated(100), undated(23), false).every((r) => r.date_start !== null)).toBe(true);
		expect(viewsPage([], undated(3), false)).toHaveLength(3);
	});

	it('only page one newest first comes from the views', () => {
		expect(isViewsPage({ sort: 'date', dir: 'desc' }, 0)).toBe(true);
		expect(isViewsPage({ sort: 'date', dir: 'desc' }, 100)).toBe(false);
		expect(isViewsPage({ sort: 'date', dir: 'asc' }, 0)).toBe(false);
		expect(isViewsPage({ sort: 'place', dir: 'desc' }, 0)).toBe(false);
	});

	it('a header click sorts by it (dates newest first, others A to Z); again reverses', () => {
		expect(nextOrder({ sort: 'date', dir: 'desc' }, 'place')).toEqual({ sort: 'place', dir: 'asc' });
		expect(nextOrder({ sort: 'place', dir: 'asc' }, 'place')).toEqual({ sort: 'place', dir: 'desc' });
		expect(nextOrder({ sort: 'place', dir: 'desc' }, 'date')).toEqual({ sort: 'date', dir: 'desc' });
		expect(nextOrder({ sort: 'date', dir: 'desc' }, 'date')).toEqual({ sort: 'date', dir: 'asc' });
	});

	it('under a date order the undated rows are split off last; other orders keep them in place', () => {
		const rows = [...dated(3), ...undated(2)];
		const [a, b] = splitUndated(rows, { sort: 'date', dir: 'asc' });
		expect(a.map((r) => r.id)).toEqual(['d0', 'd1', 'd2']);
		expect(b.map((r) => r.id)).toEqual(['u0', 'u1']);
		expect(splitUndated(rows, { sort: 'kind', dir: 'asc' })).toEqual([rows, []]);
		expect(splitUndated(dated(2), { sort: 'date', dir: 'desc' })[1]).toEqual([]);
	});

	it('steps stay inside the total; the undated begin after the dated', () => {
		expect(stepOffset(0, 121, 1)).toBe(100);
		expect(stepOffset(100, 121, 1)).toBe(null);
		expect(stepOffset(0, 121, -1)).toBe(null);
		expect(stepOffset(98, 121, -1)).toBe(0);
		expect(stepOffset(200, 2345, -1)).toBe(100);
		expect(undatedOffset(121, 23)).toBe(98);
		expect(undatedOffset(5, 23)).toBe(0);
	});

	it('says which rows are shown, in both languages', () => {
		expect(pageLabel(0, 100, 2345, 'en')).toBe('1–100 of 2,345');
		expect(pageLabel(2300, 45, 2345, 'ru')).toBe('2\u00a0301–2\u00a0345 из 2\u00a0345');
		expect(pageLabel(0, 0, 0, 'en')).toBe('0 of 0');
	});
});
