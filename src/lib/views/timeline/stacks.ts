// A bin's bar as stacked parts (selected at the bottom, then matching, then the rest; per country when asked), the count axis, and what is under the pointer.
import * as d3 from 'd3';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber } from '../format';
import { countryColour, DIMMED_OPACITY, OTHER_COLOUR } from '../palette';
import { laneOfBin, OTHER_LANE, SERIES, TONES, type BinTotal, type CountBin, type Tone } from './binning';
import { toDay } from './days';
import type { TimeScale } from './layout';

/** A non-zero selected part is never thinner than this, so a small selection stays visible against its context. */
export const MIN_SELECTED_PX = 2;
/** Nor any other non-zero part. */
export const MIN_PART_PX = 1;
/** The series of the total bars, when not by country. */
export const ALL = 'all';
const TOTAL_COLOUR = '#24466f';
/** Events without a place: apart from the other countries' grey. */
const NO_PLACE_COLOUR = '#4b5563';

/** A series' colour: the total bars' one hue, a programme country's, the other countries' grey, no place's. */
export function seriesColour(key: string): string {
	if (key === ALL) return TOTAL_COLOUR;
	if (key === OTHER_LANE) return OTHER_COLOUR;
	return key === '' ? NO_PLACE_COLOUR : countryColour(key);
}

/** Selected parts solid, matching ones half, the rest as faint as dimmed marks in the other views. */
export const TONE_OPACITY: Record<Tone, number> = { selected: 1, matching: 0.5, context: DIMMED_OPACITY };

/** One part of a bar: a series' events of one tone, from y0 to y1 pixels above the base line. */
export interface Part {
	key: string;
	tone: Tone;
	n: number;
	y0: number;
	y1: number;
	/** the events it draws, when events were counted */
	ids?: string[];
}

export interface Stack {
	start: string;
	end: string;
	total: BinTotal;
	/** the height of the whole bar in pixels */
	top: number;
	parts: Part[];
}

/** Counts to pixels above the base: 0 to the busiest bin's total, rounded up to a nice number. */
export function countScale(totals: BinTotal[], plotHeight: number): d3.ScaleLinear<number, number> {
	const max = d3.max(totals, (t) => t.n) ?? 0;
	return d3
		.scaleLinear()
		.domain([0, Math.max(1, max)])
		.nice(4)
		.range([0, plotHeight]);
}

export interface CountTick {
	/** pixels above the base */
	y: number;
	label: string;
}

/** Height a count tick needs, label and gap, in the plot's units. */
const TICK_ROOM = 25;

/** Whole-number ticks of the count axis (about four; fewer on a shallow plot, such as a slide's), in the page's language. */
export function countTicks(scale: d3.ScaleLinear<number, number>, lang: Lang): CountTick[] {
	const room = Math.abs(scale.range()[1] - scale.range()[0]);
	return scale
		.ticks(Math.max(2, Math.min(4, Math.floor(room / TICK_ROOM))))
		.filter((n) => Number.isInteger(n))
		.map((n) => ({ y: scale(n), label: n >= 10_000 ? `${formatNumber(n / 1000, lang)}k` : formatNumber(n, lang) }));
}

const partCount = (s: { n: number; n_active: number; n_window: number }, tone: Tone) =>
	tone === 'selected' ? s.n_window : tone === 'matching' ? s.n_active - s.n_window : s.n - s.n_active;

/**
 * The bars of `bins` (sorted by start, as countBins gives them; `totals` their binTotals): per bin, the tones bottom to top and, by country,
 * the series within each tone, so the selected parts of every country form one bar at the bottom. Each part ends at
 * its cumulative count on `height`, but at least MIN_SELECTED_PX / MIN_PART_PX above the last.
 */
export function stackBins(bins: CountBin[], totals: BinTotal[], byCountry: boolean, height: (n: number) => number): Stack[] {
	let i = 0;
	return totals.map((total) => {
		const own: CountBin[] = [];
		while (i < bins.length && bins[i].start === total.start) own.push(bins[i++]);
		const keys = byCountry ? total.series.map((s) => s.key) : [ALL];
		const parts: Part[] = [];
		let count = 0;
		let top = 0;
		for (const tone of TONES) {
			for (const key of keys) {
				const mine = key === ALL ? own : own.filter((b) => laneOfBin(b.country) === key);
				const n = mine.reduce((sum, b) => sum + partCount(b, tone), 0);
				if (n <= 0) continue;
				count += n;
				const y1 = Math.max(height(count), top + (tone === 'selected' ? MIN_SELECTED_PX : MIN_PART_PX));
				const part: Part = { key, tone, n, y0: top, y1 };
				if (mine.some((b) => b.ids)) part.ids = mine.flatMap((b) => b.ids?.[tone] ?? []);
				parts.push(part);
				top = y1;
			}
		}
		return { start: total.start, end: total.end, total, top, parts };
	});
}

/** A bar's left edge and width on the time scale: a gap either side, at least a pixel wide. */
export function stackSpan(stack: Pick<Stack, 'start' | 'end'>, x: TimeScale): { x: number; width: number } {
	const a = x(toDay(stack.start));
	const b = x(toDay(stack.end));
	const gap = Math.min(2, (b - a) * 0.12);
	return { x: a + gap, width: Math.max(1, b - a - 2 * gap) };
}

/** One event's share of its part: the part's height divided evenly among its events, in the rows' order (oldest at the bottom). */
export interface Cell {
	id: string;
	y0: number;
	y1: number;
}

export function cellsOf(part: Part): Cell[] {
	const ids = part.ids ?? [];
	const step = (part.y1 - part.y0) / Math.max(1, ids.length);
	return ids.map((id, i) => ({ id, y0: part.y0 + i * step, y1: part.y0 + (i + 1) * step }));
}

/** The bar under a pointer's x (the whole bin's width counts), and the event under its height when events are drawn. */
export function stackAt(stacks: Stack[], x: TimeScale, px: number, above: number): { stack: Stack; id: string | null } | null {
	const when = x.invert(px);
	const stack = stacks.find((s) => toDay(s.start) <= when && when < toDay(s.end));
	if (!stack) return null;
	const part = stack.parts.find((p) => above >= p.y0 && above < p.y1);
	const cell = part && cellsOf(part).find((c) => above >= c.y0 && above < c.y1);
	return { stack, id: cell?.id ?? null };
}

/** Series keys the legend needs: those present in the bins, in stacking order. */
export function seriesPresent(bins: CountBin[]): string[] {
	const present = new Set(bins.map((b) => laneOfBin(b.country)));
	return SERIES.filter((k) => present.has(k));
}
