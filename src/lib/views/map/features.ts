// GeoJSON for the map's hosts and flows from its marks and the flow rows, with what paint and layout read as properties.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { FlowRow, PlaceRow } from '$lib/crossfilter/rows';
import { DIMMED_OPACITY, countryColour } from '../palette';
import type { Mark } from './marks';
import { radius } from './scale';

export interface HostScale {
	/** The count drawn at full size (the largest seen). */
	max: number;
	/** That full size's radius in px. */
	rMax: number;
}

/** A point per mark with a position: its radius, the selected part's, colour, opacity and label. */
export function hostFeatures(marks: Mark[], mapClause: boolean, scale: HostScale): FeatureCollection<Point> {
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
				selected: m.selected
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

/**
 * An arc per flow from a participant country to a host mark, as wide as its share of the largest flow seen; flows
 * with no position at either end, no events, or ends closer than half a degree are left out.
 */
export function flowFeatures(
	flows: FlowRow[],
	places: Map<string, Pick<PlaceRow, 'lon' | 'lat'>>,
	markByKey: Map<string, Mark>,
	mapClause: boolean,
	flowMax: number
): FeatureCollection<LineString> {
	const features: Feature<LineString>[] = [];
	for (const f of flows) {
		const from = places.get(f.from_country);
		const to = markByKey.get(f.key);
		if (!from || !to || to.lon === null || to.lat === null || f.n <= 0) continue;
		if (Math.abs(from.lon - to.lon) + Math.abs(from.lat - to.lat) < 0.5) continue;
		const lit = !mapClause || to.nSelected > 0;
		features.push({
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: arc([from.lon, from.lat], [to.lon, to.lat]) },
			properties: {
				fid: `${f.from_country}>${f.key}`,
				colour: countryColour(f.from_country),
				width: 1 + 5 * Math.sqrt(f.n / flowMax),
				// Arcs to places abroad cross half the map on their way out of the frame: drawn lighter, so they do not
				// bury the Central Asian marks they pass over.
				alpha: lit ? (to.inFrame ? 0.42 : 0.2) : 0.07
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
