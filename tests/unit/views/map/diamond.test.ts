// The country-only marks' bitmaps: which image an id asks for, and a diamond that fits its bitmap with room for the stroke.
import { describe, expect, it } from 'vitest';
import { ACCENT } from '../../../../src/lib/views/palette';
import { DIAMOND_HALF, DIAMOND_PX, diamondCorners, diamondSpec } from '../../../../src/lib/views/map/diamond';

describe('diamondSpec', () => {
	it('fills a mark in the colour its id names, with a white edge', () => {
		expect(diamondSpec('diamond:#0072b2')).toEqual({ fill: '#0072b2', stroke: '#ffffff', strokeWidth: 1.2 });
	});
	it('draws the selection as an accent outline only', () => {
		expect(diamondSpec('diamond-ring')).toEqual({ fill: null, stroke: ACCENT, strokeWidth: 2.2 });
	});
	it('leaves other images to MapLibre', () => {
		expect(diamondSpec('marker')).toBeNull();
		expect(diamondSpec('diamond')).toBeNull();
	});
});

describe('diamondCorners', () => {
	it('is a square on its tip, centred, its half-diagonal DIAMOND_HALF CSS px at 2×', () => {
		const [top, right, bottom, left] = diamondCorners();
		const c = DIAMOND_PX / 2;
		expect(top).toEqual([c, c - 2 * DIAMOND_HALF]);
		expect(bottom).toEqual([c, c + 2 * DIAMOND_HALF]);
		expect(left).toEqual([c - 2 * DIAMOND_HALF, c]);
		expect(right).toEqual([c + 2 * DIAMOND_HALF, c]);
	});
	it('leaves room in the bitmap for the widest stroke', () => {
		const widest = Math.max(diamondSpec('diamond-ring')!.strokeWidth, diamondSpec('diamond:#000')!.strokeWidth) * 2;
		for (const [x, y] of diamondCorners()) {
			for (const v of [x, y]) {
				expect(v - widest / 2).toBeGreaterThanOrEqual(0);
				expect(v + widest / 2).toBeLessThanOrEqual(DIAMOND_PX);
			}
		}
	});
});
