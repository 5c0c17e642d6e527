// Counts over time, the same at every dataset size: events (one each) or day counts per host country into month, quarter or year bins.
import type { TimelineBinRow } from '$lib/crossfilter/density';
import type { TimelineRow } from '$lib/crossfilter/rows';
import { CENTRAL_ASIA } from '$lib/model/event';
import { daysBetween, type DayWindow } from './days';

export type BinUnit = 'month' | 'quarter' | 'year';
const MONTHS: Record<BinUnit, number> = { month: 1, quarter: 3, year: 12 };

/** The most bins a unit may put across the visible span before the next coarser one is used (about 12 to 60 drawn). */
const MAX_BINS = 60;
const DAYS_PER_MONTH = 30.44;

/**
 * What is counted: one event (its first and last day, `id` set) or a day's events of one host country (first = last).
 * Either way it is counted once, in the bin of its first day.
 */
export interface Counted {
	first: string;
	last: string;
	country: string | null;
	n: number;
	n_active: number;
	id?: string;
}

/** The three parts of a bin's bar, bottom to top: selected, matching the other filters outside the window, the rest. */
export const TONES = ['selected', 'matching', 'context'] as const;
export type Tone = (typeof TONES)[number];

/** One bin of one host country. */
export interface CountBin {
	/** first day, YYYY-MM-DD */
	start: string;
	/** first day of the next bin (exclusive), YYYY-MM-DD */
	end: string;
	country: string | null;
	/** every dated event starting in the bin */
	n: number;
	/** of them, those passing every filter but time */
	n_active: number;
	/** of those, the ones inside the time window (all of n_active without one) */
	n_window: number;
	/** per tone, the events' ids (only when events were counted) */
	ids?: Record<Tone, string[]>;
}

/** The timeline's rows as counted things: one per event. */
export function fromEvents(rows: TimelineRow[]): Counted[] {
	return rows.map((r) => ({
		first: r.date_start,
		// An end before the start (a clamped source date) counts as the start day.
		last: r.date_end < r.date_start ? r.date_start : r.date_end,
		country: r.country,
		n: 1,
		n_active: r.active ? 1 : 0,
		id: r.id
	}));
}

/** A large dataset's day counts per host country as counted things. */
export function fromDays(rows: TimelineBinRow[]): Counted[] {
	return rows.map((r) => ({ first: r.bin, last: r.bin, country: r.country, n: r.n, n_active: r.n_active }));
}

const pad = (m: number) => String(m).padStart(2, '0');

/** The first day of the bin holding `day` (YYYY-MM-DD). */
export function binStart(day: string, unit: BinUnit): string {
	const month = Number(day.slice(5, 7));
	const first = unit === 'month' ? month : unit === 'quarter' ? month - ((month - 1) % 3) : 1;
	return `${day.slice(0, 4)}-${pad(first)}-01`;
}

