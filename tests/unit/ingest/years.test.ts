import { describe, expect, it } from 'vitest';
import { findDates, resolveRange } from '../../../src/lib/ingest/dates';
import { inferYears } from '../../../src/lib/ingest/years';

/** One item per string, newest first as in a news page. */
const items = (...texts: string[]) => texts.map((t) => findDates(t));
const ends = (texts: string[], context: number | null = null) => {
	const its = items(...texts);
	return inferYears(its, context).map((y, i) => ({
		dates: its[i].map((m, k) => (y.years.length ? resolveRange(m, y.years[k]).date_start : null)),
		explicit: y.explicit,
		how: y.how
	}));
};

describe('year inference', () => {
	it('takes the stated year of the item below for items above it', () => {
		const r = ends(['March 12-14', 'February 19-21', 'February 12-14, 2019']);
		expect(r.map((x) => x.dates[0])).toEqual(['2019-03-12', '2019-02-19', '2019-02-12']);
		expect(r.map((x) => x.explicit)).toEqual([false, false, true]);
		expect(r[0].how).toBe('neighbours');
	});

	it('moves to the next year when the date would be older than the item below', () => {
		const r = ends(['January 29-February 01', 'January 22-24', '20 December 2018']);
		expect(r.map((x) => x.dates[0])).toEqual(['2019-01-29', '2019-01-22', '2018-12-20']);
	});

	it('tolerates an item a little older than the one below it without jumping a year', () => {
		const r = ends(['February 10', 'February 12, 2019']);
		expect(r[0].dates[0]).toBe('2019-02-10');
	});

	it('compares by the latest session, so a multi-session item ending later stays in the same year', () => {
		const r = ends(['February 28-30 and March 28-30', 'March 13 -15 March, 2018']);
		expect(r[0].dates).toEqual(['2018-02-28', '2018-03-28']);
	});

	it('at the bottom of a file, takes the year of the item above', () => {
		const r = ends(['5 December 2018', 'November 12-14', 'October 1-3']);
		expect(r.map((x) => x.dates[0])).toEqual(['2018-12-05', '2018-11-12', '2018-10-01']);
	});

	it('at the bottom of a file, goes back a year when the date would be newer than the item above', () => {
		const r = ends(['15 January 2019', 'December 3-5']);
		expect(r[1].dates[0]).toBe('2018-12-03');
	});

	it('uses the context year when no item states one', () => {
		const r = ends(['March 3-5', 'February 1-2'], 2017);
		expect(r.map((x) => x.dates[0])).toEqual(['2017-03-03', '2017-02-01']);
		expect(r.every((x) => x.how === 'context' && !x.explicit)).toBe(true);
	});

	it('says the year is unknown when nothing states one', () => {
		const r = ends(['March 3-5']);
		// No guess: no years at all, so the item is kept without a date.
		expect(r[0]).toMatchObject({ how: 'unknown', explicit: false, dates: [null] });
	});

	it('gives a stated year to the other sessions of the same item', () => {
		const r = ends(['21-23 February in A and 26-28 February 2018 in B']);
		expect(r[0]).toMatchObject({ explicit: true, dates: ['2018-02-21', '2018-02-26'] });
	});

	it('rolls sessions over new year inside one item', () => {
		const r = ends(['December 18-20 in A and January 15-17 in B', '3 December 2018']);
		expect(r[0].dates).toEqual(['2018-12-18', '2019-01-15']);
	});
});
