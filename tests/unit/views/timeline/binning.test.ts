// A density timeline: the five countries' lanes then one for the rest, weekly step shapes scaled by √n, and the per-year table.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import type { TimelineBinRow } from '../../../../src/lib/crossfilter/density';
import { COUNTRY_COLOUR, OTHER_COLOUR } from '../../../../src/lib/views/palette';
import { BIN_DAYS, binsKey, binsLayout, densityPaths, laneOfBin, OTHER_LANE, yearTable } from '../../../../src/lib/views/timeline/binning';
import { addDays, toDay } from '../../../../src/lib/views/timeline/days';
import { MARGIN } from '../../../../src/lib/views/timeline/layout';

const bin = (country: string | null, week: string, n: number, n_active = n): TimelineBinRow => ({ country, bin: week, n, n_active });

const bins: TimelineBinRow[] = [
	bin('UZB', '2018-12-31', 4, 1),
	bin('KAZ', '2018-12-31', 16, 16),
	bin('KAZ', '2019-01-07', 1, 0),
	bin('LVA', '2019-01-07', 2),
	bin('AUT', '2019-01-07', 3),
	bin(null, '2019-02-04', 1),
	bin('KAZ', '2017-12-25', 2, 2)
];

describe('laneOfBin', () => {
	it('keeps the programme countries, pools the others, and leaves no place apart', () => {
		expect(laneOfBin('KGZ')).toBe('KGZ');
		expect(laneOfBin('LVA')).toBe(OTHER_LANE);
		expect(laneOfBin(null)).toBe('');
	});
});

describe('binsLayout', () => {
	const layout = binsLayout(bins);

	it('has the programme lanes present in their order, then the others, then no place', () => {
		expect(layout.lanes.map((l) => l.key)).toEqual(['KAZ', 'UZB', OTHER_LANE, '']);
		expect(layout.lanes.map((l) => l.colour)).toEqual([COUNTRY_COLOUR.KAZ, COUNTRY_COLOUR.UZB, OTHER_COLOUR, OTHER_COLOUR]);
		expect(layout.lanes[0].y).toBe(MARGIN.top);
		expect(new Set(layout.lanes.map((l) => l.height)).size).toBe(1);
		expect(layout.bars).toEqual([]);
	});

	it('runs from the first week to the end of the last, with a margin', () => {
		expect(layout.first).toEqual(toDay('2017-12-25'));
		expect(layout.last).toEqual(addDays(toDay('2019-02-04'), BIN_DAYS));
		expect(+layout.domain[0]).toBeLessThan(+layout.first);
		expect(+layout.domain[1]).toBeGreaterThan(+layout.last);
	});
});

describe('binsKey', () => {
	it('changes with the lanes and the extent, not with the counts', () => {
		const recounted = bins.map((b) => ({ ...b, n: b.n + 5, n_active: 0 }));
		expect(binsKey(recounted)).toBe(binsKey(bins));
		expect(binsKey(bins.filter((b) => b.country !== null))).not.toBe(binsKey(bins));
		expect(binsKey([...bins, bin('KAZ', '2019-06-03', 1)])).not.toBe(binsKey(bins));
	});
});

describe('densityPaths', () => {
	const layout = binsLayout(bins);
	const x = d3.scaleUtc().domain(layout.domain).range([MARGIN.left, MARGIN.left + 700]);
	const paths = densityPaths(bins, layout.lanes, x);
	/** The tops of a path's steps, in order. */
	const tops = (d: string) => [...d.matchAll(/V([\d.]+)H/g)].map((m) => Number(m[1]));

	it('draws a step per week of a lane, its width a week on the scale', () => {
		const kaz = paths.find((p) => p.key === 'KAZ')!;
		expect(kaz.all.match(/M/g)).toHaveLength(3);
		const [, a, b] = /M([\d.]+) [\d.]+V[\d.]+H([\d.]+)/.exec(kaz.all)!;
		expect(Number(b) - Number(a)).toBeCloseTo(x(toDay('2018-01-01')) - x(toDay('2017-12-25')), 0);
	});

	it('scales heights by the square root of the count against the busiest week', () => {
		const lane = layout.lanes.find((l) => l.key === 'KAZ')!;
		const base = lane.y + lane.height - 2;
		const room = lane.height - 5;
		const kaz = paths.find((p) => p.key === 'KAZ')!;
		const heights = tops(kaz.all).map((t) => base - t);
		// Weeks in the order the bins came: 16 (the busiest), 1, 2.
		expect(heights[0]).toBeCloseTo(room, 0);
		expect(heights[1]).toBeCloseTo(room / 4, 0);
		expect(heights[2]).toBeCloseTo(room * Math.sqrt(2 / 16), 0);
	});

	it('leaves weeks with nothing matching out of the active shape', () => {
		const kaz = paths.find((p) => p.key === 'KAZ')!;
		expect(kaz.active.match(/M/g)).toHaveLength(2);
		const other = paths.find((p) => p.key === OTHER_LANE)!;
		// LVA and AUT share their week: one step of 5.
		expect(other.all.match(/M/g)).toHaveLength(1);
	});

	it('draws nothing without bins', () => {
		expect(densityPaths([], layout.lanes, x)).toEqual([]);
	});
});

describe('yearTable', () => {
	it('sums events per lane and year, in the lanes’ order then by year', () => {
		const order = binsLayout(bins).lanes.map((l) => l.key);
		expect(yearTable(bins, order)).toEqual([
			{ lane: 'KAZ', year: '2017', n: 2, active: 2 },
			{ lane: 'KAZ', year: '2018', n: 16, active: 16 },
			{ lane: 'KAZ', year: '2019', n: 1, active: 0 },
			{ lane: 'UZB', year: '2018', n: 4, active: 1 },
			{ lane: OTHER_LANE, year: '2019', n: 5, active: 5 },
			{ lane: '', year: '2019', n: 1, active: 1 }
		]);
	});
});
