// CLI: `npm run basemap` writes static/data/basemap.json, the map's countries (Natural Earth 1:50m via world-atlas) around Central Asia.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { ATLAS_COUNTRIES, BASEMAP_BOX, FRAME, type Box } from '../src/lib/views/map/mapRegion';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, 'static', 'data', 'basemap.json');
/** 3 decimals ≈ 100 m: far below what 1:50m data resolves, and shared borders round to the same points on both sides. */
const DECIMALS = 3;
/** Labels of the big neighbours go where the map usually looks, not at the far-off middle of Russia or China. */
const LABEL_BOX: Box = [FRAME[0] - 3, FRAME[1] - 2, FRAME[2] + 4, FRAME[3] + 1];
/** Below this many square degrees in LABEL_BOX a country's label goes to its own middle instead. */
const MIN_LABEL_AREA = 3;
/**
 * The programme countries' labels, placed by hand: their computed middles fall on the capitals and on the registry
 * points where the map draws country-only events and where flow lines start.
 */
const LABEL_AT: Record<string, Position> = {
	KAZ: [70.6, 49.4],
	KGZ: [77.8, 41.3],
	TJK: [72.6, 38.3],
	TKM: [57.2, 40.0],
	UZB: [63.2, 42.0]
};

/**
 * Russian names of the basemap's countries that the registry (data/places.csv) does not list; the registry's name_ru
 * wins for the others, so a country's name is the same on the map and in the panels.
 */
const NAME_RU: Record<string, string> = {
	ALB: 'Албания',
	AND: 'Андорра',
	ARE: 'ОАЭ',
	ARM: 'Армения',
	BGD: 'Бангладеш',
	BGR: 'Болгария',
	BHR: 'Бахрейн',
	BIH: 'Босния и Герцеговина',
	BLR: 'Беларусь',
	BTN: 'Бутан',
	CYP: 'Кипр',
	DNK: 'Дания',
	DZA: 'Алжир',
	EGY: 'Египет',
	ERI: 'Эритрея',
	ESH: 'Западная Сахара',
	FRO: 'Фарерские острова',
	GBR: 'Великобритания',
	GRC: 'Греция',
	HRV: 'Хорватия',
	IND: 'Индия',
	IRL: 'Ирландия',
	IRQ: 'Ирак',
	ISR: 'Израиль',
	JOR: 'Иордания',
	KWT: 'Кувейт',
	LAO: 'Лаос',
	LBN: 'Ливан',
	LBY: 'Ливия',
	LIE: 'Лихтенштейн',
	LUX: 'Люксембург',
	MAR: 'Марокко',
	MCO: 'Монако',
	MDA: 'Молдова',
	MKD: 'Северная Македония',
	MLI: 'Мали',
	MLT: 'Мальта',
	MMR: 'Мьянма',
	MNE: 'Черногория',
	MRT: 'Мавритания',
	NER: 'Нигер',
	NOR: 'Норвегия',
	NPL: 'Непал',
	OMN: 'Оман',
	PSE: 'Палестина',
	QAT: 'Катар',
	ROU: 'Румыния',
	SAU: 'Саудовская Аравия',
	SDN: 'Судан',
	SMR: 'Сан-Марино',
	SRB: 'Сербия',
	SVK: 'Словакия',
	SVN: 'Словения',
	SYR: 'Сирия',
	TCD: 'Чад',
	THA: 'Таиланд',
	TUN: 'Тунис',
	UKR: 'Украина',
	VAT: 'Ватикан',
	VNM: 'Вьетнам',
	YEM: 'Йемен'
};

/** ISO3 → name_ru of the registry's countries. */
function registryNamesRu(): Map<string, string> {
	const rows = csvParse(readFileSync(join(root, 'data', 'places.csv'), 'utf8'));
	return new Map(rows.filter((r) => r.kind === 'country' && r.id && r.name_ru).map((r) => [r.id!, r.name_ru!]));
}

type Ring = Position[];

/** Sutherland–Hodgman against one box edge: keeps the part of the ring on the inner side. */
function clipEdge(ring: Ring, inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position): Ring {
	const out: Ring = [];
	for (let i = 0; i < ring.length; i++) {
		const cur = ring[i];
		const prev = ring[(i + ring.length - 1) % ring.length];
		if (inside(cur)) {
			if (!inside(prev)) out.push(cross(prev, cur));
			out.push(cur);
		} else if (inside(prev)) out.push(cross(prev, cur));
	}
	return out;
}

const atX = (a: Position, b: Position, x: number): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (a: Position, b: Position, y: number): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/** A closed ring clipped to a box (the box is convex, so one pass per edge is exact), or null when nothing is left. */
function clipRing(ring: Ring, [w, s, e, n]: Box): Ring | null {
	let r = ring.slice(0, -1);
	r = clipEdge(r, (p) => p[0] >= w, (a, b) => atX(a, b, w));
	r = clipEdge(r, (p) => p[0] <= e, (a, b) => atX(a, b, e));
	r = clipEdge(r, (p) => p[1] >= s, (a, b) => atY(a, b, s));
	r = clipEdge(r, (p) => p[1] <= n, (a, b) => atY(a, b, n));
	return r.length >= 3 ? [...r, r[0]] : null;
}

function clipPolygons(polygons: Position[][][], box: Box): Position[][][] {
	const out: Position[][][] = [];
	for (const rings of polygons) {
		const outer = clipRing(rings[0], box);
		if (!outer || Math.abs(ringArea(outer)) === 0) continue;
		const holes = rings.slice(1).map((h) => clipRing(h, box)).filter((h): h is Ring => h !== null);
		out.push([outer, ...holes]);
	}
	return out;
}

