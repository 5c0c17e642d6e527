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

/**
 * Groups of two or more places at `zoom`: the busiest place not yet grouped takes every other free place whose
 * circle overlaps its own (centres closer than OVERLAP of the two radii, or than MIN_GAP px), so a group is
 * as wide as its leader's circle and a dense valley becomes a few marks rather than a heap.
 */
export function groupMarks(marks: GroupInput[], zoom: number): Group[] {
	const scale = TILE * 2 ** zoom;
	const pts = marks
		.map((m) => ({ m, x: worldX(m.lon, scale), y: worldY(m.lat, scale) }))
		.sort((a, b) => b.m.n - a.m.n || (a.m.key < b.m.key ? -1 : 1));
	const taken = new Set<string>();
	const groups: Group[] = [];
	for (const lead of pts) {
		if (taken.has(lead.m.key)) continue;
		const members = [lead];
		for (const p of pts) {
			if (p === lead || taken.has(p.m.key)) continue;
			const reach = Math.max(MIN_GAP, OVERLAP * (lead.m.r + p.m.r));
			if (Math.hypot(p.x - lead.x, p.y - lead.y) < reach) members.push(p);
		}
		if (members.length < 2) continue;
		for (const p of members) taken.add(p.m.key);
		const n = members.reduce((s, p) => s + p.m.n, 0);
		const weight = (p: (typeof members)[number]) => Math.max(1, p.m.n) / Math.max(1, n);
		groups.push({
			id: `g:${lead.m.key}`,
			keys: members.map((p) => p.m.key),
			lon: members.reduce((s, p) => s + p.m.lon * weight(p), 0),
			lat: members.reduce((s, p) => s + p.m.lat * weight(p), 0),
			n,
			bounds: [
				Math.min(...members.map((p) => p.m.lon)),
				Math.min(...members.map((p) => p.m.lat)),
				Math.max(...members.map((p) => p.m.lon)),
				Math.max(...members.map((p) => p.m.lat))
			],
			countries: [...new Set(members.map((p) => p.m.country))]
		});
	}
	return groups;
}

/** The marks that may be grouped: placed cities with events, never a selected one (it stays in sight), at radius `r(n)`. */
export function groupable(marks: Mark[], r: (n: number) => number): GroupInput[] {
	return marks
		.filter((m) => m.kind === 'city' && m.n > 0 && !m.selected && m.lon !== null && m.lat !== null)
		.map((m) => ({ key: m.key, lon: m.lon!, lat: m.lat!, n: m.n, r: r(m.n), country: m.country }));
}

/** A group's mark is its events' circle, no larger than GROUP_GROWTH × the largest place's, so it never buries its region. */
export const GROUP_GROWTH = 1.3;
const MIXED = '#5a6170';

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
					r: Math.max(9, Math.min(GROUP_GROWTH * rMax, r(g.n))),
					colour: g.countries.length === 1 ? countryColour(g.countries[0]) : MIXED,
					label: String(g.keys.length),
					places: g.keys.length,
					n: g.n
				}
			})
		)
	};
}
