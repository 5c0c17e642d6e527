// What the pointer reaches on the map: the mark under it, a country it may select, the places inside a shift-drag box.
import type { CountryActivityRow } from '$lib/crossfilter/rows';
import { CENTRAL_ASIA } from '$lib/model/event';
import type { Lang } from '$lib/i18n/lang';
import type { Mark } from './marks';

const PROGRAMME: string[] = [...CENTRAL_ASIA];

/** Of the marks hit (by key), the smallest: a small circle under a big one stays reachable. */
export function smallestMark(keys: Iterable<string>, markByKey: Map<string, Mark>): Mark | null {
	let best: Mark | null = null;
	for (const key of keys) {
		const m = markByKey.get(key);
		if (m && (!best || m.n < best.n)) best = m;
	}
	return best;
}

/** A country is selectable when it is a programme country or had any events under the filters. */
export function selectable(iso3: string, activity: Map<string, CountryActivityRow>): boolean {
	return PROGRAMME.includes(iso3) || (activity.get(iso3)?.n ?? 0) > 0;
}

/** A basemap country's name in `lang` (its name_ru in Russian, English where that is missing). */
export function countryTitle(properties: Record<string, unknown> | null | undefined, lang: Lang): string {
	return String((lang === 'ru' && properties?.name_ru) || (properties?.name ?? ''));
}

/** A drag from (x0, y0) to (x1, y1), in the map's pixels. */
export interface Drag {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The drag as a rectangle, whichever way it went. */
export function dragRect(d: Drag): { left: number; top: number; width: number; height: number } {
	return { left: Math.min(d.x0, d.x1), top: Math.min(d.y0, d.y1), width: Math.abs(d.x1 - d.x0), height: Math.abs(d.y1 - d.y0) };
}

/** A press becomes a box once it has moved more than a few px, so a shift-click stays a click. */
export function isDrag(x0: number, y0: number, x1: number, y1: number): boolean {
	return Math.abs(x1 - x0) + Math.abs(y1 - y0) > 4;
}

/** The places (cities with events) whose projected position lies in the dragged box, edges included. */
export function placesInBox(marks: Mark[], d: Drag, project: (lon: number, lat: number) => { x: number; y: number }): string[] {
	const [left, right] = [Math.min(d.x0, d.x1), Math.max(d.x0, d.x1)];
	const [top, bottom] = [Math.min(d.y0, d.y1), Math.max(d.y0, d.y1)];
	const values: string[] = [];
	for (const m of marks) {
		if (m.kind !== 'city' || m.n <= 0 || m.lon === null || m.lat === null) continue;
		const p = project(m.lon, m.lat);
		if (p.x >= left && p.x <= right && p.y >= top && p.y <= bottom) values.push(m.id);
	}
	return values;
}
