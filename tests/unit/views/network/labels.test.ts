// The network's labels: never over each other nor over a circle, shortened or dropped when there is no room; the active and selected first, then the biggest.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/lib/views/network/force';
import { AREA_PER_LABEL, LABEL_HEIGHT, MIN_CHARS, networkLabels, placeLabels, shortenings, type LabelScene } from '../../../../src/lib/views/network/labels';
import { textMeasurer } from '../../../../src/lib/views/network/measure';
import { network } from './fixture';

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

	it('never covers a circle, even when boxed in: a shorter form that fits is taken, else the label is dropped', () => {
		// A node boxed in by small neighbours on every side, 34 px away: only a short text fits between them.
		const centre = { x: 100, y: 100, r: 10 };
		const ring = Array.from({ length: 16 }, (_, i) => ({ x: 100 + 34 * Math.cos((i * Math.PI) / 8), y: 100 + 34 * Math.sin((i * Math.PI) / 8), r: 4 }));
		const circles = [centre, ...ring];
		const request = { id: 'c', ...centre, width: 60, height: 14 };
		expect(placeLabels([request], circles, 200, 200)).toEqual([]);
		const [label] = placeLabels([{ ...request, shorter: [45, 12] }], circles, 200, 200);
		expect(label?.form).toBe(2);
		for (const c of circles) expect(hits(c, label.box)).toBe(false);
	});

	it('lets a label that must show stand a little further out, past a ring of neighbours, still off every circle', () => {
		const centre = { x: 100, y: 100, r: 10 };
		// Neighbours close on the right, left and below: the usual spots are all taken, the far one above is clear.
		const near = [
			{ x: 124, y: 100, r: 8 },
			{ x: 76, y: 100, r: 8 },
			{ x: 100, y: 124, r: 8 },
			{ x: 100, y: 82, r: 3 }
		];
		const circles = [centre, ...near];
		const request = { id: 'c', ...centre, width: 40, height: 14 };
		expect(placeLabels([request], circles, 200, 200)).toEqual([]);
		const [label] = placeLabels([{ ...request, far: true }], circles, 200, 200);
		expect(label?.id).toBe('c');
		for (const c of circles) expect(hits(c, label.box)).toBe(false);
	});

	it('ties a label that had to stand well away from its node to it with a leader line from the rim', () => {
		const centre = { x: 100, y: 100, r: 10 };
		// A tight ring of neighbours: nothing is clear until beyond them.
		const ring = Array.from({ length: 12 }, (_, i) => ({ x: 100 + 26 * Math.cos((i * Math.PI) / 6), y: 100 + 26 * Math.sin((i * Math.PI) / 6), r: 8 }));
		const circles = [centre, ...ring];
		const [label] = placeLabels([{ id: 'c', ...centre, width: 40, height: 14, far: true }], circles, 240, 240);
		expect(label?.leader).toBeDefined();
		for (const c of circles) expect(hits(c, label.box)).toBe(false);
		const { x1, y1, x2, y2 } = label.leader!;
		expect(Math.hypot(x1 - centre.x, y1 - centre.y)).toBeCloseTo(centre.r, 5);
		expect(x2 >= label.box.x0 && x2 <= label.box.x1 && y2 >= label.box.y0 && y2 <= label.box.y1).toBe(true);
	});

	it('places overlapping requests biggest first: the later one moves to another side or is dropped, never on top', () => {
		const big = { id: 'big', x: 100, y: 50, r: 12, width: 50, height: 14 };
		const small = { id: 'small', x: 100, y: 78, r: 4, width: 50, height: 14 };
		const placed = placeLabels([big, small], [big, small], 300, 120);
		expect(placed.map((p) => p.id)).toEqual(['big', 'small']);
		expect(placed[0].anchor).toBe('start');
		expect(meet(placed[0].box, placed[1].box)).toBe(false);
		for (const p of placed) for (const c of [big, small]) expect(hits(c, p.box), `${p.id} over ${c.id}`).toBe(false);
	});
});

describe('shortenings', () => {
	it('cuts at two thirds and at half with an ellipsis, never under the minimum, nothing for short texts', () => {
		expect(shortenings('Border Guard Service')).toEqual(['Border Guard…', 'Border Gua…']);
		expect(shortenings('FRONTEX')).toEqual([]);
		expect(shortenings('Abcdefghijklmn')).toHaveLength(2);
		expect(shortenings('KZ Interior')).toEqual([]);
		for (const t of shortenings('Abcdefghijklmn')) expect([...t].length).toBeGreaterThanOrEqual(MIN_CHARS + 1);
	});
});

describe('networkLabels', () => {
	/** A row of five well-spaced nodes, largest on the left, in a panel with room for two labels. */
	const ids = ['n0', 'n1', 'n2', 'n3', 'n4'];
	const pos = new Map(ids.map((id, i) => [id, { x: 40 + i * 120, y: 15, r: 5 }]));
	const width = 600;
	const height = Math.ceil((2 * AREA_PER_LABEL) / width);
	const scene: LabelScene = {
		active: null,
		selected: [],
		ranked: ids,
		pos,
		text: (id) => (pos.has(id) ? `label ${id}` : undefined),
		textWidth: (t) => t.length * 6,
		width,
		height,
		zoom: 1
	};

	it('names the largest first, as many as the panel’s area allows, with their texts', () => {
		const placed = networkLabels(scene);
		expect(placed.map((l) => [l.id, l.text])).toEqual([
			['n0', 'label n0'],
			['n1', 'label n1']
		]);
		expect(placed[0].box.y1 - placed[0].box.y0).toBe(LABEL_HEIGHT);
	});

	it('names more when zoomed in', () => {
		expect(networkLabels({ ...scene, zoom: 2 }).length).toBe(4);
	});

	it('puts the active and the selected first, and shows them all even beyond the area’s allowance', () => {
		const placed = networkLabels({ ...scene, active: 'n4', selected: ['n3', 'n2'] });
		expect(placed.map((l) => l.id)).toEqual(['n4', 'n3', 'n2']);
	});

	it('skips nodes that are not on screen or have no text', () => {
		const placed = networkLabels({ ...scene, selected: ['missing'], ranked: ['missing', ...ids] });
		expect(placed.map((l) => l.id)).toEqual(['n0', 'n1']);
	});
});

describe('textMeasurer', () => {
	it('without a DOM, estimates a width per character, plus the pad', () => {
		expect(textMeasurer('12px sans-serif', 2)('abc')).toBe(3 * 7 + 2);
		expect(textMeasurer('12px sans-serif', 0)('')).toBe(0);
	});
});
