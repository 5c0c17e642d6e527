// A large dataset's timeline from weekly counts: density lanes, their step shapes at the current zoom, and the per-year table.
import * as d3 from 'd3';
import type { TimelineBinRow } from '$lib/crossfilter/density';
import { CENTRAL_ASIA } from '$lib/model/event';
import { countryColour, OTHER_COLOUR } from '../palette';
import { addDays, daysBetween, toDay } from './days';
import { MARGIN, MIN_LANE_HEIGHT, MIN_PLOT_HEIGHT, PLOT_BUDGET, type Lane, type Layout, type TimeScale } from './layout';

/** The lane of all countries outside the five: one lane each would leave them a few pixels. */
export const OTHER_LANE = '~other';
/** The width of a bin as the query counts them (date_trunc('week')). */
export const BIN_DAYS = 7;

const programme = CENTRAL_ASIA as readonly string[];

/** A bin's lane: its programme country, OTHER_LANE, or '' for events without a place. */
export const laneOfBin = (country: string | null): string => (country === null ? '' : programme.includes(country) ? country : OTHER_LANE);

/** What positions the density lanes: the lanes present and the first and last week. */
export function binsKey(bins: TimelineBinRow[]): string {
	const lanes = [...new Set(bins.map((b) => laneOfBin(b.country)))].sort().join(',');
	return `bins|${lanes}|${d3.min(bins, (b) => b.bin)}|${d3.max(bins, (b) => b.bin)}`;
}

/** Lanes and extent of a density timeline: fixed-height lanes, nothing per event. `bins` must not be empty. */
export function binsLayout(bins: TimelineBinRow[]): Layout {
	const present = new Set(bins.map((b) => laneOfBin(b.country)));
	const keys = [...CENTRAL_ASIA.filter((c) => present.has(c)), ...[OTHER_LANE, ''].filter((k) => present.has(k))];
	const first = toDay(d3.min(bins, (b) => b.bin)!);
	const last = addDays(toDay(d3.max(bins, (b) => b.bin)!), BIN_DAYS);
	const marginDays = Math.max(14, Math.ceil(daysBetween(first, last) * 0.03));
	const height = Math.max(MIN_LANE_HEIGHT, Math.floor(PLOT_BUDGET / Math.max(1, keys.length)));
	const lanes: Lane[] = keys.map((key, i) => ({
		key,
		colour: key === OTHER_LANE ? OTHER_COLOUR : countryColour(key || null),
		y: MARGIN.top + i * height,
		height
	}));
	return {
		lanes,
		bars: [],
		subRows: [],
		barHeight: 0,
		plotHeight: Math.max(lanes.length * height, MIN_PLOT_HEIGHT),
		first,
		last,
		domain: [addDays(first, -marginDays), addDays(last, marginDays)]
	};
}

export interface DensityPath {
	key: string;
	colour: string;
	/** Every event of the lane (drawn faint). */
	all: string;
	/** Those passing the other filters. */
	active: string;
}

/** Per lane, the weekly counts as two step shapes. Height ∝ √n against the busiest week, so quiet weeks stay visible. */
export function densityPaths(bins: TimelineBinRow[], lanes: Lane[], x: TimeScale): DensityPath[] {
	if (!bins.length) return [];
	const perLane = new Map<string, Map<string, { n: number; active: number }>>();
	for (const b of bins) {
		const lane = laneOfBin(b.country);
		let weeks = perLane.get(lane);
		if (!weeks) perLane.set(lane, (weeks = new Map()));
		const w = weeks.get(b.bin) ?? { n: 0, active: 0 };
		w.n += b.n;
		w.active += b.n_active;
		weeks.set(b.bin, w);
	}
	let max = 1;
	for (const weeks of perLane.values()) for (const w of weeks.values()) max = Math.max(max, w.n);
	return lanes.map((lane) => {
		const base = lane.y + lane.height - 2;
		const room = lane.height - 5;
		const step = (a: string, b: string, n: number) => `M${a} ${base}V${(base - room * Math.sqrt(n / max)).toFixed(1)}H${b}V${base}Z`;
		let all = '';
		let active = '';
		for (const [bin, w] of perLane.get(lane.key) ?? []) {
			const a = x(toDay(bin)).toFixed(1);
			const b = x(addDays(toDay(bin), BIN_DAYS)).toFixed(1);
			all += step(a, b, w.n);
			if (w.active > 0) active += step(a, b, w.active);
		}
		return { key: lane.key, colour: lane.colour, all, active };
	});
}

export interface YearCell {
	lane: string;
	year: string;
	n: number;
	active: number;
}

/** The table alternative of a density timeline: events per lane and year, lanes in `laneOrder`, then years. */
export function yearTable(bins: TimelineBinRow[], laneOrder: string[]): YearCell[] {
	const cells = new Map<string, YearCell>();
	for (const b of bins) {
		const lane = laneOfBin(b.country);
		const year = b.bin.slice(0, 4);
		const k = `${lane}|${year}`;
		const c = cells.get(k) ?? { lane, year, n: 0, active: 0 };
		c.n += b.n;
		c.active += b.n_active;
		cells.set(k, c);
	}
	return [...cells.values()].sort((a, b) => laneOrder.indexOf(a.lane) - laneOrder.indexOf(b.lane) || a.year.localeCompare(b.year));
}
