// The shared Selection: toggling values, setting time, and turning clauses into SQL with every value bound, never spliced.
import { describe, expect, it } from 'vitest';
import {
	DIMENSIONS,
	EMPTY,
	activeDimensions,
	clearDimension,
	emptySelection,
	isEmpty,
	sharedWith,
	toPredicate,
	toggle,
	withSearch,
	withTime,
	type Selection
} from '../../../src/lib/crossfilter/selection';

const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length;

describe('toggle', () => {
	it('a plain click selects the value alone, replacing the others', () => {
		expect(toggle(emptySelection(), 'partner', 'OSCE', false).partner).toEqual(['OSCE']);
		expect(toggle(sel({ partner: ['OSCE', 'INL'] }), 'partner', 'IOM', false).partner).toEqual(['IOM']);
		expect(toggle(sel({ partner: ['OSCE', 'INL'] }), 'partner', 'OSCE', false).partner).toEqual(['OSCE']);
	});

	it('a plain click on the only selected value clears the dimension', () => {
		expect(toggle(sel({ place: ['almaty'] }), 'place', 'almaty', false).place).toEqual([]);
	});

	it('an additive click adds or removes one value and keeps the rest', () => {
		const a = toggle(sel({ country: ['KAZ'] }), 'country', 'KGZ', true);
		expect(a.country).toEqual(['KAZ', 'KGZ']);
		expect(toggle(a, 'country', 'KAZ', true).country).toEqual(['KGZ']);
		expect(toggle(sel({ kind: ['workshop'] }), 'kind', 'workshop', true).kind).toEqual([]);
	});

	it('returns a new selection, leaves the input and the other dimensions alone', () => {
		const before = sel({ partner: ['OSCE'], time: ['2018-01-01', '2018-12-31'], topic: ['canine'] });
		const copy = structuredClone(before);
		const after = toggle(before, 'partner', 'INL', true);
		expect(before).toEqual(copy);
		expect(after).not.toBe(before);
		expect(after.time).toEqual(before.time);
		expect(after.topic).toEqual(['canine']);
	});

	it('works from the frozen EMPTY selection', () => {
		expect(toggle(EMPTY, 'org', 'kaz-border', false).org).toEqual(['kaz-border']);
		expect(EMPTY.org).toEqual([]);
	});
});

describe('withTime and clearDimension', () => {
	it('withTime sets or clears the interval and keeps the lists', () => {
		const s = withTime(sel({ place: ['bishkek'] }), ['2018-02-01', '2018-03-01']);
		expect(s.time).toEqual(['2018-02-01', '2018-03-01']);
		expect(s.place).toEqual(['bishkek']);
		expect(withTime(s, null).time).toBeNull();
	});

	it('clearDimension empties one dimension only', () => {
		const s = sel({ time: ['2018-01-01', '2018-01-31'], partner: ['OSCE'], kind: ['training'] });
		expect(clearDimension(s, 'time')).toEqual({ ...s, time: null });
		expect(clearDimension(s, 'partner')).toEqual({ ...s, partner: [] });
		expect(clearDimension({ ...s, q: 'osh' }, 'q')).toEqual(s);
	});

	it('isEmpty and activeDimensions see every dimension', () => {
		expect(isEmpty(emptySelection())).toBe(true);
		for (const d of DIMENSIONS) {
			const s =
				d === 'time' ? withTime(emptySelection(), ['2018-01-01', '2018-01-02']) : d === 'q' ? withSearch(emptySelection(), 'x') : toggle(emptySelection(), d, 'x', false);
			expect(isEmpty(s), d).toBe(false);
			expect(activeDimensions(s)).toEqual([d]);
		}
	});
});

