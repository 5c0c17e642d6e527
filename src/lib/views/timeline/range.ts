// The typed time window and its presets: two dates checked into a window (or why not), the data's years, its last twelve months.
import * as d3 from 'd3';
import { addDays, fromDay, toDay, windowOf, type DayWindow } from './days';
import type { Extent } from './layout';

export type RangeProblem = 'unparsable' | 'order';

/** A real calendar day written YYYY-MM-DD (what a date input gives), or null. */
export function parseDay(text: string): string | null {
	const s = text.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
	const d = toDay(s);
	return Number.isNaN(+d) || fromDay(d) !== s ? null : s;
}

/** Two typed dates as a window: both must be days, `from` not after `to`. */
export function parseRange(from: string, to: string): { window: DayWindow } | { problem: RangeProblem } {
	const a = parseDay(from);
	const b = parseDay(to);
	if (!a || !b) return { problem: 'unparsable' };
	if (a > b) return { problem: 'order' };
	return { window: [a, b] };
}

/** The calendar years the data touches, oldest first. */
export function dataYears(extent: Pick<Extent, 'first' | 'last'>): number[] {
	const from = extent.first.getUTCFullYear();
	const to = addDays(extent.last, -1).getUTCFullYear();
	return d3.range(from, to + 1);
}

export const yearWindow = (year: number): DayWindow => [`${year}-01-01`, `${year}-12-31`];

/** The twelve months up to the data's last day, that day included. */
export function lastTwelveMonths(extent: Pick<Extent, 'last'>): DayWindow {
	return windowOf(d3.utcMonth.offset(extent.last, -12), extent.last);
}

/** The year a window is exactly, if it is one (the year preset then shows it). */
export function yearOf(t: DayWindow | null): number | null {
	if (!t || t[0].slice(0, 4) !== t[1].slice(0, 4)) return null;
	const year = Number(t[0].slice(0, 4));
	return t[0] === yearWindow(year)[0] && t[1] === yearWindow(year)[1] ? year : null;
}
