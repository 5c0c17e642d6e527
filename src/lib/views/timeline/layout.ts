// Where the timeline draws: margins and sizes, lanes by host country with each event's bar packed into a sub-row, axis ticks, hit tests.
import * as d3 from 'd3';
import type { TimelineRow } from '$lib/crossfilter/rows';
import type { Lang } from '$lib/i18n/lang';
import { CENTRAL_ASIA } from '$lib/model/event';
import { monthName } from '../format';
import { countryColour } from '../palette';
import { addDays, daysBetween, toDay } from './days';

export const MARGIN = { left: 116, right: 14, top: 6 };
export const AXIS_HEIGHT = 24;
export const MIN_BAR_PX = 3;
const LANE_PAD = 6;
/** Budget for the lanes: the seeds fit in ~220 px; a larger dataset shrinks the rows down to MIN_ROW_STEP. */
export const PLOT_BUDGET = 200;
const MIN_ROW_STEP = 6;
const MAX_ROW_STEP = 22;
export const MIN_LANE_HEIGHT = 18;
/** Below this the plot would not hold a lane's label and the loading note. */
export const MIN_PLOT_HEIGHT = 60;
/** Shown while the database starts: only an empty frame with an axis. */
export const EMPTY_DOMAIN: [Date, Date] = [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2020, 0, 1))];

export interface Bar {
	id: string;
	start: Date;
	/** exclusive: the day after date_end, so a one-day event spans a whole day */
	end: Date;
	y: number;
	colour: string;
}
export interface Lane {
	/** ISO3, '' for events without a place (and the density view's OTHER_LANE) */
	key: string;
	colour: string;
	y: number;
	height: number;
}
export interface SubRow {
	y0: number;
	y1: number;
	bars: Bar[];
}
export interface Layout {
	lanes: Lane[];
	/** chronological, the order keyboard focus steps through */
	bars: Bar[];
	subRows: SubRow[];
	barHeight: number;
	plotHeight: number;
	/** The data's first day and the exclusive end of its last. */
	first: Date;
	last: Date;
	/** The unzoomed axis: the data with a margin either side. */
	domain: [Date, Date];
}

/**
 * Sort names of the countries outside the region, in English whatever the page's language: the lanes' order is part of
 * the cached layout and must not change with it. A country missing here sorts by its code.
 */
const SORT_NAMES: Record<string, string> = {
	AFG: 'Afghanistan',
	CHN: 'China',
	RUS: 'Russia',
	IRN: 'Iran',
	PAK: 'Pakistan',
	AZE: 'Azerbaijan',
	MNG: 'Mongolia',
	LVA: 'Latvia',
	LTU: 'Lithuania',
	EST: 'Estonia',
	POL: 'Poland',
	DEU: 'Germany',
	AUT: 'Austria',
	BEL: 'Belgium',
	FRA: 'France',
	ITA: 'Italy',
	ESP: 'Spain',
	FIN: 'Finland',
	HUN: 'Hungary',
	CZE: 'Czech Republic',
	TUR: 'Turkey',
	GEO: 'Georgia',
	USA: 'United States',
	CHE: 'Switzerland',
	NLD: 'Netherlands',
	SWE: 'Sweden'
};

/** Lanes top to bottom: the five programme countries in their fixed order, then the others by name, then no place. */
export function laneRank(country: string | null): [number, string] {
	if (country === null) return [2, ''];
	const i = (CENTRAL_ASIA as readonly string[]).indexOf(country);
	return i >= 0 ? [0, String(i)] : [1, SORT_NAMES[country] ?? country];
}

/** What positions the bars: rows differing only in their `active` flags share a layout. */
export function eventsKey(rows: TimelineRow[]): string {
	return rows.map((r) => `${r.id}|${r.date_start}|${r.date_end}|${r.country ?? ''}`).join('\n');
}

const byTime = (a: { start: Date; end: Date; id: string }, b: { start: Date; end: Date; id: string }) =>
	+a.start - +b.start || +a.end - +b.end || (a.id < b.id ? -1 : 1);

