// Exported pictures' geometry: legend rows that fit, heading lines wrapped with an ellipsis, pictures fitted in boxes, the standalone SVG's and the dashboard's blocks.
import { describe, expect, it } from 'vitest';
import {
	contain,
	DASHBOARD_GAP,
	DASHBOARD_PAD,
	DASHBOARD_WIDTH,
	dashboardRow,
	HEAD_SIZE,
	LEGEND_SIZE,
	layoutLegend,
	standaloneLayout,
	SVG_PAD,
	timelineHeight,
	wrapLines,
	type LegendItem
} from '../../../src/lib/export/layout';

/** A fixed-pitch measure: every character 10 px wide. */
const mono = (t: string) => t.length * 10;
const key = (label: string): LegendItem => ({ colour: '#0072b2', opacity: 1, label });

describe('layoutLegend', () => {
	it('places items one after another: swatch, gap, label, spacing', () => {
		const rows = layoutLegend([key('KAZ'), key('Kyrgyzstan')], 1000, 12, mono);
		expect(rows).toHaveLength(1);
		expect(rows[0].map((i) => i.x)).toEqual([0, 12 + 5 + 30 + 16]);
		expect(rows[0][1]).toMatchObject({ label: 'Kyrgyzstan', colour: '#0072b2', opacity: 1 });
	});

	it('starts a new row when the next item would overflow, and keeps every item once in order', () => {
		const items = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Other countries'].map(key);
		const width = 300;
		const rows = layoutLegend(items, width, 12, mono);
		expect(rows.length).toBeGreaterThan(1);
		expect(rows.flat().map((i) => i.label)).toEqual(items.map((i) => i.label));
		for (const row of rows) {
			expect(row[0].x).toBe(0);
			const last = row[row.length - 1];
			if (row.length > 1) expect(last.x + 12 + 5 + mono(last.label) + 16).toBeLessThanOrEqual(width);
		}
	});

	it('gives an item wider than the space a row of its own rather than dropping it', () => {
		const rows = layoutLegend([key('A very long label indeed'), key('B')], 50, 12, mono);
		expect(rows.map((r) => r.map((i) => i.label))).toEqual([['A very long label indeed'], ['B']]);
	});

	it('makes no rows of no items', () => {
		expect(layoutLegend([], 500, 12, mono)).toEqual([]);
	});
});

describe('wrapLines', () => {
	it('keeps a line that fits as it is, with runs of spaces collapsed', () => {
		expect(wrapLines('Filters:  Partner: OSCE', 1000, 3, mono)).toEqual(['Filters: Partner: OSCE']);
	});

	it('breaks between words so that no line is wider than the width', () => {
		const lines = wrapLines('one two three four five six', 100, 5, mono);
		expect(lines).toEqual(['one two', 'three four', 'five six']);
		for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(100);
	});

	it('cuts at `max` lines, the last one shortened to end in an ellipsis within the width', () => {
		const lines = wrapLines('one two three four five six seven eight', 100, 2, mono);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toBe('one two');
		expect(lines[1].endsWith(' …')).toBe(true);
		expect(mono(lines[1])).toBeLessThanOrEqual(100);
		expect('three four'.startsWith(lines[1].slice(0, -2))).toBe(true);
	});

	it('puts a word longer than the width on a line of its own', () => {
		expect(wrapLines('Partnership-building exercise', 80, 3, mono)).toEqual(['Partnership-building', 'exercise']);
	});

	it('gives no lines for blank text', () => {
		expect(wrapLines('   ', 100, 3, mono)).toEqual([]);
	});
});

describe('contain', () => {
	it('scales a wide picture to the box width and centres it vertically', () => {
		expect(contain(400, 100, { x: 10, y: 20, w: 200, h: 200 })).toEqual({ x: 10, y: 95, w: 200, h: 50 });
	});

	it('scales a tall picture to the box height and centres it horizontally, enlarging when smaller', () => {
		expect(contain(10, 20, { x: 0, y: 0, w: 300, h: 100 })).toEqual({ x: 125, y: 0, w: 50, h: 100 });
	});
});

describe('standaloneLayout', () => {
	it('is the view alone, rounded, without heading or keys', () => {
		const l = standaloneLayout({ width: 640.4, height: 299.6 }, 0, []);
		expect(l).toMatchObject({ view: { width: 640, height: 300 }, headH: 0, legendH: 0, width: 640, height: 300 });
		expect(l.legendRows).toEqual([]);
	});

	it('never has a side of 0 px, even for a view not laid out', () => {
		expect(standaloneLayout({ width: 0, height: 0 }, 0, []).view).toEqual({ width: 1, height: 1 });
	});

	it('adds the heading (title, then smaller lines) above and the keys below', () => {
		const l = standaloneLayout({ width: 800, height: 400 }, 3, [key('Kazakhstan'), key('Other countries')]);
		const head = SVG_PAD + (HEAD_SIZE[0] + 2 * HEAD_SIZE[1]) * 1.45;
		expect(l.headH).toBeCloseTo(head, 9);
		expect(l.legendRows).toHaveLength(1);
		expect(l.legendH).toBeCloseTo(LEGEND_SIZE * 1.8 + SVG_PAD / 2, 9);
		expect(l.height).toBe(Math.round(head + 400 + LEGEND_SIZE * 1.8 + SVG_PAD / 2));
		expect(l.width).toBe(800);
	});

	it('wraps the keys within the view less the padding', () => {
		const many = Array.from({ length: 12 }, (_, i) => key(`Border agency number ${i}`));
		const l = standaloneLayout({ width: 300, height: 200 }, 0, many);
		expect(l.legendRows.length).toBeGreaterThan(1);
		expect(l.legendH).toBeCloseTo(l.legendRows.length * LEGEND_SIZE * 1.8 + SVG_PAD / 2, 9);
	});
});

describe('the dashboard picture', () => {
	it('shares the row between map and network as 1.45 : 1, filling the width between paddings and gap', () => {
		const { mapW, netW } = dashboardRow({ w: 1600, h: 1000 });
		expect(mapW + netW).toBe(DASHBOARD_WIDTH - 2 * DASHBOARD_PAD - DASHBOARD_GAP);
		expect(mapW / netW).toBeCloseTo(1.45, 2);
	});

	it('takes the row height from the map, between 520 and 820 px', () => {
		const { mapW } = dashboardRow(null);
		expect(dashboardRow({ w: 1600, h: 1000 }).rowH).toBe(Math.round((mapW * 1000) / 1600));
		expect(dashboardRow({ w: 4000, h: 500 }).rowH).toBe(520);
		expect(dashboardRow({ w: 500, h: 4000 }).rowH).toBe(820);
		expect(dashboardRow(null).rowH).toBe(Math.round((mapW * 10) / 16));
	});

	it('gives the timeline its own aspect, at most 560 px high', () => {
		expect(timelineHeight(1856, { w: 1856, h: 400 })).toBe(400);
		expect(timelineHeight(1000, { w: 2000, h: 600 })).toBe(300);
		expect(timelineHeight(1856, { w: 900, h: 900 })).toBe(560);
	});
});
