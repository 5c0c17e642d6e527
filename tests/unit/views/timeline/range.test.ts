// Typed dates and presets: what parses, what is refused and why, the data's years, the last twelve months, a year's window.
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../../src/lib/views/timeline/days';
import { dataYears, lastTwelveMonths, parseDay, parseRange, yearOf, yearWindow } from '../../../../src/lib/views/timeline/range';

describe('parseDay and parseRange', () => {
	it('takes real days written YYYY-MM-DD only', () => {
		expect(parseDay(' 2019-02-28 ')).toBe('2019-02-28');
		expect(parseDay('2019-02-30')).toBeNull();
		expect(parseDay('2019-2-3')).toBeNull();
		expect(parseDay('')).toBeNull();
		expect(parseDay('next week')).toBeNull();
	});

	it('gives a window, or says why not', () => {
		expect(parseRange('2019-01-01', '2019-03-31')).toEqual({ window: ['2019-01-01', '2019-03-31'] });
		expect(parseRange('2019-01-01', '2019-01-01')).toEqual({ window: ['2019-01-01', '2019-01-01'] });
		expect(parseRange('2019-04-01', '2019-03-31')).toEqual({ problem: 'order' });
		expect(parseRange('2019-04-01', '')).toEqual({ problem: 'unparsable' });
		expect(parseRange('soon', '2019-03-31')).toEqual({ problem: 'unparsable' });
	});
});

describe('presets', () => {
	const extent = { first: toDay('2015-03-10'), last: toDay('2023-01-01') };

	it('lists every year the data touches; the exclusive end does not add one', () => {
		expect(dataYears(extent)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
	});

	it('takes the twelve months up to the data’s last day', () => {
		expect(lastTwelveMonths(extent)).toEqual(['2022-01-01', '2022-12-31']);
		expect(lastTwelveMonths({ last: toDay('2022-06-15') })).toEqual(['2021-06-15', '2022-06-14']);
	});

	it('knows a year’s window and recognises one', () => {
		expect(yearWindow(2019)).toEqual(['2019-01-01', '2019-12-31']);
		expect(yearOf(['2019-01-01', '2019-12-31'])).toBe(2019);
		expect(yearOf(['2019-01-01', '2019-12-30'])).toBeNull();
		expect(yearOf(null)).toBeNull();
	});
});
