// The network's labels: never over each other nor over a circle, dropped when there is no room, covering small neighbours only when allowed; the active and selected first.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/lib/views/network/force';
import { AREA_PER_LABEL, LABEL_HEIGHT, networkLabels, placeLabels, type LabelScene } from '../../../../src/lib/views/network/labels';
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
