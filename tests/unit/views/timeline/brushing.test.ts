// The brush's maths: pixels snap to whole days, a window comes back to the same pixels, clamps to the plot, and a default window is three months.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { defaultWindowDays, sameWindow, snapToDays, windowPixels, windowWithin } from '../../../../src/lib/views/timeline/brushing';
import { toDay, type DayWindow } from '../../../../src/lib/views/timeline/days';

// 100 days over 1000 px: ten pixels a day, from x = 100.
const x = d3.scaleUtc().domain([toDay('2019-01-01'), toDay('2019-04-11')]).range([100, 1100]);

describe('snapToDays', () => {
	it('rounds each edge to the nearest midnight and gives the last day inclusive', () => {
		expect(snapToDays([100 + 3, 100 + 96], x)).toEqual(['2019-01-01', '2019-01-10']);
		expect(snapToDays([100 + 7, 100 + 104], x)).toEqual(['2019-01-02', '2019-01-10']);
	});

	it('never gives less than a day', () => {
		expect(snapToDays([151, 153], x)).toEqual(['2019-01-06', '2019-01-06']);
	});

	it('gives back the window whose pixels it is given', () => {
		const w: DayWindow = ['2019-02-03', '2019-03-14'];
		expect(snapToDays(windowPixels(w, x, 100, 1100)!, x)).toEqual(w);
	});
});

describe('windowPixels', () => {
	it('covers the window’s days, the last one included', () => {
		expect(windowPixels(['2019-01-02', '2019-01-02'], x, 100, 1100)).toEqual([110, 120]);
	});

	it('clamps to the plot, and gives null for a window out of view or none', () => {
		expect(windowPixels(['2018-12-01', '2019-01-05'], x, 100, 1100)).toEqual([100, 150]);
		expect(windowPixels(['2019-04-01', '2019-06-01'], x, 100, 1100)).toEqual([1000, 1100]);
		expect(windowPixels(['2018-01-01', '2018-02-01'], x, 100, 1100)).toBeNull();
		expect(windowPixels(null, x, 100, 1100)).toBeNull();
	});
});

describe('sameWindow and windowWithin', () => {
	it('compares windows by their days', () => {
		expect(sameWindow(['2019-01-01', '2019-01-02'], ['2019-01-01', '2019-01-02'])).toBe(true);
		expect(sameWindow(['2019-01-01', '2019-01-02'], ['2019-01-01', '2019-01-03'])).toBe(false);
		expect(sameWindow(null, ['2019-01-01', '2019-01-02'])).toBe(false);
		expect(sameWindow(null, null)).toBe(true);
	});

	it('keeps a window only when it lies on the axis, its last day before the axis ends', () => {
		const domain: [Date, Date] = [toDay('2019-01-01'), toDay('2019-04-11')];
		expect(windowWithin(['2019-01-01', '2019-04-10'], domain)).toEqual(['2019-01-01', '2019-04-10']);
		expect(windowWithin(['2019-01-01', '2019-04-11'], domain)).toBeNull();
		expect(windowWithin(['2018-12-31', '2019-02-01'], domain)).toBeNull();
		expect(windowWithin(null, domain)).toBeNull();
	});
});

describe('defaultWindowDays', () => {
	it('counts three calendar months, leap days included', () => {
		expect(defaultWindowDays(toDay('2019-01-01'))).toBe(90);
		expect(defaultWindowDays(toDay('2020-01-01'))).toBe(91);
		expect(defaultWindowDays(toDay('2019-06-01'))).toBe(92);
	});
});
