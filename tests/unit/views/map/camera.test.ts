// The map's camera in numbers: padding by panel size, the framing box, a view read and rounded, and when two views are the same.
import { describe, expect, it } from 'vitest';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';
import { frameBounds, framePadding, near, readCamera, type ViewReader } from '../../../../src/lib/views/map/camera';
import type { Camera } from '../../../../src/lib/scenes/scenes';

const view = (lng: number, lat: number, zoom: number, bearing = 0, pitch = 0): ViewReader => ({
	getCenter: () => ({ lng, lat }),
	getZoom: () => zoom,
	getBearing: () => bearing,
	getPitch: () => pitch
});

describe('framing', () => {
	it('pads 4% of the shorter side, within 8–28 px', () => {
		expect(framePadding(100, 100)).toBe(8);
		expect(framePadding(2000, 1500)).toBe(28);
		expect(framePadding(640, 400)).toBe(16);
		expect(framePadding(400, 640)).toBe(16);
	});
	it('frames FRAME, handing out a copy MapLibre may keep', () => {
		const b = frameBounds();
		expect(b).toEqual(FRAME);
		expect(b).not.toBe(FRAME);
		b[0] = 0;
		expect(frameBounds()[0]).toBe(FRAME[0]);
	});
});

describe('readCamera', () => {
	it('rounds the centre to 4 decimals, zoom to 3, bearing and pitch to 1', () => {
		expect(readCamera(view(69.279737123, 41.311081999, 5.123456, 12.345, 0.04))).toEqual({
			center: [69.2797, 41.3111],
			zoom: 5.123,
			bearing: 12.3,
			pitch: 0
		});
	});
});

describe('near', () => {
	const a: Camera = { center: [69.2797, 41.3111], zoom: 5.123, bearing: 0, pitch: 0 };
	it('takes the default framing (null) only as itself', () => {
		expect(near(null, null)).toBe(true);
		expect(near(a, null)).toBe(false);
		expect(near(null, a)).toBe(false);
	});
	it('forgives what rounding and easing leave over, not a real move', () => {
		expect(near(a, { ...a, center: [69.2801, 41.3108], zoom: 5.127 })).toBe(true);
		expect(near(a, { ...a, center: [69.29, 41.3111] })).toBe(false);
		expect(near(a, { ...a, zoom: 5.2 })).toBe(false);
		expect(near(a, { ...a, bearing: 1 })).toBe(false);
		expect(near(a, { ...a, pitch: 1 })).toBe(false);
	});
	it('finds a view read back where it was asked to go the same', () => {
		const asked = readCamera(view(58.38, 37.95, 6.5));
		expect(near(asked, readCamera(view(58.380001, 37.949999, 6.50001)))).toBe(true);
	});
});
