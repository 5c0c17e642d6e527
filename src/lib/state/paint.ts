// When the browser has painted: what waits for the first picture (the database, MapLibre, the brush's prefix counts) waits on it.

/**
 * After the next frame has been painted (a timer queued from a frame callback runs once that frame is out); a hidden
 * tab paints no frames, so 200 ms is the most it waits. Outside a browser (unit tests) it resolves at once.
 */
export function afterPaint(): Promise<void> {
	if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
	return new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 200);
	});
}
