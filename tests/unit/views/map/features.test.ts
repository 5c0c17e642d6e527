// GeoJSON for MapLibre and the sketch: a point per placed mark with its paint, an arc per flow between distinct places.
import { describe, expect, it } from 'vitest';
import { registry } from '../../ingest/registries';
import { namesOf } from '../../../../src/lib/views/format';
import { COUNTRY_COLOUR, DIMMED_OPACITY, OTHER_COLOUR } from '../../../../src/lib/views/palette';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';
import { marksOf } from '../../../../src/lib/views/map/marks';
import { ARC_SEGMENTS, arc, drawableFlows, flowFeatures, hostFeatures } from '../../../../src/lib/views/map/features';
import { arrowHead } from '../../../../src/lib/views/map/flows';
import { radius } from '../../../../src/lib/views/map/scale';
import type { FlowRow, HostRow } from '../../../../src/lib/crossfilter/rows';

const places = new Map(registry.places.map((p) => [p.id, p]));
const hosts: HostRow[] = [
	{ key: 'almaty', place_id: 'almaty', country: 'KAZ', n: 8, n_selected: 8 },
	{ key: 'bishkek', place_id: 'bishkek', country: 'KGZ', n: 4, n_selected: 1 },
	{ key: '@TJK', place_id: null, country: 'TJK', n: 2, n_selected: 0 },
	{ key: 'riga', place_id: 'riga', country: 'LVA', n: 2, n_selected: 0 },
	{ key: 'atlantis', place_id: 'atlantis', country: 'KAZ', n: 1, n_selected: 0 }
];
const marks = marksOf(hosts, {
	places,
	names: namesOf(registry.places, [], 'en'),
	selected: { place: [], country: [] },
	framed: FRAME
});
const markByKey = new Map(marks.map((m) => [m.key, m]));
const scale = { max: 8, rMax: 20 };
const props = (fc: { features: { properties: unknown }[] }) => fc.features.map((f) => f.properties as Record<string, unknown>);

describe('hostFeatures', () => {
	it('places every mark with a position, sized by its count and coloured by its country', () => {
		const fc = hostFeatures(marks, false, scale);
		expect(props(fc).map((p) => p.key)).toEqual(['almaty', 'bishkek', '@TJK', 'riga']);
		const [almaty, bishkek, , riga] = props(fc);
		expect(almaty).toMatchObject({ kind: 'city', name: 'Almaty', n: 8, r: 20, rSel: 0, colour: COUNTRY_COLOUR.KAZ, selected: false });
		expect(bishkek.r).toBeCloseTo(radius(4, 8, 20), 9);
		expect(riga.colour).toBe(OTHER_COLOUR);
		expect(fc.features[0].geometry.coordinates).toEqual([places.get('almaty')!.lon, places.get('almaty')!.lat]);
	});

	it('without a map clause draws every mark alike', () => {
		const all = props(hostFeatures(marks, false, scale));
		expect(all.every((p) => p.alpha === 0.85 && p.dim === false && p.rSel === 0)).toBe(true);
	});

	it('with a map clause dims the unselected, lightens the partly selected and draws their selected part', () => {
		const [almaty, bishkek, tajikistan] = props(hostFeatures(marks, true, scale));
		expect(almaty).toMatchObject({ alpha: 0.92, dim: false, rSel: 0 });
		expect(bishkek).toMatchObject({ alpha: 0.38, dim: false });
		expect(bishkek.rSel).toBeCloseTo(radius(1, 8, 20), 9);
		expect(tajikistan).toMatchObject({ alpha: DIMMED_OPACITY, dim: true, rSel: 0 });
	});
});

