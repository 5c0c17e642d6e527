// The network's force layout: deterministic, no two nodes overlapping, positions finite, agencies by country; keyed and cached without the filtered counts.
import { describe, expect, it } from 'vitest';
import { computeLayout, GAP, layoutKey, Layouts, nodeRadius, RADIUS, type Layout } from '../../../../src/lib/views/network/force';
import { COUNTRIES, network } from './fixture';

const positions = (l: Layout) => [...l.nodes.values()].map((n) => [n.id, n.x, n.y, n.r]);

describe('computeLayout', () => {
	const { nodes, edges } = network();
	const layout = computeLayout(nodes, edges);

	it('places every node at a finite position inside the reported bounds', () => {
		expect(layout.nodes.size).toBe(nodes.length);
		for (const n of layout.nodes.values()) {
			expect(Number.isFinite(n.x) && Number.isFinite(n.y) && Number.isFinite(n.r)).toBe(true);
			expect(n.x - n.r).toBeGreaterThanOrEqual(layout.x0 - 1e-9);
			expect(n.x + n.r).toBeLessThanOrEqual(layout.x1 + 1e-9);
			expect(n.y - n.r).toBeGreaterThanOrEqual(layout.y0 - 1e-9);
			expect(n.y + n.r).toBeLessThanOrEqual(layout.y1 + 1e-9);
		}
	});

	it('gives the same picture for the same data, whatever the order of the rows', () => {
		const again = computeLayout(nodes, edges);
		expect(positions(again)).toEqual(positions(layout));
		const shuffled = computeLayout([...nodes].reverse(), [...edges].reverse());
		expect(new Map(positions(shuffled).map((p) => [p[0], p]))).toEqual(new Map(positions(layout).map((p) => [p[0], p])));
	});

	it('leaves no two nodes overlapping', () => {
		const placed = [...layout.nodes.values()];
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++) {
				const a = placed[i];
				const b = placed[j];
				expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r + GAP - 1e-6);
			}
	});

	it('keeps no overlaps even when every node starts on the same spot (one group, no edges)', () => {
		const same = Array.from({ length: 40 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, group: 'KAZ', total: 10 }));
		const l = computeLayout(same, []);
		const placed = [...l.nodes.values()];
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++)
				expect(Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y)).toBeGreaterThanOrEqual(2 * placed[i].r + GAP - 1e-6);
	});

	it("gathers a country's agencies: most nodes lie nearer their own country's centre than any other's", () => {
		const centre = new Map<string, [number, number]>();
		for (const g of [...COUNTRIES, '']) {
			const members = nodes.filter((n) => n.group === g).map((n) => layout.nodes.get(n.id)!);
			centre.set(g, [members.reduce((s, n) => s + n.x, 0) / members.length, members.reduce((s, n) => s + n.y, 0) / members.length]);
		}
		const agencies = nodes.filter((n) => n.group !== '');
		const home = agencies.filter((n) => {
			const p = layout.nodes.get(n.id)!;
			const dist = (g: string) => Math.hypot(p.x - centre.get(g)![0], p.y - centre.get(g)![1]);
			return COUNTRIES.every((g) => g === n.group || dist(n.group) < dist(g));
		});
		expect(home.length / agencies.length).toBeGreaterThan(0.9);
	});

	it('sizes nodes by the square root of their events', () => {
		expect(nodeRadius(0, 100)).toBe(RADIUS.min);
		expect(nodeRadius(100, 100)).toBe(RADIUS.max);
		const quarter = nodeRadius(25, 100) - RADIUS.min;
		expect(quarter).toBeCloseTo((RADIUS.max - RADIUS.min) / 2);
		const big = nodes.reduce((a, b) => (b.total > a.total ? b : a));
		const small = nodes.reduce((a, b) => (b.total < a.total ? b : a));
		expect(layout.nodes.get(big.id)!.r).toBeGreaterThan(layout.nodes.get(small.id)!.r);
	});

	it('ignores edges to nodes it was not given, and an empty network is an empty layout', () => {
		const l = computeLayout(nodes.slice(0, 3), [{ source: nodes[0].id, target: 'missing', total: 5 }]);
		expect(l.nodes.size).toBe(3);
		expect(computeLayout([], []).nodes.size).toBe(0);
	});
});

describe('layoutKey', () => {
	const { nodes, edges } = network();

	it('is the same for the same node and edge sets in any order', () => {
		expect(layoutKey([...nodes].reverse(), [...edges].reverse())).toBe(layoutKey(nodes, edges));
	});

	it('changes when a total changes or a node is added, so a new dataset gets a new layout', () => {
		const key = layoutKey(nodes, edges);
		expect(layoutKey(nodes.map((n, i) => (i === 0 ? { ...n, total: n.total + 1 } : n)), edges)).not.toBe(key);
		expect(layoutKey([...nodes, { id: 'x', group: '', total: 1 }], edges)).not.toBe(key);
	});
});

describe('Layouts', () => {
	const { nodes, edges } = network();
	const other = network(11);

	it('lays out once per key and hands back the same layout for it', () => {
		const layouts = new Layouts();
		const first = layouts.get(layoutKey(nodes, edges), nodes, edges);
		expect(layouts.get(layoutKey(nodes, edges), nodes, edges)).toBe(first);
		expect(positions(first)).toEqual(positions(computeLayout(nodes, edges)));
	});

	it('keeps the layout on screen while the rows are inconsistent, and lays out once they fit again', () => {
		const layouts = new Layouts();
		const shown = layouts.get('a', nodes, edges);
		expect(layouts.get('b', other.nodes, other.edges, false)).toBe(shown);
		expect(layouts.size).toBe(1);
		const next = layouts.get('b', other.nodes, other.edges, true);
		expect(next).not.toBe(shown);
		expect(next.nodes.has(other.nodes[0].id)).toBe(true);
	});

	it('computes the first layout even when the rows are inconsistent, with nothing on screen yet', () => {
		const layouts = new Layouts();
		expect(layouts.get('a', nodes, edges, false).nodes.size).toBe(nodes.length);
	});

	it('forgets the oldest layout beyond the number it keeps', () => {
		const layouts = new Layouts(2);
		const small = (id: string) => [{ id, group: '', total: 1 }];
		const a = layouts.get('a', small('a'), []);
		layouts.get('b', small('b'), []);
		layouts.get('c', small('c'), []);
		expect(layouts.size).toBe(2);
		expect(layouts.get('a', small('a'), [])).not.toBe(a);
	});
});
