// Flow arcs' extras: the strongest flows at high counts, the bearing an arrowhead is turned to, and where it sits.
import { describe, expect, it } from 'vitest';
import { HEAD_AT, arrowHead, bearing, strongestFlows } from '../../../../src/lib/views/map/flows';
import { arc } from '../../../../src/lib/views/map/features';

describe('strongestFlows', () => {
	it('keeps all flows with events while they are few', () => {
		const flows = [{ n: 1 }, { n: 0 }, { n: 3 }];
		expect(strongestFlows(flows, 5)).toEqual([{ n: 1 }, { n: 3 }]);
	});
	it('keeps the `limit` strongest past it, ties in their given order', () => {
		const flows = [
			{ id: 'a', n: 2 },
			{ id: 'b', n: 5 },
			{ id: 'c', n: 2 },
			{ id: 'd', n: 1 }
		];
		expect(strongestFlows(flows, 2).map((f) => f.id)).toEqual(['b', 'a']);
		expect(strongestFlows(flows, 3).map((f) => f.id)).toEqual(['b', 'a', 'c']);
	});
});

describe('bearing', () => {
	it('reads clockwise from north, as icon-rotate turns an upward arrow', () => {
		expect(bearing([70, 40], [70, 45])).toBeCloseTo(0, 9);
		expect(bearing([70, 40], [75, 40])).toBeCloseTo(90, 9);
		expect(bearing([70, 45], [70, 40])).toBeCloseTo(180, 9);
		expect(bearing([75, 40], [70, 40])).toBeCloseTo(270, 9);
		expect(bearing([70, 40], [70, 40])).toBe(0);
	});
	it('follows the Mercator picture: a degree north spans more than a degree east at 60°N, so north-east turns toward north', () => {
		expect(bearing([0, 60], [1, 61])).toBeLessThan(30);
		expect(bearing([0, 0], [1, 1])).toBeCloseTo(45, 1);
	});
});

describe('arrowHead', () => {
	it('sits on the arc at HEAD_AT of the way, turned along it', () => {
		const pts: [number, number][] = [
			[0, 0],
			[10, 0]
		];
		const h = arrowHead(pts);
		expect(h.at[0]).toBeCloseTo(10 * HEAD_AT, 9);
		expect(h.at[1]).toBeCloseTo(0, 9);
		expect(h.bearing).toBeCloseTo(90, 9);
	});
	it('on a real arc lies between its ends, nearer the host', () => {
		const pts = arc([60, 40], [75, 43]);
		const h = arrowHead(pts);
		expect(h.at[0]).toBeGreaterThan(67.5);
		expect(h.at[0]).toBeLessThan(75);
	});
});
