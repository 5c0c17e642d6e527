// The map's sizes: radii by area, the scale that only grows, the legend's samples and the countries' shading.
import { describe, expect, it } from 'vitest';
import { countryShares, legendCircles, legendWidth, radius, rMaxFor, R_MIN, runningMax } from '../../../../src/lib/views/map/scale';

describe('radius', () => {
	it('gives the largest count the largest circle and none to an empty mark', () => {
		expect(radius(40, 40, 20)).toBe(20);
		expect(radius(0, 40, 20)).toBe(0);
		expect(radius(-1, 40, 20)).toBe(0);
	});
	it('makes area, not radius, follow the count', () => {
		expect(radius(10, 40, 20)).toBeCloseTo(10, 9);
		const a = radius(9, 36, 24);
		const b = radius(36, 36, 24);
		expect((b * b) / (a * a)).toBeCloseTo(4, 9);
	});
	it('keeps a single event visible', () => {
		expect(radius(1, 10_000, 20)).toBe(R_MIN);
	});
});

describe('rMaxFor', () => {
	it('grows with the panel’s shorter side, within 12–24 px', () => {
		expect(rMaxFor(100, 100)).toBe(12);
		expect(rMaxFor(3000, 2000)).toBe(24);
		expect(rMaxFor(1200, 440)).toBe(20);
		expect(rMaxFor(440, 1200)).toBe(20);
	});
});

describe('runningMax', () => {
	it('never falls below 1 and never shrinks when the counts do', () => {
		expect(runningMax(1, [])).toBe(1);
		expect(runningMax(1, [0, 0])).toBe(1);
		const peak = runningMax(1, [3, 17, 5]);
		expect(peak).toBe(17);
		expect(runningMax(peak, [2, 4])).toBe(17);
		expect(runningMax(peak, [30])).toBe(30);
	});
});

describe('legend', () => {
	it('samples 1, a quarter of the largest count and the largest, without repeats', () => {
		expect(legendCircles(40, 20).map((c) => c.v)).toEqual([1, 10, 40]);
		expect(legendCircles(2, 20).map((c) => c.v)).toEqual([1, 2]);
		expect(legendCircles(1, 20).map((c) => c.v)).toEqual([1]);
	});
	it('draws the samples at the map’s radii, side by side without touching, inside its width', () => {
		const circles = legendCircles(40, 20);
		expect(circles.map((c) => c.r)).toEqual([radius(1, 40, 20), radius(10, 40, 20), 20]);
		for (let i = 1; i < circles.length; i++) {
			const [a, b] = [circles[i - 1], circles[i]];
			expect(b.x - Math.max(b.r, 6)).toBeGreaterThan(a.x + Math.max(a.r, 6));
		}
		expect(circles[0].x - Math.max(circles[0].r, 6)).toBeGreaterThanOrEqual(0);
		const last = circles[circles.length - 1];
		expect(legendWidth(circles)).toBe(last.x + last.r + 2);
		expect(legendWidth([])).toBe(0);
	});
});

describe('countryShares', () => {
	it('shades the busiest country fully and the others by the square root of their share', () => {
		const shares = countryShares([
			{ country: 'KAZ', n: 40, hosted: 30 },
			{ country: 'KGZ', n: 10, hosted: 4 },
			{ country: 'LVA', n: 0, hosted: 0 }
		]);
		expect(shares.get('KAZ')).toBe(1);
		expect(shares.get('KGZ')).toBeCloseTo(0.5, 9);
		expect(shares.get('LVA')).toBe(0);
	});
	it('shades nothing without activity', () => {
		expect(countryShares([]).size).toBe(0);
		expect(countryShares([{ country: 'TKM', n: 0, hosted: 0 }]).get('TKM')).toBe(0);
	});
});
