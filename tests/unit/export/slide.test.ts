// The slide's layout: 16:9 at 1080p and 4K, no block overlapping another, no empty band between them, long words wrapped and cut.
import { describe, expect, it } from 'vitest';
import { cover, SLIDE, SLIDE_SIZES, slideBlocks, slideLayout, type SlideInput, type SlideKey } from '../../../src/lib/export/slide';
import type { Box } from '../../../src/lib/export/layout';

/** Noto Sans averages about 0.56 em a character; bold a little more. */
const measure = (t: string, size: number, bold: boolean) => t.length * size * (bold ? 0.62 : 0.56);
const keys: SlideKey[] = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Other countries'].map((label) => ({
	colour: '#336699',
	opacity: 1,
	label
}));

function input(over: Partial<SlideInput> = {}): SlideInput {
	return {
		...SLIDE_SIZES.hd,
		title: 'Border trainings with the OSCE',
		caption: 'Most were in Tajikistan, after 2018.',
		filters: 'Filters: Partner: OSCE; Dates: 1 Jan 2018 – 31 Dec 2020',
		legend: [...keys, { colour: '#8a8f98', opacity: 1, label: 'Map: circle area = events at a place', shape: 'circle' }],
		source: 'Source: BOMCA activity atlas, 131 events from the programme’s public news, 2015–2022 · showing 12 · Exported 5 December 2026',
		timelineAspect: 5,
		measure,
		...over
	};
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** The largest vertical stretch of the slide that no block covers. */
function widestBand(blocks: Box[], height: number): number {
	const spans = blocks.map((b) => [b.y, b.y + b.h]).sort((a, b) => a[0] - b[0]);
	let reached = 0;
	let widest = 0;
	for (const [from, to] of spans) {
		widest = Math.max(widest, from - reached);
		reached = Math.max(reached, to);
	}
	return Math.max(widest, height - reached);
}

function check(l: ReturnType<typeof slideLayout>, width: number, height: number) {
	const blocks = slideBlocks(l);
	// Whatever the words, the views keep a picture's room.
	for (const v of Object.values(l.views)) expect(v.h).toBeGreaterThan(height / 7);
	for (const [name, b] of blocks) {
		expect(b.x, name).toBeGreaterThanOrEqual(0);
		expect(b.y, name).toBeGreaterThanOrEqual(0);
		expect(b.x + b.w, name).toBeLessThanOrEqual(width);
		expect(b.y + b.h, name).toBeLessThanOrEqual(height);
	}
	for (let i = 0; i < blocks.length; i++)
		for (let j = i + 1; j < blocks.length; j++) expect(overlaps(blocks[i][1], blocks[j][1]), `${blocks[i][0]} / ${blocks[j][0]}`).toBe(false);
	// The widest white band is the slide's margin: nothing like an empty strip above, between or below the blocks.
	expect(widestBand(blocks.map(([, b]) => b), height)).toBeLessThanOrEqual(SLIDE.pad * (height / 1080) + 0.5);
}

describe('slideLayout', () => {
	it('is 16:9 at both sizes and scales every block with the size', () => {
		for (const size of Object.values(SLIDE_SIZES)) expect(size.width / size.height).toBeCloseTo(16 / 9, 6);
		const hd = slideLayout(input());
		const uhd = slideLayout(input(SLIDE_SIZES.uhd));
		expect(uhd.scale).toBe(2);
		expect(uhd.views.map.w).toBeCloseTo(hd.views.map.w * 2, -1);
		expect(uhd.title.size).toBe(hd.title.size * 2);
		check(hd, 1920, 1080);
		check(uhd, 3840, 2160);
	});

	it('keeps blocks apart and leaves no empty band, with or without a caption, long filters or many keys', () => {
		const many = Array.from({ length: 40 }, (_, i) => ({ ...keys[0], label: `Key number ${i}` }));
		for (const over of [
			{},
			{ caption: '' },
			{ filters: 'Filters: ' + 'Partner: OSCE, INL, FRONTEX, UNODC; '.repeat(12) },
			{ title: 'A very long title '.repeat(10) },
			{ legend: many },
			{ legend: [] },
			{ timelineAspect: null },
			{ timelineAspect: 1.2 }
		]) {
			check(slideLayout(input(over)), 1920, 1080);
		}
	});

	it('wraps long words within the width, at most the lines each block allows', () => {
		const l = slideLayout(input({ title: 'Word '.repeat(80), filters: 'Filter '.repeat(200), legend: Array.from({ length: 60 }, () => keys[3]) }));
		expect(l.title.lines).toHaveLength(SLIDE.title.max);
		expect(l.title.lines.at(-1)).toMatch(/…$/);
		expect(l.filters.lines).toHaveLength(SLIDE.filters.max);
		expect(l.legend.rows.length).toBeLessThanOrEqual(SLIDE.legend.max);
		for (const line of l.title.lines) expect(measure(line, l.title.size, true)).toBeLessThanOrEqual(l.title.box.w);
	});

	it('puts the map and the network side by side on one row and the timeline across under them', () => {
		const l = slideLayout(input());
		expect(l.views.map.y).toBe(l.views.network.y);
		expect(l.views.map.h).toBe(l.views.network.h);
		expect(l.views.map.w).toBeGreaterThan(l.views.network.w);
		expect(l.views.timeline.w).toBeCloseTo(1920 - 2 * SLIDE.pad, 6);
		expect(l.views.timeline.y).toBeGreaterThan(l.views.map.y + l.views.map.h);
		// The views take most of the slide: over half its height.
		expect(l.views.map.h + l.views.timeline.h).toBeGreaterThan(540);
	});

	it('gives a wide timeline less height than a squat one, within its limits', () => {
		const wide = slideLayout(input({ timelineAspect: 9 })).views.timeline.h;
		const squat = slideLayout(input({ timelineAspect: 2 })).views.timeline.h;
		expect(wide).toBeLessThan(squat);
	});
});

describe('cover', () => {
	it('crops the picture to the box aspect, centred', () => {
		expect(cover(1600, 800, { w: 400, h: 400 })).toEqual({ x: 400, y: 0, w: 800, h: 800 });
		expect(cover(800, 800, { w: 800, h: 400 })).toEqual({ x: 0, y: 200, w: 800, h: 400 });
	});
});