describe('arc', () => {
	const a: [number, number] = [69.24, 41.3];
	const b: [number, number] = [76.89, 43.24];
	it('runs from one end to the other in ARC_SEGMENTS steps', () => {
		const pts = arc(a, b);
		expect(pts).toHaveLength(ARC_SEGMENTS + 1);
		expect(pts[0][0]).toBeCloseTo(a[0], 9);
		expect(pts[0][1]).toBeCloseTo(a[1], 9);
		expect(pts[ARC_SEGMENTS][0]).toBeCloseTo(b[0], 9);
		expect(pts[ARC_SEGMENTS][1]).toBeCloseTo(b[1], 9);
	});
	it('bends to the right of the way it goes, so the flows both ways stay apart', () => {
		const there = arc(a, b)[ARC_SEGMENTS / 2];
		const back = arc(b, a)[ARC_SEGMENTS / 2];
		// Going east-north-east, right is south: the middle lies below the straight line.
		const onLine = a[1] + ((there[0] - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
		expect(there[1]).toBeLessThan(onLine);
		expect(Math.hypot(there[0] - back[0], there[1] - back[1])).toBeGreaterThan(1);
	});
});

describe('flowFeatures', () => {
	const flows: FlowRow[] = [
		{ from_country: 'UZB', key: 'almaty', n: 6 },
		{ from_country: 'KAZ', key: 'riga', n: 2 },
		{ from_country: 'KGZ', key: '@TJK', n: 0 },
		{ from_country: 'TJK', key: '@TJK', n: 3 },
		{ from_country: 'UZB', key: 'nowhere', n: 3 },
		{ from_country: 'XXX', key: 'almaty', n: 3 }
	];
	const part = (fc: { features: { properties: unknown }[] }, which: string) => props(fc).filter((p) => p.part === which);
	it('draws an arc per flow with both ends known, some events and some distance, keyed participant>host', () => {
		const fc = flowFeatures(flows, places, markByKey, false, 6);
		expect(part(fc, 'arc').map((p) => p.fid)).toEqual(['UZB>almaty', 'KAZ>riga']);
		expect(fc.features[0].geometry.coordinates).toHaveLength(ARC_SEGMENTS + 1);
		expect(drawableFlows(flows, places, markByKey).map((f) => f.key)).toEqual(['almaty', 'riga']);
	});
	it('widens with the flow’s share of the largest, coloured by the participants’ country', () => {
		const [uzb, kaz] = part(flowFeatures(flows, places, markByKey, false, 6), 'arc');
		expect(uzb).toMatchObject({ width: 4, colour: COUNTRY_COLOUR.UZB });
		expect(kaz.width).toBeCloseTo(0.8 + 3.2 * Math.sqrt(2 / 6), 9);
	});
	it('draws flows light, flows abroad lighter, and flows to unselected marks faint under a map clause', () => {
		expect(part(flowFeatures(flows, places, markByKey, false, 6), 'arc').map((p) => p.alpha)).toEqual([0.3, 0.14]);
		// Almaty is fully selected, Riga not at all.
		expect(part(flowFeatures(flows, places, markByKey, true, 6), 'arc').map((p) => p.alpha)).toEqual([0.3, 0.05]);
	});
	it('gives every arc an arrowhead near its host end, pointing along the arc', () => {
		const fc = flowFeatures(flows, places, markByKey, false, 6);
		const heads = fc.features.filter((f) => f.properties?.part === 'head');
		expect(heads.map((f) => f.properties?.fid)).toEqual(['UZB>almaty^', 'KAZ>riga^']);
		const arcPoints = fc.features[0].geometry.coordinates as [number, number][];
		expect(heads[0].geometry.coordinates).toEqual(arrowHead(arcPoints).at);
		// Uzbekistan's centre to Almaty runs east: the arrow points roughly east (bearing near 90°).
		const b = heads[0].properties?.bearing as number;
		expect(b).toBeGreaterThan(45);
		expect(b).toBeLessThan(160);
	});
	it('starts each arc at a mark: an origin mark in the country’s colour where it has no country-only diamond', () => {
		const withDiamond: FlowRow[] = [...flows, { from_country: 'TJK', key: 'almaty', n: 2 }];
		const fc = flowFeatures(withDiamond, places, markByKey, false, 6);
		const origins = part(fc, 'origin');
		// Tajikistan has a diamond (@TJK) to start from; Uzbekistan and Kazakhstan get origin marks at their points.
		expect(origins.map((p) => p.fid)).toEqual(['o:UZB', 'o:KAZ']);
		expect(origins[0].colour).toBe(COUNTRY_COLOUR.UZB);
		const at = fc.features.find((f) => f.properties?.fid === 'o:UZB')!.geometry.coordinates;
		expect(at).toEqual([places.get('UZB')!.lon, places.get('UZB')!.lat]);
		expect((fc.features.find((f) => f.properties?.fid === 'UZB>almaty')!.geometry.coordinates as number[][])[0]).toEqual(at);
	});
	it('draws only the strongest flows past the limit', () => {
		expect(part(flowFeatures(flows, places, markByKey, false, 6, 1), 'arc').map((p) => p.fid)).toEqual(['UZB>almaty']);
	});
});
