// GeoJSON for the map's hosts and flows (arcs, arrowheads, origin marks) from its marks and the flow rows, with what paint and layout read as properties.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { FlowRow, PlaceRow } from '$lib/crossfilter/rows';
import { DIMMED_OPACITY, countryColour } from '../palette';
import type { Mark } from './marks';
import { radius } from './scale';
import { FLOW_LIMIT, arrowHead, strongestFlows } from './flows';

export interface HostScale {
	/** The count drawn at full size (the largest seen). */
	max: number;
	/** That full size's radius in px. */
	rMax: number;
}

/** A point per mark with a position: whether it is grouped, its radius, the selected part's, colour, opacity and label. */
export function hostFeatures(marks: Mark[], mapClause: boolean, scale: HostScale, grouped: ReadonlySet<string> = new Set()): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const m of marks) {
		if (m.lon === null || m.lat === null) continue;
		const partial = mapClause && m.nSelected > 0 && m.nSelected < m.n;
		const alpha = !mapClause ? 0.85 : m.nSelected === 0 ? DIMMED_OPACITY : partial ? 0.38 : 0.92;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
			properties: {
				key: m.key,
				kind: m.kind,
				name: m.name,
				n: m.n,
				r: radius(m.n, scale.max, scale.rMax),
				rSel: partial ? radius(m.nSelected, scale.max, scale.rMax) : 0,
				colour: countryColour(m.country),
				alpha,
				dim: mapClause && m.nSelected === 0,
				selected: m.selected,
				// In a group at this zoom (grouping.ts): its label makes way; feature-state hides the mark at once.
				grouped: grouped.has(m.key)
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

/** 12 segments: smooth at the region's zooms, and half the vertices every brush step's frame draws. */
export const ARC_SEGMENTS = 12;

/** A gentle arc from a to b (bending right of the direction of travel), so A→B and B→A stay apart. */
export function arc(a: [number, number], b: [number, number]): [number, number][] {
	const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const dx = (b[0] - a[0]) * k;
	const dy = b[1] - a[1];
	const cx = (a[0] + b[0]) / 2 + (dy * 0.2) / k;
	const cy = (a[1] + b[1]) / 2 - dx * 0.2;
	const pts: [number, number][] = [];
	for (let i = 0; i <= ARC_SEGMENTS; i++) {
		const t = i / ARC_SEGMENTS;
		const u = 1 - t;
		pts.push([u * u * a[0] + 2 * u * t * cx + t * t * b[0], u * u * a[1] + 2 * u * t * cy + t * t * b[1]]);
	}
	return pts;
}

/** The flows the map can draw: both ends placed, some events, and ends at least half a degree apart. */
export function drawableFlows(flows: FlowRow[], places: Map<string, Pick<PlaceRow, 'lon' | 'lat'>>, markByKey: Map<string, Mark>): FlowRow[] {
	return flows.filter((f) => {
		const from = places.get(f.from_country);
		const to = markByKey.get(f.key);
		if (!from || !to || to.lon === null || to.lat === null || f.n <= 0) return false;
		return Math.abs(from.lon - to.lon) + Math.abs(from.lat - to.lat) >= 0.5;
	});
}

/** The radius of a flow's origin mark, drawn where its country has no country-only mark to start from. */
export const ORIGIN_R = 3.5;

/**
 * The strongest `limit` drawable flows as arcs from the participant country to the host mark, each as wide as its
 * share of the largest flow seen, with an arrowhead near the host end (pointing the way the participants went) and,
 * where the country has no diamond of its own, a small origin mark in its colour for the arcs to start from.
 * Features carry `part`: arc, head or origin.
 */
export function flowFeatures(
	flows: FlowRow[],
	places: Map<string, Pick<PlaceRow, 'lon' | 'lat'>>,
	markByKey: Map<string, Mark>,
	mapClause: boolean,
	flowMax: number,
	limit = FLOW_LIMIT
): FeatureCollection<LineString | Point> {
	const arcs: Feature<LineString | Point>[] = [];
	const heads: Feature<LineString | Point>[] = [];
	const origins = new Map<string, Feature<Point>>();
	for (const f of strongestFlows(drawableFlows(flows, places, markByKey), limit)) {
		const from = places.get(f.from_country)!;
		const to = markByKey.get(f.key)!;
		const lit = !mapClause || to.nSelected > 0;
		const fid = `${f.from_country}>${f.key}`;
		const colour = countryColour(f.from_country);
		const share = Math.sqrt(Math.min(1, f.n / flowMax));
		// Arcs to places abroad cross half the map on their way out of the frame: drawn lighter, so they do not
		// bury the Central Asian marks they pass over. All arcs stay light: the marks are what one reads.
		const alpha = lit ? (to.inFrame ? 0.3 : 0.14) : 0.05;
		const points = arc([from.lon, from.lat], [to.lon!, to.lat!]);
		arcs.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: points }, properties: { fid, part: 'arc', colour, width: 0.8 + 3.2 * share, alpha } });
		const head = arrowHead(points);
		heads.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: head.at },
			properties: { fid: `${fid}^`, part: 'head', colour, width: 0, alpha: Math.min(1, alpha * 2.4), bearing: Math.round(head.bearing), size: 0.5 + 0.4 * share }
		});
		const diamond = markByKey.get(`@${f.from_country}`);
		if (diamond && diamond.n > 0 && diamond.lon !== null) continue;
		const o = origins.get(f.from_country);
		const oAlpha = lit ? 0.95 : 0.3;
		if (o) o.properties!.alpha = Math.max(o.properties!.alpha as number, oAlpha);
		else
			origins.set(f.from_country, {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [from.lon, from.lat] },
				properties: { fid: `o:${f.from_country}`, part: 'origin', colour, width: 0, alpha: oAlpha }
			});
	}
	return { type: 'FeatureCollection', features: [...arcs, ...heads, ...origins.values()] };
}
