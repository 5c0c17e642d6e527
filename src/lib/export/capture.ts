// The map's pixels for exports and the print summary: a snapshot source the Map view hands over in its view handle.
import type { Map as MLMap } from 'maplibre-gl';

/** A view drawn on a canvas that can hand over a copy of its current picture. */
export interface CanvasSource {
	/**
	 * Waits until the map has drawn everything it has (its `idle`), then copies the next frame; with `pixelRatio`, drawn
	 * at that many device pixels per CSS pixel for the copy (sharper when the picture is shown larger than the panel).
	 */
	snapshot(pixelRatio?: number): Promise<HTMLCanvasElement>;
	/**
	 * Draws a frame now and copies it, in the same task: for `beforeprint`, which cannot wait. The copy may miss data
	 * still loading; prefer `snapshot` wherever waiting is possible.
	 */
	snapshotSync(): HTMLCanvasElement;
}

/**
 * A snapshot source for a MapLibre map. WebGL clears its drawing buffer once a frame is shown, so a plain
 * `toDataURL` later gives a blank image: the copy is taken inside a `render` callback, or right after a
 * synchronous `redraw()`, while the frame is still in the buffer. That avoids `preserveDrawingBuffer`, which would
 * slow every frame of panning just for the rare export.
 */
export function mapCanvasSource(map: MLMap): CanvasSource {
	const copy = (): HTMLCanvasElement => {
		const src = map.getCanvas();
		const out = document.createElement('canvas');
		out.width = src.width;
		out.height = src.height;
		out.getContext('2d')?.drawImage(src, 0, 0);
		return out;
	};
	const idle = () =>
		new Promise<void>((resolve) => {
			map.once('idle', () => resolve());
			map.triggerRepaint();
		});
	return {
		async snapshot(pixelRatio) {
			const before = map.getPixelRatio();
			const scaled = !!pixelRatio && pixelRatio > before;
			// A higher ratio resizes the drawing buffer only; the panel keeps its CSS size, so nothing moves on screen.
			if (scaled) map.setPixelRatio(pixelRatio);
			try {
				if (scaled || !map.loaded() || map.isMoving()) await idle();
				return await new Promise<HTMLCanvasElement>((resolve) => {
					map.once('render', () => resolve(copy()));
					map.triggerRepaint();
				});
			} finally {
				if (scaled) map.setPixelRatio(before);
			}
		},
		snapshotSync() {
			map.redraw();
			return copy();
		}
	};
}