describe('sharedWith', () => {
	it('keeps the previous selection when nothing changed, even as new arrays', () => {
		const prev = sel({ org: ['KZ-BG'], time: ['2019-01-01', '2019-12-31'] });
		expect(sharedWith(prev, sel({ org: ['KZ-BG'], time: ['2019-01-01', '2019-12-31'] }))).toBe(prev);
	});

	it('on a new time window, keeps every other clause’s own array', () => {
		const prev = sel({ org: ['KZ-BG'], partner: ['OSCE'], time: ['2019-01-01', '2019-12-31'] });
		const next = sharedWith(prev, sel({ org: ['KZ-BG'], partner: ['OSCE'], time: ['2019-02-01', '2020-01-31'] }));
		expect(next).not.toBe(prev);
		expect(next.time).toEqual(['2019-02-01', '2020-01-31']);
		expect(next.org).toBe(prev.org);
		expect(next.partner).toBe(prev.partner);
		expect(next.place).toBe(prev.place);
	});

	it('takes a changed clause, and drops one the next selection no longer has', () => {
		const prev = sel({ org: ['KZ-BG'], q: 'customs', pmode: 'all' });
		const next = sharedWith(prev, sel({ org: ['KZ-BG', 'UZ-CU'] }));
		expect(next.org).toEqual(['KZ-BG', 'UZ-CU']);
		expect('q' in next || 'pmode' in next).toBe(false);
		expect(next).toEqual(sel({ org: ['KZ-BG', 'UZ-CU'] }));
	});

	it('without a previous selection, is the next one', () => {
		const next = sel({ kind: ['workshop'] });
		expect(sharedWith(null, next)).toBe(next);
	});
});

describe('toPredicate', () => {
	it('an empty selection is TRUE with no parameters', () => {
		expect(toPredicate(emptySelection())).toEqual({ sql: 'TRUE', params: [] });
	});

	it('binds every value, in placeholder order, and never splices one into the SQL', () => {
		const hostile = "x'); DROP TABLE events; --";
		const s: Selection = {
			time: ['2018-01-01', hostile],
			place: ['almaty', hostile],
			country: [hostile],
			org: ['kaz-border', 'kgz-border', hostile],
			partner: [hostile],
			kind: [hostile, 'workshop'],
			topic: [hostile]
		};
		const p = toPredicate(s);
		expect(p.sql).not.toContain('DROP');
		expect(p.sql).not.toContain('almaty');
		expect(placeholders(p.sql)).toBe(p.params.length);
		expect(p.params).toEqual([
			'2018-01-01',
			hostile,
			'almaty',
			hostile,
			hostile,
			'kaz-border',
			'kgz-border',
			hostile,
			hostile,
			hostile,
			'workshop',
			hostile
		]);
	});

	it('skips the dimensions given in except, with their parameters', () => {
		const s = sel({ time: ['2018-01-01', '2018-12-31'], place: ['almaty'], partner: ['OSCE'], kind: ['training'] });
		const p = toPredicate(s, ['place', 'time']);
		expect(p.params).toEqual(['OSCE', 'training']);
		expect(placeholders(p.sql)).toBe(2);
		expect(p.sql).not.toMatch(/place_id|date_/);
		expect(toPredicate(s, 'partner').params).toEqual(['2018-01-01', '2018-12-31', 'almaty', 'training']);
		expect(toPredicate(s, [...DIMENSIONS])).toEqual({ sql: 'TRUE', params: [] });
	});

	it('time is an overlap test on both ends; a country may host or attend; a partner must be in the partner role', () => {
		const p = toPredicate(sel({ time: ['2019-03-14', '2019-03-20'], country: ['KAZ'], partner: ['OSCE'] }));
		expect(p.sql).toMatch(/e\.date_end >= .*\? .*e\.date_start <= .*\?/);
		expect(p.sql).toMatch(/event_countries WHERE country IN \(\?\)/);
		expect(p.sql).not.toMatch(/role\s*=\s*'host'/);
		expect(p.sql).toMatch(/role = 'partner' AND org_id IN \(\?\)/);
	});
});
