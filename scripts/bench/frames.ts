// The page's frames while something runs: each frame's distance from the one before, so a frozen page (no frames until it is done) shows as one long gap.
import type { Page } from '@playwright/test';

/** Starts counting frames in the page; the function returned stops and gives the gaps between frames, in ms. */
export async function recordFrameGaps(page: Page): Promise<() => Promise<number[]>> {
	await page.evaluate(() => {
		const w = window as unknown as { __gaps: number[]; __frame: number };
		w.__gaps = [];
		let last = performance.now();
		const tick = () => {
			const now = performance.now();
			w.__gaps.push(now - last);
			last = now;
			w.__frame = requestAnimationFrame(tick);
		};
		w.__frame = requestAnimationFrame(tick);
	});
	return () =>
		page.evaluate(() => {
			const w = window as unknown as { __gaps: number[]; __frame: number };
			cancelAnimationFrame(w.__frame);
			return w.__gaps;
		});
}
