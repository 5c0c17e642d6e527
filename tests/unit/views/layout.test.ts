// Network geometry: the layout is deterministic, leaves no two nodes overlapping, keeps positions finite and agencies by country; labels never collide.
import { describe, expect, it } from 'vitest';
import { mulberry32 as prng } from '../../../scripts/prng';
import { computeLayout, GAP, layoutKey, nodeRadius, placeLabels, RADIUS, type Layout, type LayoutEdge, type LayoutNode } from '../../../src/lib/views/layout';

const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'LVA'];

/** About the size of the real registry: 6 countries' agencies, 10 international partners, edges mostly within a country. */
function network(seed = 7): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
	const rnd = prng(seed);
	const nodes: LayoutNode[] = [];
	for (const c of COUNTRIES) {
		const count = c === 'LVA' ? 4 : 14;
		for (let i = 0; i < count; i++) nodes.push({ id: `${c.toLowerCase()}-${i}`, group: c, total: 1 + Math.floor(rnd() * 30) });
	}
	for (let i = 0; i < 10; i++) nodes.push({ id: `partner-${i}`, group: '', total: 5 + Math.floor(rnd() * 60) });
	const edges = new Map<string, LayoutEdge>();
	const add = (a: LayoutNode, b: LayoutNode) => {
		if (a.id === b.id) return;
		const [source, target] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
		const key = `${source}|${target}`;
		const e = edges.get(key) ?? { source, target, total: 0 };
		e.total += 1 + Math.floor(rnd() * 4);
		edges.set(key, e);
	};
	for (const a of nodes) {
		const own = nodes.filter((b) => b.group === a.group);
		for (let k = 0; k < 3; k++) add(a, own[Math.floor(rnd() * own.length)]);
		const partners = nodes.filter((b) => b.group === '');
		add(a, partners[Math.floor(rnd() * partners.length)]);
		if (rnd() < 0.3) add(a, nodes[Math.floor(rnd() * nodes.length)]);
	}
	return { nodes, edges: [...edges.values()] };
}

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

describe('placeLabels', () => {
	const meet = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	const hits = (c: { x: number; y: number; r: number }, b: { x0: number; y0: number; x1: number; y1: number }) =>
		Math.hypot(c.x - Math.max(b.x0, Math.min(c.x, b.x1)), c.y - Math.max(b.y0, Math.min(c.y, b.y1))) < c.r;

	it('places labels inside the box, never over each other nor over a circle', () => {
		const { nodes, edges } = network();
		const l = computeLayout(nodes, edges);
		const k = Math.min(440 / (l.x1 - l.x0), 300 / (l.y1 - l.y0));
		const circles = [...l.nodes.values()].map((n) => ({ id: n.id, x: (n.x - l.x0) * k, y: (n.y - l.y0) * k, r: n.r * Math.min(k, 1) }));
		const requests = [...circles]
			.sort((a, b) => b.r - a.r)
			.map((c) => ({ ...c, width: 6.5 * c.id.length, height: 14 }));
		const placed = placeLabels(requests, circles, 440, 300);
		expect(placed.length).toBeGreaterThan(10);
		for (const [i, a] of placed.entries()) {
			expect(a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= 440 && a.box.y1 <= 300).toBe(true);
			for (const b of placed.slice(i + 1)) expect(meet(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
			for (const c of circles) expect(hits(c, a.box), `${a.id} over ${c.id}`).toBe(false);
		}
	});

	it('drops a label with no room, and keeps at most `limit`', () => {
		const circles = [{ x: 50, y: 20, r: 5 }];
		const wide = { id: 'wide', x: 50, y: 20, r: 5, width: 200, height: 14 };
		expect(placeLabels([wide], circles, 100, 40)).toEqual([]);
		const many = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, x: 30 + i * 100, y: 50, r: 4, width: 30, height: 14 }));
		expect(placeLabels(many, many, 600, 100, 3).map((p) => p.id)).toEqual(['n0', 'n1', 'n2']);
	});

	it('lets a label cover small circles only when allowed to, and prefers the spot that hides least', () => {
		// A node boxed in by small neighbours on every side: no clear spot exists.
		const centre = { x: 100, y: 100, r: 10 };
		const ring = Array.from({ length: 16 }, (_, i) => ({ x: 100 + 22 * Math.cos((i * Math.PI) / 8), y: 100 + 22 * Math.sin((i * Math.PI) / 8), r: 4 }));
		const circles = [centre, ...ring];
		const request = { id: 'c', ...centre, width: 40, height: 14 };
		expect(placeLabels([request], circles, 200, 200)).toEqual([]);
		expect(placeLabels([{ ...request, cover: 3 }], circles, 200, 200)).toEqual([]);
		const [label] = placeLabels([{ ...request, cover: 4 }], circles, 200, 200);
		expect(label?.id).toBe('c');
		expect(hits(centre, label.box), 'its own circle').toBe(false);
	});
});
