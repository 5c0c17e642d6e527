// The map's first picture before WebGL is up: MapLibre's Web Mercator camera for a framed box, and GeoJSON outlines as SVG paths in that camera's pixels.
import type { Box } from './mapRegion';

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

export interface Camera2d {
	/** pixel position of a point in the container, as MapLibre draws it */
	project(lon: number, lat: number): [number, number];
	zoom: number;
}

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/**
 * The camera MapLibre's fitBounds picks for `box` in a `width` × `height` container with `padding` on every side
 * (no bearing or pitch): the zoom that fits the box's Mercator extent into the padded size, centred on its middle.
 */
export function fitBox(box: Box, width: number, height: number, padding: number, maxZoom = 9): Camera2d {
	const x0 = mercX(box[0]);
	const x1 = mercX(box[2]);
	const y0 = mercY(box[3]);
	const y1 = mercY(box[1]);
	const w = Math.max(1, width - 2 * padding);
	const h = Math.max(1, height - 2 * padding);
	const zoom = Math.min(maxZoom, Math.log2(Math.min(w / ((x1 - x0) * TILE), h / ((y1 - y0) * TILE))));
	const world = TILE * 2 ** zoom;
	const cx = ((x0 + x1) / 2) * world;
	const cy = ((y0 + y1) / 2) * world;
	return {
		zoom,
		project: (lon, lat) => [width / 2 + mercX(lon) * world - cx, height / 2 + mercY(lat) * world - cy]
	};
}

type Ring = number[][];

/** An SVG path (d) of a Polygon or MultiPolygon's rings, rounded to 0.1 px; an empty string for other geometry. */
export function polygonPath(geometry: { type: string; coordinates: unknown }, cam: Camera2d): string {
	const polygons: Ring[][] =
		geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [];
	const parts: string[] = [];
	for (const rings of polygons)
		for (const ring of rings) if (ring.length >= 3) parts.push(`${linePath(ring, cam)}Z`);
	return parts.join('');
}

/** An SVG path through points given in degrees (a flow's arc, a ring), rounded to 0.1 px. */
export function linePath(coordinates: number[][], cam: Camera2d): string {
	let d = '';
	for (let i = 0; i < coordinates.length; i++) {
		const [x, y] = cam.project(coordinates[i][0], coordinates[i][1]);
		d += `${i ? 'L' : 'M'}${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;
	}
	return d;
}
