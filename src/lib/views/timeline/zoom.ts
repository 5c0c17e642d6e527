// The x-zoom's maths: how far it may go in, which days a transform shows, and the transform that shows given days.
import * as d3 from 'd3';
import { addDays, daysBetween, fromDay, toDay, type DayWindow } from './days';
import type { TimeScale } from './layout';

/** Zooming in stops at about two weeks across the plot. */
export const MIN_VISIBLE_DAYS = 14;

/** The largest zoom factor for an axis over `domain`. */
export function maxZoom(domain: [Date, Date]): number {
	return Math.max(1, Math.max(1, daysBetween(domain[0], domain[1])) / MIN_VISIBLE_DAYS);
}

/** Visible dates of a transform over the unzoomed scale `x0`; null when unzoomed, so a scene saved unzoomed fits whatever the data spans. */
export function visibleDays(t: d3.ZoomTransform, x0: TimeScale): DayWindow | null {
	if (t.k < 1.001) return null;
	const [a, b] = t.rescaleX(x0).domain();
	return [fromDay(d3.utcDay.round(a)), fromDay(d3.utcDay.round(b))];
}

/** Within a day at both ends: rounding to days must not count as a change, or the view would nudge itself. */
export function nearDays(a: DayWindow | null, b: DayWindow | null): boolean {
	if (!a || !b) return a === b;
	return Math.abs(daysBetween(toDay(a[0]), toDay(b[0]))) <= 1 && Math.abs(daysBetween(toDay(a[1]), toDay(b[1]))) <= 1;
}

/**
 * The transform that shows `d` on the unzoomed scale `x0`, kept inside its domain and widened to MIN_VISIBLE_DAYS
 * (zoom.transform does not apply the zoom's own limits). Null shows everything.
 */
export function transformFor(d: DayWindow | null, x0: TimeScale): d3.ZoomTransform {
	if (!d) return d3.zoomIdentity;
	const [lo, hi] = x0.domain();
	const [left, right] = x0.range();
	let from = toDay(d[0]) < lo ? lo : toDay(d[0]);
	let to = toDay(d[1]) > hi ? hi : toDay(d[1]);
	const short = MIN_VISIBLE_DAYS - daysBetween(from, to);
	if (short > 0) {
		from = addDays(from, -Math.ceil(short / 2));
		to = addDays(to, Math.ceil(short / 2));
		if (from < lo) [from, to] = [lo, addDays(lo, MIN_VISIBLE_DAYS)];
		if (to > hi) [from, to] = [addDays(hi, -MIN_VISIBLE_DAYS), hi];
	}
	const a = x0(from);
	const k = Math.max(1, (right - left) / Math.max(1e-6, x0(to) - a));
	return d3.zoomIdentity.translate(left - k * a, 0).scale(k);
}
