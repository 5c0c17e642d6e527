// Timeline layout: lanes in a fixed order, bars packed so none in a sub-row touch, a margin around the data, the cache key, hit tests and ticks.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import type { TimelineRow } from '../../../../src/lib/crossfilter/rows';
import { addDays, daysBetween, toDay } from '../../../../src/lib/views/timeline/days';
import {
	axisTicks,
	barAt,
	barSpan,
	EMPTY_DOMAIN,
	eventsKey,
	eventsLayout,
	laneRank,
	MARGIN,
	MIN_BAR_PX,
	tipAnchor,
	type Layout
} from '../../../../src/lib/views/timeline/layout';

const row = (id: string, date_start: string, date_end: string, country: string | null, active = true): TimelineRow => ({
	id,
	date_start,
	date_end,
	country,
	kind: 'workshop',
	topic: null,
	title: `Event ${id}`,
	place_id: country,
	flags: '',
	active
});

const rows: TimelineRow[] = [
	row('a', '2018-03-05', '2018-03-09', 'UZB'),
	row('b', '2018-03-07', '2018-03-08', 'UZB'),
	row('c', '2018-05-01', '2018-05-01', 'KAZ'),
	row('d', '2019-01-10', '2019-01-12', 'LVA'),
	row('e', '2019-02-01', '2019-02-03', 'AUT'),
	row('f', '2019-06-01', '2019-06-02', null),
	row('g', '2018-03-06', '2018-03-06', 'UZB'),
	// The source's end before its start: drawn as one day.
	row('h', '2019-04-10', '2019-04-01', 'KAZ')
];

const scaleOf = (layout: Layout, width = 800) => d3.scaleUtc().domain(layout.domain).range([MARGIN.left, MARGIN.left + width]);

describe('laneRank', () => {
	it('puts the programme countries first in their order, the others by English name, no place last', () => {
		const keys = ['LVA', null, 'UZB', 'AUT', 'KAZ', 'CZE', 'XYZ'];
		const sorted = [...keys].sort((a, b) => {
			const [ra, na] = laneRank(a);
			const [rb, nb] = laneRank(b);
			return ra - rb || na.localeCompare(nb);
		});
		expect(sorted).toEqual(['KAZ', 'UZB', 'AUT', 'CZE', 'LVA', 'XYZ', null]);
	});
});

describe('eventsLayout', () => {
	const layout = eventsLayout(rows);

	it('has a lane per host country in rank order, stacked without gaps', () => {
		expect(layout.lanes.map((l) => l.key)).toEqual(['KAZ', 'UZB', 'AUT', 'LVA', '']);
		expect(layout.lanes[0].y).toBe(MARGIN.top);
		for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i].y).toBe(layout.lanes[i - 1].y + layout.lanes[i - 1].height);
		expect(layout.plotHeight).toBe(layout.lanes.reduce((s, l) => s + l.height, 0));
	});

	it('lists the bars chronologically, each ending the day after its last day', () => {
		expect(layout.bars.map((b) => b.id)).toEqual(['a', 'g', 'b', 'c', 'd', 'e', 'h', 'f']);
		const c = layout.bars.find((b) => b.id === 'c')!;
		expect(daysBetween(c.start, c.end)).toBe(1);
		const h = layout.bars.find((b) => b.id === 'h')!;
		expect(daysBetween(h.start, h.end)).toBe(1);
	});

	it('packs overlapping events into separate sub-rows of their lane and never lets bars in a sub-row touch', () => {
		const uzb = layout.lanes.find((l) => l.key === 'UZB')!;
		const ys = new Set(['a', 'b', 'g'].map((id) => layout.bars.find((b) => b.id === id)!.y));
		expect(ys.size).toBe(3);
		for (const bar of layout.bars.filter((b) => ['a', 'b', 'g'].includes(b.id))) {
			expect(bar.y).toBeGreaterThanOrEqual(uzb.y);
			expect(bar.y + layout.barHeight).toBeLessThanOrEqual(uzb.y + uzb.height);
		}
		for (const sub of layout.subRows) {
			const sorted = [...sub.bars].sort((p, q) => +p.start - +q.start);
			for (let i = 1; i < sorted.length; i++) expect(+sorted[i].start).toBeGreaterThan(+sorted[i - 1].end);
		}
		expect(layout.subRows.flatMap((s) => s.bars)).toHaveLength(rows.length);
	});

	it('spans the data with at least two weeks either side', () => {
		expect(layout.first).toEqual(toDay('2018-03-05'));
		expect(layout.last).toEqual(toDay('2019-06-03'));
		expect(daysBetween(layout.domain[0], layout.first)).toBeGreaterThanOrEqual(14);
		expect(daysBetween(layout.last, layout.domain[1])).toBeGreaterThanOrEqual(14);
	});

	it('shows an empty frame before any data', () => {
		const empty = eventsLayout([]);
		expect(empty.lanes).toEqual([]);
		expect(empty.domain).toEqual(EMPTY_DOMAIN);
		expect(empty.plotHeight).toBe(60);
	});

	it('gives many events thinner rows within the budget, never thinner than a few pixels', () => {
		const many = Array.from({ length: 400 }, (_, i) => row(`m${i}`, '2019-01-01', '2019-01-20', ['KAZ', 'KGZ', 'TJK'][i % 3]));
		const dense = eventsLayout(many);
		expect(dense.barHeight).toBeGreaterThanOrEqual(3);
		expect(dense.barHeight).toBeLessThan(layout.barHeight);
	});
});

describe('eventsKey', () => {
	it('changes with what positions a bar, not with the filters’ flags or titles', () => {
		const flipped = rows.map((r) => ({ ...r, active: !r.active, title: 'other' }));
		expect(eventsKey(flipped)).toBe(eventsKey(rows));
		const moved = rows.map((r, i) => (i === 0 ? { ...r, date_end: '2018-03-10' } : r));
		expect(eventsKey(moved)).not.toBe(eventsKey(rows));
		const rehomed = rows.map((r, i) => (i === 0 ? { ...r, country: 'KAZ' } : r));
		expect(eventsKey(rehomed)).not.toBe(eventsKey(rows));
	});
});

describe('bars on the scale', () => {
	const layout = eventsLayout(rows);
	const x = scaleOf(layout);

	it('keeps a one-day bar at least MIN_BAR_PX wide', () => {
		const c = layout.bars.find((b) => b.id === 'c')!;
		expect(barSpan(c, x).width).toBe(MIN_BAR_PX);
		const zoomed = d3.scaleUtc().domain([toDay('2018-04-25'), toDay('2018-05-05')]).range([MARGIN.left, MARGIN.left + 800]);
		expect(barSpan(c, zoomed).width).toBeCloseTo(80, 6);
	});

	it('finds the bar under a pointer, and none between bars or lanes', () => {
		const d = layout.bars.find((b) => b.id === 'd')!;
		const s = barSpan(d, x);
		expect(barAt(layout, x, s.x + s.width / 2, d.y + 1)?.id).toBe('d');
		expect(barAt(layout, x, s.x + s.width + 30, d.y + 1)).toBeUndefined();
		expect(barAt(layout, x, s.x, -10)).toBeUndefined();
	});

	it('anchors a tooltip over its bar, inside the view, below bars near the top', () => {
		const f = layout.bars.find((b) => b.id === 'f')!;
		const at = tipAnchor(f, x, 300);
		expect(at.left).toBe(180);
		expect(at.top).toBe(f.y);
		expect(f.y).toBeGreaterThan(60);
		expect(at.below).toBe(false);
		const first = layout.bars[0];
		expect(tipAnchor(first, x, 2000).below).toBe(true);
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
