// A bin's bar: selected at the bottom, matching, then the rest; by country within each tone; small parts kept visible; the count axis; hit tests.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import type { TimelineRow } from '../../../../src/lib/crossfilter/rows';
import { binTotals, countBins, fromEvents, OTHER_LANE, type Counted } from '../../../../src/lib/views/timeline/binning';
import { toDay } from '../../../../src/lib/views/timeline/days';
import {
	ALL,
	cellsOf,
	countScale,
	countTicks,
	MIN_PART_PX,
	MIN_SELECTED_PX,
	seriesPresent,
	stackAt,
	stackBins,
	stackSpan
} from '../../../../src/lib/views/timeline/stacks';

const day = (first: string, country: string | null, n: number, n_active: number): Counted => ({ first, last: first, country, n, n_active });

/** 2019: 100 events in January (2 of them matching, in Kazakhstan), 40 in Latvia in February; 10 in March. */
const items: Counted[] = [
	day('2019-01-10', 'KAZ', 30, 2),
	day('2019-01-20', 'UZB', 70, 0),
	day('2019-02-05', 'LVA', 40, 40),
	day('2019-03-15', null, 10, 5)
];
const bins = countBins(items, 'month', null);
const totals = binTotals(bins);
const scale = countScale(totals, 100);

describe('countScale and countTicks', () => {
	it('maps 0 to the base and the busiest bin to at most the plot’s height, on a nice domain', () => {
		expect(scale(0)).toBe(0);
		expect(scale(100)).toBeLessThanOrEqual(100);
		expect(scale.domain()[1]).toBe(100);
	});

	it('numbers whole counts only, in the page’s language', () => {
		expect(countTicks(scale, 'en').map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
		const few = countScale(binTotals(countBins([day('2019-01-01', 'KAZ', 2, 2)], 'month', null)), 100);
		expect(countTicks(few, 'en').every((t) => /^\d+$/.test(t.label))).toBe(true);
		const big = countScale([{ ...totals[0], n: 123_456 }], 100);
		expect(countTicks(big, 'en').at(-1)!.label).toMatch(/k$/);
	});

	it('numbers fewer counts on a shallow plot (a slide’s), none closer than its labels need', () => {
		const twelve = [{ ...totals[0], n: 12 }];
		expect(countTicks(countScale(twelve, 140), 'en').length).toBe(7);
		const shallow = countTicks(countScale(twelve, 76), 'en');
		expect(shallow.map((t) => t.label)).toEqual(['0', '5', '10']);
		for (let i = 1; i < shallow.length; i++) expect(shallow[i].y - shallow[i - 1].y).toBeGreaterThanOrEqual(25);
	});
});

describe('stackBins', () => {
	it('draws one total series: selected at the bottom, the rest above, the bar as tall as its count', () => {
		const [jan] = stackBins(bins, totals, false, scale);
		expect(jan.parts.map((p) => [p.key, p.tone, p.n])).toEqual([
			[ALL, 'selected', 2],
			[ALL, 'context', 98]
		]);
		expect(jan.parts[0].y0).toBe(0);
		expect(jan.parts[1].y0).toBe(jan.parts[0].y1);
		expect(jan.top).toBeCloseTo(scale(100), 6);
	});

	it('keeps a small selection at least MIN_SELECTED_PX tall, and any other part at least MIN_PART_PX', () => {
		const tall = countScale([{ ...totals[0], n: 10_000 }], 100);
		const [jan] = stackBins(bins, totals, false, tall);
		expect(jan.parts[0].y1 - jan.parts[0].y0).toBe(MIN_SELECTED_PX);
		expect(jan.parts[1].y1 - jan.parts[1].y0).toBeGreaterThanOrEqual(MIN_PART_PX);
	});

	it('by country, stacks every country’s selected part first, then every country’s rest', () => {
		const [jan, , mar] = stackBins(bins, totals, true, scale);
		expect(jan.parts.map((p) => [p.key, p.tone, p.n])).toEqual([
			['KAZ', 'selected', 2],
			['KAZ', 'context', 28],
			['UZB', 'context', 70]
		]);
		expect(mar.parts.map((p) => [p.key, p.tone])).toEqual([
			['', 'selected'],
			['', 'context']
		]);
		expect(seriesPresent(bins)).toEqual(['KAZ', 'UZB', OTHER_LANE, '']);
	});

	it('puts the matching events outside the window between the selected and the rest', () => {
		const windowed = countBins(items, 'month', ['2019-02-01', '2019-12-31']);
		const [jan, feb] = stackBins(windowed, binTotals(windowed), false, scale);
		expect(jan.parts.map((p) => p.tone)).toEqual(['matching', 'context']);
		expect(feb.parts.map((p) => p.tone)).toEqual(['selected']);
	});
});

describe('cells and hit tests', () => {
	const rows: TimelineRow[] = ['a', 'b', 'c'].map((id, i) => ({
		id,
		date_start: `2019-01-0${i + 1}`,
		date_end: `2019-01-0${i + 1}`,
		country: 'KAZ',
		kind: 'workshop',
		topic: null,
		title: id,
		place_id: null,
		flags: '',
		active: id !== 'c'
	}));
	const counted = countBins(fromEvents(rows), 'month', null);
	const [jan] = stackBins(counted, binTotals(counted), false, d3.scaleLinear().domain([0, 3]).range([0, 60]));
	const x = d3.scaleUtc().domain([toDay('2018-12-01'), toDay('2019-03-01')]).range([0, 900]);

	it('divides a part evenly among its events, in the rows’ order', () => {
		expect(cellsOf(jan.parts[0])).toEqual([
			{ id: 'a', y0: 0, y1: 20 },
			{ id: 'b', y0: 20, y1: 40 }
		]);
		expect(cellsOf(jan.parts[1])).toEqual([{ id: 'c', y0: 40, y1: 60 }]);
	});

	it('finds the bin under the pointer’s x and the event under its height', () => {
		const mid = x(toDay('2019-01-16'));
		expect(stackAt([jan], x, mid, 25)).toEqual({ stack: jan, id: 'b' });
		expect(stackAt([jan], x, mid, 80)).toEqual({ stack: jan, id: null });
		expect(stackAt([jan], x, x(toDay('2019-02-10')), 10)).toBeNull();
	});

	it('spans a bin with a small gap either side', () => {
		const s = stackSpan(jan, x);
		expect(s.x).toBeGreaterThan(x(toDay('2019-01-01')));
		expect(s.x + s.width).toBeLessThan(x(toDay('2019-02-01')));
		expect(s.width).toBeGreaterThan(0.8 * (x(toDay('2019-02-01')) - x(toDay('2019-01-01'))));
	});
});
