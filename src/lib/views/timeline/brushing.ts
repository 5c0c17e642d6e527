// The brush's maths: a dragged pixel span to whole days and a window back to pixels, and the window a first key press or playback opens.
import * as d3 from 'd3';
import { addDays, daysBetween, toDay, windowOf, type DayWindow } from './days';
import type { TimeScale } from './layout';

/** A window opened from nothing (a key press, playback) spans this many months. */
const DEFAULT_WINDOW_MONTHS = 3;

/** The days in a default window starting on `start`: as many as its months hold. */
export function defaultWindowDays(start: Date): number {
	return daysBetween(start, d3.utcMonth.offset(start, DEFAULT_WINDOW_MONTHS));
}

/** The whole days a brushed span of pixels covers: each edge to the nearest midnight, and never less than one day. */
export function snapToDays(span: [number, number], x: TimeScale): DayWindow {
	const from = d3.utcDay.round(x.invert(span[0]));
	let to = d3.utcDay.round(x.invert(span[1]));
	if (to <= from) to = addDays(from, 1);
	return windowOf(from, to);
}

export function sameWindow(a: DayWindow | null, b: DayWindow | null): boolean {
	return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

/** Where the brush shows a window: clamped to the plot [lo, hi]; null when less than a pixel of it is in view. */
export function windowPixels(t: DayWindow | null, x: TimeScale, lo: number, hi: number): [number, number] | null {
	if (!t) return null;
	const a = Math.max(lo, Math.min(hi, x(toDay(t[0]))));
	const b = Math.max(lo, Math.min(hi, x(addDays(toDay(t[1]), 1))));
	return b - a >= 1 ? [a, b] : null;
}

/** `t` when it lies within the data's axis, else null: a window left from other data is not moved from. */
export function windowWithin(t: DayWindow | null, domain: [Date, Date]): DayWindow | null {
	return t && toDay(t[0]) >= domain[0] && toDay(t[1]) < domain[1] ? t : null;
}