function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	return a / 2;
}

/** Rounds coordinates and drops the points rounding made equal to their predecessor. */
function quantise(ring: Ring): Ring | null {
	const f = 10 ** DECIMALS;
	const out: Ring = [];
	for (const [x, y] of ring) {
		const p = [Math.round(x * f) / f, Math.round(y * f) / f];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out.length >= 4 ? out : null;
}

function pointInRing(x: number, y: number, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Distance from a point to a ring's edges, with longitude shrunk by cos(latitude) so the measure is roughly even. */
function edgeDistance(x: number, y: number, ring: Ring, k: number): number {
	let best = Infinity;
	for (let i = 1; i < ring.length; i++) {
		const ax = ring[i - 1][0] * k;
		const ay = ring[i - 1][1];
		const bx = ring[i][0] * k;
		const by = ring[i][1];
		const dx = bx - ax;
		const dy = by - ay;
		const len = dx * dx + dy * dy;
		const t = len ? Math.max(0, Math.min(1, ((x * k - ax) * dx + (y - ay) * dy) / len)) : 0;
		const ex = ax + t * dx - x * k;
		const ey = ay + t * dy - y;
		best = Math.min(best, ex * ex + ey * ey);
	}
	return Math.sqrt(best);
}

/**
 * The point of a polygon farthest from its edges (where a label fits best), by a grid search refined three times:
 * exact enough for a label, and no extra dependency.
 */
function labelPoint(rings: Ring[]): Position {
	const outer = rings[0];
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of outer) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
	const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
	let best: Position = [(w + e) / 2, (s + n) / 2];
	let bestD = -1;
	let [cx, cy, rx, ry] = [(w + e) / 2, (s + n) / 2, (e - w) / 2, (n - s) / 2];
	for (let round = 0; round < 4; round++) {
		const steps = 30;
		for (let i = 0; i <= steps; i++) {
			for (let j = 0; j <= steps; j++) {
				const x = cx - rx + (2 * rx * i) / steps;
				const y = cy - ry + (2 * ry * j) / steps;
				if (!pointInRing(x, y, outer) || rings.slice(1).some((h) => pointInRing(x, y, h))) continue;
				const d = Math.min(...rings.map((r) => edgeDistance(x, y, r, k)));
				if (d > bestD) [bestD, best] = [d, [x, y]];
			}
		}
		[cx, cy, rx, ry] = [best[0], best[1], rx / 5, ry / 5];
	}
	return best.map((v) => Math.round(v * 100) / 100);
}

function largest(polygons: Position[][][]): Position[][] | null {
	let best: Position[][] | null = null;
	let bestA = 0;
	for (const p of polygons) {
		const a = Math.abs(ringArea(p[0]));
		if (a > bestA) [best, bestA] = [p, a];
	}
	return best;
}

const area = (polygons: Position[][][]) => polygons.reduce((sum, p) => sum + Math.abs(ringArea(p[0])), 0);

function main(): void {
	const require = createRequire(import.meta.url);
	const atlasPath = require.resolve('world-atlas/countries-50m.json');
	const topo = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const world = feature(topo, topo.objects.countries);
	const registryRu = registryNamesRu();

	type Props = { iso3: string; name: string; name_ru?: string };
	const shapes: Feature<MultiPolygon, Props>[] = [];
	const labels: Feature<Point, Props>[] = [];
	const noRussian: string[] = [];
	const unknown: string[] = [];
	for (const f of world.features) {
		const g = f.geometry as Polygon | MultiPolygon | null;
		if (!g) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		const clipped = clipPolygons(polygons, BASEMAP_BOX)
			.map((rings) => rings.map(quantise).filter((r): r is Ring => r !== null))
			.filter((rings) => rings.length > 0 && Math.abs(ringArea(rings[0])) > 0);
		if (!clipped.length) continue;
		const known = f.id !== undefined ? ATLAS_COUNTRIES[String(f.id)] : undefined;
		if (!known) unknown.push(`${f.id ?? '(no id)'} ${f.properties?.name ?? ''}`);
		const props: Props = { iso3: known?.iso3 ?? '', name: known?.name ?? f.properties?.name ?? '' };
		const ru = known ? (registryRu.get(known.iso3) ?? NAME_RU[known.iso3]) : undefined;
		if (ru) props.name_ru = ru;
		else if (known) noRussian.push(props.name);
		shapes.push({ type: 'Feature', properties: props, geometry: { type: 'MultiPolygon', coordinates: clipped } });
		if (!known) continue;
		const inView = clipPolygons(clipped, LABEL_BOX);
		const home = area(inView) >= MIN_LABEL_AREA ? largest(inView) : largest(clipped);
		const at = LABEL_AT[props.iso3] ?? (home ? labelPoint(home) : null);
		if (at) labels.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: at } });
	}

	// Polygons for fills and borders, then one point per country for its label (a polygon label would repeat per tile).
	const collection: FeatureCollection = { type: 'FeatureCollection', bbox: BASEMAP_BOX, features: [...shapes, ...labels] };
	mkdirSync(dirname(OUT), { recursive: true });
	writeFileSync(OUT, JSON.stringify(collection));
	const kb = Math.round(statSync(OUT).size / 1024);
	console.log(`basemap: ${shapes.length} countries, ${labels.length} labels, ${kb} kB → ${OUT}`);
	if (unknown.length) console.warn(`basemap: no ISO3 for ${unknown.join(', ')} (drawn, not selectable)`);
	if (noRussian.length) console.warn(`basemap: no Russian name for ${noRussian.join(', ')} (the English one is shown)`);
}

main();
