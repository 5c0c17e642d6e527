// The map's sizes: circle radii by event count, the legend's sample circles, the country shading and the largest counts seen.
import type { CountryActivityRow } from '$lib/crossfilter/rows';

/** The smallest circle drawn for a mark with any events, in px. */
export const R_MIN = 3;

/** The largest circle's radius for a panel of `width` × `height` px: it grows with the panel, within 12–24 px. */
export function rMaxFor(width: number, height: number): number {
	return Math.round(Math.max(12, Math.min(24, Math.min(width, height) / 22)));
}

/** A circle's area is proportional to its count: `max` events get `rMax`; none gets nothing. */
export function radius(n: number, max: number, rMax: number): number {
	return n <= 0 ? 0 : Math.max(R_MIN, rMax * Math.sqrt(n / max));
}

/**
 * The largest count seen so far (at least 1): the scale only grows, so circles shrink when other views filter (that
 * is the information) instead of being rescaled to look the same.
 */
export function runningMax(previous: number, counts: Iterable<number>): number {
	let peak = Math.max(1, previous);
	for (const n of counts) peak = Math.max(peak, n);
	return peak;
}

export interface LegendCircle {
	/** the count it stands for */
	v: number;
	r: number;
	/** its centre, left to right, with room for the count written under it */
	x: number;
}

/** The legend's sample circles for 1, a quarter of the largest count and the largest, side by side, without repeats. */
export function legendCircles(scaleMax: number, rMax: number): LegendCircle[] {
	let x = 2;
	return [...new Set([1, Math.max(1, Math.round(scaleMax / 4)), scaleMax])].map((v) => {
		const r = radius(v, scaleMax, rMax);
		const c = { v, r, x: x + Math.max(r, 6) };
		x += 2 * Math.max(r, 6) + 4;
		return c;
	});
}

/** The width the legend's circles take. */
export function legendWidth(circles: LegendCircle[]): number {
	return circles.reduce((w, c) => Math.max(w, c.x + Math.max(c.r, 6) + 2), 0);
}

/** Each country's shading, 0–1: the square root of its share of the busiest country's events (MapLibre's and the sketch's). */
export function countryShares(countries: CountryActivityRow[]): Map<string, number> {
	const max = Math.max(1, ...countries.map((c) => c.n));
	return new Map(countries.map((c) => [c.country, Math.sqrt(c.n / max)]));
}