/** Lanes and sub-rows: done once per set of rows, never when only `active` flags change. */
export function eventsLayout(data: TimelineRow[]): Layout {
	const items = data.map((r) => {
		const start = toDay(r.date_start);
		const endDay = toDay(r.date_end);
		return { id: r.id, country: r.country, start, end: addDays(endDay < start ? start : endDay, 1) };
	});
	const first = items.length ? d3.min(items, (b) => b.start)! : EMPTY_DOMAIN[0];
	const last = items.length ? d3.max(items, (b) => b.end)! : EMPTY_DOMAIN[1];
	const spanDays = Math.max(1, daysBetween(first, last));
	// Bars closer than this would touch at the widest zoom (3 px minimum width on a ~1000 px plot).
	const gapDays = Math.max(1, Math.ceil(spanDays / 250));
	const marginDays = Math.max(14, Math.ceil(spanDays * 0.03));
	const domain: [Date, Date] = items.length ? [addDays(first, -marginDays), addDays(last, marginDays)] : EMPTY_DOMAIN;

	const groups = d3.group(items, (b) => b.country);
	const keys = [...groups.keys()].sort((a, b) => {
		const [ra, na] = laneRank(a);
		const [rb, nb] = laneRank(b);
		return ra - rb || na.localeCompare(nb);
	});
	const packed = keys.map((key) => {
		const sorted = [...groups.get(key)!].sort(byTime);
		const rowEnds: Date[] = [];
		const placed = sorted.map((b) => {
			let row = rowEnds.findIndex((end) => daysBetween(end, b.start) >= gapDays);
			if (row < 0) row = rowEnds.push(b.end) - 1;
			else rowEnds[row] = b.end;
			return { ...b, row };
		});
		return { key, placed, rows: Math.max(1, rowEnds.length) };
	});
	const totalRows = d3.sum(packed, (p) => p.rows);
	const rowStep = Math.max(
		MIN_ROW_STEP,
		Math.min(MAX_ROW_STEP, Math.floor((PLOT_BUDGET - packed.length * LANE_PAD) / Math.max(1, totalRows)))
	);
	const barHeight = Math.max(3, rowStep - 4);

	const lanes: Lane[] = [];
	const bars: Bar[] = [];
	const subRows: SubRow[] = [];
	let y = MARGIN.top;
	for (const p of packed) {
		const height = Math.max(MIN_LANE_HEIGHT, p.rows * rowStep + LANE_PAD);
		const inner = y + (height - p.rows * rowStep) / 2;
		const colour = countryColour(p.key);
		lanes.push({ key: p.key ?? '', colour, y, height });
		const laneRows: SubRow[] = Array.from({ length: p.rows }, (_, i) => ({
			y0: inner + i * rowStep,
			y1: inner + (i + 1) * rowStep,
			bars: []
		}));
		for (const b of p.placed) {
			const bar: Bar = { id: b.id, start: b.start, end: b.end, y: laneRows[b.row].y0 + (rowStep - barHeight) / 2, colour };
			laneRows[b.row].bars.push(bar);
			bars.push(bar);
		}
		subRows.push(...laneRows);
		y += height;
	}
	bars.sort(byTime);
	return { lanes, bars, subRows, barHeight, plotHeight: Math.max(y - MARGIN.top, MIN_PLOT_HEIGHT), first, last, domain };
}

/** The data's extent as the keys and playback need it: its first day, the exclusive end of its last, its axis. */
export type Extent = Pick<Layout, 'first' | 'last' | 'domain'>;

export type TimeScale = d3.ScaleTime<number, number>;

/** A bar's left edge and width at the current zoom: never thinner than MIN_BAR_PX, so a one-day event stays visible. */
export function barSpan(bar: Bar, x: TimeScale): { x: number; width: number } {
	const left = x(bar.start);
	return { x: left, width: Math.max(MIN_BAR_PX, x(bar.end) - left) };
}

/** The bar under a pointer, with a pixel of slack either side for the thinnest bars. */
export function barAt(layout: Layout, x: TimeScale, px: number, py: number): Bar | undefined {
	const sub = layout.subRows.find((r) => py >= r.y0 && py < r.y1);
	return sub?.bars.find((b) => {
		const s = barSpan(b, x);
		return px >= s.x - 1 && px <= s.x + s.width + 1;
	});
}

/** Where a bar's tooltip is anchored: over the bar's middle, kept 120 px inside the view; below bars near the top. */
export function tipAnchor(bar: Bar, x: TimeScale, width: number): { left: number; top: number; below: boolean } {
	const s = barSpan(bar, x);
	return { left: Math.min(Math.max(s.x + s.width / 2, 120), width - 120), top: bar.y, below: bar.y < 60 };
}

export interface Tick {
	x: number;
	label: string;
	/** On a new year: drawn stronger. */
	year: boolean;
}

function tickLabel(d: Date, lang: Lang): string {
	if (+d3.utcYear(d) === +d) return String(d.getUTCFullYear());
	if (+d3.utcMonth(d) === +d) return monthName(d.getUTCMonth() + 1, lang, true);
	return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, lang)}`;
}

/** About one tick per 80 px; the first names its year too, so the axis reads without a year boundary in view. */
export function axisTicks(x: TimeScale, plotWidth: number, lang: Lang): Tick[] {
	return x.ticks(Math.max(2, Math.floor(plotWidth / 80))).map((d, i) => {
		const year = +d3.utcYear(d) === +d;
		const label = tickLabel(d, lang);
		return { x: x(d), label: i === 0 && !year ? `${label} ${d.getUTCFullYear()}` : label, year };
	});
}
