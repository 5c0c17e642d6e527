// From layout units to the panel: the fit keeps the aspect inside the margin, zoom moves centres and grows radii slower, the tooltip stays inside the panel.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/lib/views/network/force';
import { fitLayout, MARGIN, screenCircles, tipPlace } from '../../../../src/lib/views/network/screen';

/** Two nodes 200 units apart, the box 220 by 20 with their radii. */
const layout: Layout = {
	nodes: new Map([
		['a', { id: 'a', x: -100, y: 0, r: 10 }],
		['b', { id: 'b', x: 100, y: 0, r: 10 }]
	]),
	x0: -110,
	y0: -10,
	x1: 110,
	y1: 10
};
const identity = { k: 1, x: 0, y: 0 };

describe('fitLayout and screenCircles', () => {
	it('scales the box to the panel less the margin, by its tighter side, centred', () => {
		const fit = fitLayout(layout, 220 + 2 * MARGIN, 400);
		expect(fit).toEqual({ k: 1, cx: 0, cy: 0 });
		const pos = screenCircles(layout, fit, identity, 220 + 2 * MARGIN, 400);
		expect(pos.get('a')).toEqual({ x: MARGIN + 10, y: 200, r: 10 });
		expect(pos.get('b')).toEqual({ x: MARGIN + 210, y: 200, r: 10 });
	});

	it('never scales below 0.05, even in a panel not laid out yet', () => {
		expect(fitLayout(layout, 0, 0).k).toBe(0.05);
	});

	it('caps the radii’s growth when fitted large, and grows them by the square root of the zoom', () => {
		const fit = fitLayout(layout, 4 * 220 + 2 * MARGIN, 1000);
		expect(fit.k).toBe(4);
		const width = 4 * 220 + 2 * MARGIN;
		const plain = screenCircles(layout, fit, identity, width, 1000).get('a')!;
		expect(plain.r).toBe(15);
		const zoomed = screenCircles(layout, fit, { k: 4, x: -100, y: 20 }, width, 1000).get('a')!;
		expect(zoomed.r).toBe(30);
		expect(zoomed.x).toBeCloseTo(plain.x * 4 - 100);
		expect(zoomed.y).toBeCloseTo(plain.y * 4 + 20);
	});
});

describe('tipPlace', () => {
	const panel = { width: 300, height: 200 };
	const tip = { width: 100, height: 40 };

	it('goes right of the node, vertically centred, when it fits', () => {
		expect(tipPlace({ x: 50, y: 100, r: 10 }, panel, tip)).toEqual({ x: 68, y: 80 });
	});

	it('goes left near the right edge, clamped into the panel at the top', () => {
		expect(tipPlace({ x: 250, y: 5, r: 10 }, panel, tip)).toEqual({ x: 132, y: 2 });
	});

	it('goes below, then above, when neither side has room', () => {
		const narrow = { width: 120, height: 200 };
		expect(tipPlace({ x: 60, y: 50, r: 5 }, narrow, tip)).toEqual({ x: 10, y: 63 });
		expect(tipPlace({ x: 60, y: 180, r: 5 }, narrow, tip)).toEqual({ x: 10, y: 127 });
	});
});
