// Timeline layout: the data's extent with a margin either side (or the empty frame's), and the time axis's ticks.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toDay } from '../../../../src/lib/views/timeline/days';
import { axisTicks, EMPTY_DOMAIN, extentOf } from '../../../../src/lib/views/timeline/layout';

describe('extentOf', () => {
	it('runs from the first day to the end of the last, with at least two weeks either side', () => {
		const e = extentOf(['2018-03-05', '2018-03-09']);
		expect(e.first).toEqual(toDay('2018-03-05'));
		expect(e.last).toEqual(toDay('2018-03-10'));
		expect(daysBetween(e.domain[0], e.first)).toBe(14);
		expect(daysBetween(e.last, e.domain[1])).toBe(14);
	});

	it('widens the margin to 3% of a long span', () => {
		const e = extentOf(['2015-01-01', '2022-12-31']);
		expect(daysBetween(e.domain[0], e.first)).toBe(Math.ceil(daysBetween(e.first, e.last) * 0.03));
		expect(e.domain[1]).toEqual(addDays(e.last, daysBetween(e.domain[0], e.first)));
	});

	it('shows an empty frame before any data', () => {
		expect(extentOf(null).domain).toEqual(EMPTY_DOMAIN);
	});
});

describe('axisTicks', () => {
	it('labels years, months and days, the first tick with its year', () => {
		const x = d3.scaleUtc().domain([toDay('2018-11-01'), toDay('2019-03-01')]).range([0, 320]);
		const ticks = axisTicks(x, 320, 'en');
		expect(ticks.map((t) => t.label)).toEqual(['Nov 2018', 'Dec', '2019', 'Feb', 'Mar']);
		expect(ticks[0].label).toBe('Nov 2018');
		const year = ticks.find((t) => t.year)!;
		expect(year.label).toBe('2019');
		expect(year.x).toBeCloseTo(x(toDay('2019-01-01')), 6);
		expect(ticks.filter((t) => t.year)).toHaveLength(1);
	});

	it('names months in Russian, alone or after a day', () => {
		const months = d3.scaleUtc().domain([toDay('2019-02-01'), toDay('2019-06-01')]).range([0, 320]);
		expect(axisTicks(months, 320, 'ru').map((t) => t.label)).toContain('март');
		const days = d3.scaleUtc().domain([toDay('2019-03-02'), addDays(toDay('2019-03-02'), 20)]).range([0, 800]);
		expect(axisTicks(days, 800, 'ru').some((t) => / мар\.$/.test(t.label))).toBe(true);
	});

	it('draws about one tick per 80 px', () => {
		const x = d3.scaleUtc().domain([toDay('2010-01-01'), toDay('2020-01-01')]).range([0, 800]);
		expect(axisTicks(x, 800, 'en').length).toBeLessThanOrEqual(11);
		expect(axisTicks(x, 160, 'en').length).toBeLessThan(axisTicks(x, 800, 'en').length);
	});
});
