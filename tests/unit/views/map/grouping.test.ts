// Places whose circles overlap at a zoom are grouped, split as the zoom grows, and a selected place is never grouped.
import { describe, expect, it } from 'vitest';
import { groupFeatures, groupMarks, groupRadius, groupable, groupsNow, type Group, type GroupInput } from '../../../../src/lib/views/map/grouping';
import type { Mark } from '../../../../src/lib/views/map/marks';
import { COUNTRY_COLOUR } from '../../../../src/lib/views/palette';

const place = (key: string, lon: number, lat: number, n: number, country = 'TJK'): GroupInput => ({ key, lon, lat, n, r: 10, country });
// Two places 0.3° apart in the Fergana valley, one far away.
const marks = [place('a', 70.6, 40.3, 9), place('b', 70.9, 40.3, 3, 'UZB'), place('c', 76.9, 43.2, 5, 'KAZ')];

describe('groupMarks', () => {
	it('groups overlapping circles at low zoom, led by the busiest, at the events’ centre', () => {
		const [g, ...rest] = groupMarks(marks, 4);
		expect(rest).toEqual([]);
		expect(g.id).toBe('g:a');
		expect(g.keys).toEqual(['a', 'b']);
		expect(g.n).toBe(12);
		expect(g.lon).toBeCloseTo((70.6 * 9 + 70.9 * 3) / 12, 9);
		expect(g.bounds).toEqual([70.6, 40.3, 70.9, 40.3]);
		expect(g.countries).toEqual(['TJK', 'UZB']);
	});
	it('splits them as the map zooms in', () => {
		expect(groupMarks(marks, 8)).toEqual([]);
	});
	it('leaves out selected, country-only, unplaced and empty marks', () => {
		const m = (key: string, over: Partial<Mark>): Mark => ({
			key,
			kind: 'city',
			id: key,
			name: key,
			country: 'TJK',
			countryName: 'Tajikistan',
			lon: 70,
			lat: 40,
			n: 2,
			nSelected: 0,
			selected: false,
			inFrame: true,
			...over
		});
		const inputs = groupable(
			[m('ok', {}), m('sel', { selected: true }), m('dia', { kind: 'country' }), m('nowhere', { lon: null }), m('none', { n: 0 })],
			() => 7
		);
		expect(inputs).toEqual([{ key: 'ok', lon: 70, lat: 40, n: 2, r: 7, country: 'TJK' }]);
	});
});

describe('groupFeatures', () => {
	it('draws a group with its places’ count, its country’s colour or grey across borders, no larger than 1.3 × the largest circle', () => {
		const groups = groupMarks([place('a', 70.6, 40.3, 9), place('b', 70.7, 40.3, 3)], 4);
		const [f] = groupFeatures(groups, () => 100, 20).features;
		expect(f.properties).toMatchObject({ id: 'g:a', label: '2', places: 2, n: 12, r: 26, colour: COUNTRY_COLOUR.TJK });
		const mixed = groupFeatures(groupMarks(marks, 4), () => 5, 20).features[0];
		expect(mixed.properties?.colour).not.toBe(COUNTRY_COLOUR.TJK);
		expect(mixed.properties?.r).toBe(9);
	});
});

describe('groupMarks, again and again', () => {
	it('merges groups that overlap once drawn at their size, until none does', () => {
		// Two pairs, each pair tight, the pairs 0.8° apart: at zoom 5 the pairs' small circles do not touch each other,
		// but their groups' big circles do, so a second pass makes one group of four.
		const four = [place('a', 70, 40, 5), place('b', 70.1, 40, 5), place('c', 70.8, 40, 5), place('d', 70.9, 40, 5)];
		expect(groupMarks(four, 5).map((g) => g.keys.length)).toEqual([2, 2]);
		expect(groupMarks(four, 5, () => 30).map((g) => g.keys.sort())).toEqual([['a', 'b', 'c', 'd']]);
	});
});

describe('groupsNow', () => {
	const group = (id: string, keys: string[], n: number): Group => ({ id, keys, lon: 70, lat: 40, n, bounds: [70, 40, 70, 40], countries: ['KGZ'] });
	const r = (n: number) => 4 + Math.sqrt(n);

	it('counts a group’s places as they are now, not as they were when it was made, and sizes it for that', () => {
		const now: Record<string, number> = { a: 1, b: 0, c: 9 };
		const sizes = groupsNow([group('g:a', ['a', 'b'], 30), group('g:c', ['c', 'gone'], 12)], (k) => now[k] ?? 0, r, 20);
		expect(sizes.get('g:a')).toEqual({ n: 1, r: groupRadius(1, r, 20) });
		expect(sizes.get('g:c')).toEqual({ n: 9, r: groupRadius(9, r, 20) });
	});
});
