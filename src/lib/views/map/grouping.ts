// Places whose circles overlap at the map's zoom, grouped into one mark that splits as one zooms in (pure: projected maths, no map).
import type { Feature, FeatureCollection, Point } from 'geojson';
import { countryColour } from '../palette';
import type { Box } from './mapRegion';
import type { Mark } from './marks';

/** A place mark as the grouping sees it: where it is, its events and its drawn radius in px. */
export interface GroupInput {
	key: string;
	lon: number;
	lat: number;
	n: number;
	r: number;
	country: string;
}

export interface Group {
	/** `g:` and the key of its busiest place, stable while that place leads the group. */
	id: string;
	keys: string[];
	/** The events' centre of the group's places, where its mark stands. */
	lon: number;
	lat: number;
	/** events at all its places */
	n: number;
	/** its places' extent, which the camera fits when the group is clicked */
	bounds: Box;
	/** its places' countries, each once */
	countries: string[];
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;
/** Circles closer than this share of their radii (or than MIN_GAP px) overlap enough to hide each other. */
export const OVERLAP = 0.8;
export const MIN_GAP = 10;

const worldX = (lon: number, scale: number) => ((lon + 180) / 360) * scale;
const worldY = (lat: number, scale: number) => ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * scale;

interface Item {
	members: GroupInput[];
	lon: number;
	lat: number;
	n: number;
	r: number;
	x: number;
	y: number;
}

/** One item standing for `members`: at their events' centre, as big as `r` says for their events. */
function itemOf(members: GroupInput[], scale: number, r: number): Item {
	const n = members.reduce((s, m) => s + m.n, 0);
	const w = (m: GroupInput) => Math.max(1, m.n) / members.reduce((s, q) => s + Math.max(1, q.n), 0);
	const lon = members.reduce((s, m) => s + m.lon * w(m), 0);
	const lat = members.reduce((s, m) => s + m.lat * w(m), 0);
	return { members, lon, lat, n, r, x: worldX(lon, scale), y: worldY(lat, scale) };
}

/**
 * Groups of two or more places at `zoom`: the busiest mark not yet grouped takes every other free mark whose
 * circle overlaps its own (centres closer than OVERLAP of the two radii, or than MIN_GAP px). A group is drawn
 * at `groupR` of its events, which may overlap its neighbours again: passes repeat (a few at most) until no
 * two marks overlap, so a dense valley becomes a few marks rather than a heap.
 */
export function groupMarks(marks: GroupInput[], zoom: number, groupR: (n: number) => number = () => 0): Group[] {
	const scale = TILE * 2 ** zoom;
	let items = marks.map((m) => itemOf([m], scale, m.r));
	for (let pass = 0; pass < 4; pass++) {
		items.sort((a, b) => b.n - a.n || (a.members[0].key < b.members[0].key ? -1 : 1));
		const taken = new Set<Item>();
		const next: Item[] = [];
		for (const lead of items) {
			if (taken.has(lead)) continue;
			taken.add(lead);
			const near = items.filter(
				(p) => !taken.has(p) && Math.hypot(p.x - lead.x, p.y - lead.y) < Math.max(MIN_GAP, OVERLAP * (lead.r + p.r))
			);
			for (const p of near) taken.add(p);
			if (!near.length) next.push(lead);
			else {
				const members = [lead, ...near].flatMap((p) => p.members);
				next.push(itemOf(members, scale, groupR(members.reduce((s, m) => s + m.n, 0))));
			}
		}
		const merged = next.length < items.length;
		items = next;
		if (!merged) break;
	}
	return items
		.filter((it) => it.members.length > 1)
		.map((it) => {
			const ms = [...it.members].sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1));
			return {
				id: `g:${ms[0].key}`,
				keys: ms.map((m) => m.key),
				lon: it.lon,
				lat: it.lat,
				n: it.n,
				bounds: [Math.min(...ms.map((m) => m.lon)), Math.min(...ms.map((m) => m.lat)), Math.max(...ms.map((m) => m.lon)), Math.max(...ms.map((m) => m.lat))],
				countries: [...new Set(ms.map((m) => m.country))]
			};
		});
}

/** The marks that may be grouped: placed cities with events, never a selected one (it stays in sight), at radius `r(n)`. */
export function groupable(marks: Mark[], r: (n: number) => number): GroupInput[] {
	return marks
		.filter((m) => m.kind === 'city' && m.n > 0 && !m.selected && m.lon !== null && m.lat !== null)
		.map((m) => ({ key: m.key, lon: m.lon!, lat: m.lat!, n: m.n, r: r(m.n), country: m.country }));
}

/** A group's mark is its events' circle, no larger than GROUP_GROWTH × the largest place's, so it never buries its region. */
export const GROUP_GROWTH = 1.3;
const MIXED = '#6b7280';

/** A group's radius in px for `n` events, with `r` the places' radius by events. */
export function groupRadius(n: number, r: (n: number) => number, rMax: number): number {
	return Math.max(9, Math.min(GROUP_GROWTH * rMax, r(n)));
}

/** A point per group: its circle's radius, its country's colour (grey across borders) and its places' count as label. */
export function groupFeatures(groups: Group[], r: (n: number) => number, rMax: number): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: groups.map(
			(g): Feature<Point> => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [g.lon, g.lat] },
				properties: {
					id: g.id,
					r: groupRadius(g.n, r, rMax),
					colour: g.countries.length === 1 ? countryColour(g.countries[0]) : MIXED,
					label: String(g.keys.length),
					places: g.keys.length,
					n: g.n
				}
			})
		)
	};
}

/**
 * Each group's events as its places have them now, and its radius for them: the grouping waits for a brush to rest
 * (regrouping is a worker's re-layout), its sizes and tooltips follow every step.
 */
export function groupsNow(groups: Group[], nOf: (key: string) => number, r: (n: number) => number, rMax: number): Map<string, { n: number; r: number }> {
	return new Map(
		groups.map((g) => {
			const n = g.keys.reduce((s, k) => s + nOf(k), 0);
			return [g.id, { n, r: groupRadius(n, r, rMax) }];
		})
	);
}
