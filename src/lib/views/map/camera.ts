// The map's camera in numbers: the framing's padding and box, a MapLibre view read as a scene's camera, and when two cameras are the same.
import type { Camera } from '$lib/scenes/scenes';
import { FRAME, type Box } from './mapRegion';

/** Space around the framed region, in px: a small panel keeps more of its width for the map. */
export function framePadding(width: number, height: number): number {
	return Math.round(Math.max(8, Math.min(28, Math.min(width, height) * 0.04)));
}

/** The box fitted on opening and on reset, as a fresh array (MapLibre keeps what it is handed). */
export function frameBounds(): Box {
	return [FRAME[0], FRAME[1], FRAME[2], FRAME[3]];
}

/** What is read of a MapLibre map's view. */
export interface ViewReader {
	getCenter(): { lng: number; lat: number };
	getZoom(): number;
	getBearing(): number;
	getPitch(): number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Rounded so that a move ending where it was asked to compares equal, and a saved scene stays short. */
export function readCamera(view: ViewReader): Camera {
	const c = view.getCenter();
	return {
		center: [round(c.lng, 4), round(c.lat, 4)],
		zoom: round(view.getZoom(), 3),
		bearing: round(view.getBearing(), 1),
		pitch: round(view.getPitch(), 1)
	};
}

/** The same view within what rounding and easing leave over (null: the default framing). */
export function near(a: Camera | null, b: Camera | null): boolean {
	return (
		a === b ||
		(!!a &&
			!!b &&
			Math.abs(a.center[0] - b.center[0]) < 1e-3 &&
			Math.abs(a.center[1] - b.center[1]) < 1e-3 &&
			Math.abs(a.zoom - b.zoom) < 0.01 &&
			Math.abs(a.bearing - b.bearing) < 0.5 &&
			Math.abs(a.pitch - b.pitch) < 0.5)
	);
}
