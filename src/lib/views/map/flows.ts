// Flow arcs' extras: the strongest flows kept at high counts, where an arc's arrowhead sits and which way it points.
/** Past this many flows the map draws only the strongest: hundreds of arcs would bury the place marks. */
export const FLOW_LIMIT = 40;

/** Where along an arc (0 = participant country, 1 = host) its arrowhead sits: near the host, but clear of its mark. */
export const HEAD_AT = 0.8;

/** The `limit` flows with the most events (none without events), ties kept in their given order. */
export function strongestFlows<T extends { n: number }>(flows: T[], limit = FLOW_LIMIT): T[] {
	const live = flows.filter((f) => f.n > 0);
	if (live.length <= limit) return live;
	return live
		.map((f, i) => ({ f, i }))
		.sort((a, b) => b.f.n - a.f.n || a.i - b.i)
		.slice(0, limit)
		.map(({ f }) => f);
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);

/**
 * The bearing from a to b as drawn on a north-up Web Mercator map, in degrees clockwise from up (what MapLibre's
 * icon-rotate reads): computed in projected units, so the arrow lies along the arc as the screen shows it.
 */
export function bearing(a: [number, number], b: [number, number]): number {
	const dx = b[0] - a[0];
	const dy = mercY(b[1]) - mercY(a[1]);
	if (dx === 0 && dy === 0) return 0;
	const deg = (Math.atan2(dx, dy) * 180) / Math.PI;
	return (deg + 360) % 360;
}

/** The arrowhead of an arc given as its points (two or more): a point at HEAD_AT of the way and the arc's bearing there. */
export function arrowHead(points: [number, number][]): { at: [number, number]; bearing: number } {
	const last = points.length - 1;
	const i = Math.min(last - 1, Math.max(0, Math.floor(HEAD_AT * last)));
	const t = HEAD_AT * last - i;
	const [a, b] = [points[i], points[i + 1]];
	return { at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], bearing: bearing(a, b) };
}
