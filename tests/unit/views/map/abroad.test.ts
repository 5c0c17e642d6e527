// The way to the places outside Central Asia: the box that shows them all, the count on the button, and when the camera is away.
import { describe, expect, it } from 'vitest';
import { abroadBounds, abroadCount, isAway } from '../../../../src/lib/views/map/abroad';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';

const riga = { lon: 24.1052, lat: 56.9496, n: 4 };
const vienna = { lon: 16.3738, lat: 48.2082, n: 2 };

describe('abroad', () => {
	it('fits every placed mark with 3° around them', () => {
		expect(abroadBounds([riga, vienna])).toEqual([vienna.lon - 3, vienna.lat - 3, riga.lon + 3, riga.lat + 3]);
		expect(abroadBounds([riga, { lon: null, lat: null, n: 9 }])).toEqual([riga.lon - 3, riga.lat - 3, riga.lon + 3, riga.lat + 3]);
	});
	it('has nowhere to go without a placed mark', () => {
		expect(abroadBounds([])).toBeNull();
		expect(abroadBounds([{ lon: null, lat: null, n: 1 }])).toBeNull();
	});
	it('counts the events abroad', () => {
		expect(abroadCount([riga, vienna])).toBe(6);
		expect(abroadCount([])).toBe(0);
	});
	it('is away once the centre leaves the frame', () => {
		expect(isAway(FRAME, [69, 41])).toBe(false);
		expect(isAway(FRAME, [riga.lon, riga.lat])).toBe(true);
	});
});
