// The sketch's camera frames a box as MapLibre's fitBounds does: the box fills the padded panel along one side, centred, north up.
import { describe, expect, it } from 'vitest';
import { fitBox, linePath, polygonPath } from '../../../../src/lib/views/map/sketch';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';

describe('fitBox', () => {
	for (const [w, h] of [
		[638, 432],
		[400, 900],
		[1600, 500]
	]) {
		it(`fits FRAME into ${w}×${h} with 20 px padding`, () => {
			const cam = fitBox(FRAME, w, h, 20);
			const [x0, y0] = cam.project(FRAME[0], FRAME[3]);
			const [x1, y1] = cam.project(FRAME[2], FRAME[1]);
			expect(x0).toBeLessThan(x1);
			expect(y0).toBeLessThan(y1);
			// Inside the padding on both axes, touching it on one.
			expect(x0).toBeGreaterThanOrEqual(20 - 1e-6);
			expect(y0).toBeGreaterThanOrEqual(20 - 1e-6);
			expect(x1).toBeLessThanOrEqual(w - 20 + 1e-6);
			expect(y1).toBeLessThanOrEqual(h - 20 + 1e-6);
			expect(Math.min(Math.abs(x0 - 20), Math.abs(y0 - 20))).toBeLessThan(1e-6);
			// Centred.
			expect((x0 + x1) / 2).toBeCloseTo(w / 2, 6);
			expect((y0 + y1) / 2).toBeCloseTo(h / 2, 6);
		});
	}
	it('keeps MapLibre’s zoom limit', () => {
		expect(fitBox([70, 40, 70.001, 40.001], 500, 500, 0, 9).zoom).toBe(9);
	});
});

describe('paths', () => {
	const cam = fitBox(FRAME, 600, 400, 10);
	it('draws every ring of a MultiPolygon, closed', () => {
		const d = polygonPath(
			{
				type: 'MultiPolygon',
				coordinates: [
					[[[60, 40], [61, 40], [61, 41], [60, 40]]],
					[[[70, 45], [71, 45], [71, 46], [70, 45]]]
				]
			},
			cam
		);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d.match(/Z/g)).toHaveLength(2);
	});
	it('draws nothing for a point, and a line through each coordinate', () => {
		expect(polygonPath({ type: 'Point', coordinates: [60, 40] }, cam)).toBe('');
		expect(linePath([[60, 40], [65, 42], [70, 41]], cam).match(/[ML]/g)).toHaveLength(3);
	});
});