/** The first day of the bin after the one starting on `start`. */
export function binEnd(start: string, unit: BinUnit): string {
	const months = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + MONTHS[unit];
	return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}-01`;
}

/** The finest unit that puts at most MAX_BINS bins across the visible span. */
export function unitFor(visible: [Date, Date]): BinUnit {
	const months = Math.max(1, daysBetween(visible[0], visible[1])) / DAYS_PER_MONTH;
	if (months <= MAX_BINS) return 'month';
	if (months / 3 <= MAX_BINS) return 'quarter';
	return 'year';
}

/** The stacking series of a host country: a programme country, OTHER_LANE for the rest, '' for no place. */
export const OTHER_LANE = '~other';
const programme = CENTRAL_ASIA as readonly string[];
export const laneOfBin = (country: string | null): string => (country === null ? '' : programme.includes(country) ? country : OTHER_LANE);
/** The series in stacking order (bottom to top), as the legend lists them. */
export const SERIES: readonly string[] = [...CENTRAL_ASIA, OTHER_LANE, ''];

/**
 * Counts per bin and host country. Something inside the window overlaps it by at least a day (the SQL's time clause;
 * a day count's day lies in it). Sorted by bin, then country.
 */
export function countBins(items: Counted[], unit: BinUnit, window: DayWindow | null): CountBin[] {
	const bins = new Map<string, CountBin>();
	for (const item of items) {
		const start = binStart(item.first, unit);
		const key = `${start}|${item.country ?? ''}`;
		let bin = bins.get(key);
		if (!bin) {
			bin = { start, end: binEnd(start, unit), country: item.country, n: 0, n_active: 0, n_window: 0 };
			if (item.id !== undefined) bin.ids = { selected: [], matching: [], context: [] };
			bins.set(key, bin);
		}
		const inside = !window || (item.last >= window[0] && item.first <= window[1]);
		bin.n += item.n;
		bin.n_active += item.n_active;
		if (inside) bin.n_window += item.n_active;
		if (bin.ids && item.id !== undefined) bin.ids[item.n_active ? (inside ? 'selected' : 'matching') : 'context'].push(item.id);
	}
	// No place last: its key sorts after any ISO3 code.
	const key = (b: CountBin) => `${b.start}|${b.country ?? '\uffff'}`;
	return [...bins.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** A bin's counts over every country, per series when asked: for the tooltip, the table and the count axis. */
export interface BinTotal {
	start: string;
	end: string;
	n: number;
	n_active: number;
	n_window: number;
	/** per series key, in SERIES order, those present */
	series: { key: string; n: number; n_active: number; n_window: number }[];
}

/** Sums the countries of each bin (bins sorted by start, as countBins gives them). */
export function binTotals(bins: CountBin[]): BinTotal[] {
	const out: BinTotal[] = [];
	for (const b of bins) {
		let t = out.at(-1);
		if (t?.start !== b.start) out.push((t = { start: b.start, end: b.end, n: 0, n_active: 0, n_window: 0, series: [] }));
		t.n += b.n;
		t.n_active += b.n_active;
		t.n_window += b.n_window;
		const key = laneOfBin(b.country);
		let s = t.series.find((x) => x.key === key);
		if (!s) t.series.push((s = { key, n: 0, n_active: 0, n_window: 0 }));
		s.n += b.n;
		s.n_active += b.n_active;
		s.n_window += b.n_window;
	}
	for (const t of out) t.series.sort((a, b) => SERIES.indexOf(a.key) - SERIES.indexOf(b.key));
	return out;
}

/** The data's first and last day (inclusive), or null with nothing counted. */
export function countedSpan(items: Counted[]): [string, string] | null {
	if (!items.length) return null;
	let first = items[0].first;
	let last = items[0].last;
	for (const i of items) {
		if (i.first < first) first = i.first;
		if (i.last > last) last = i.last;
	}
	return [first, last];
}

/**
 * countBins for one set of things and one unit, over many windows (a brush's steps). Day counts (first = last) are
 * binned once and sorted by day, so a window adds only the days inside it: a step costs the bins plus those days,
 * not the whole dataset. Events (a few thousand at most, each with its own span) are simply counted again.
 */
export function windowCounter(items: Counted[], unit: BinUnit): (window: DayWindow | null) => CountBin[] {
	if (items.some((i) => i.id !== undefined || i.first !== i.last)) return (window) => countBins(items, unit, window);
	const all = countBins(items, unit, null);
	const slot = new Map(all.map((b, i) => [`${b.start}|${b.country ?? ''}`, i]));
	const days = items
		.map((i) => ({ day: i.first, n_active: i.n_active, bin: slot.get(`${binStart(i.first, unit)}|${i.country ?? ''}`)! }))
		.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	/** The first index whose day is not before `day`. */
	const lowerBound = (day: string) => {
		let lo = 0;
		let hi = days.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (days[mid].day < day) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return (window) => {
		if (!window) return all;
		const inside = new Float64Array(all.length);
		for (let i = lowerBound(window[0]); i < days.length && days[i].day <= window[1]; i++) inside[days[i].bin] += days[i].n_active;
		return all.map((b, i) => ({ ...b, n_window: inside[i] }));
	};
}
