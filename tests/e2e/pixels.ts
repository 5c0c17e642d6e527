// What a PNG shows, counted by the browser's own decoder (no image library in node): for pictures drawn on a canvas, which the DOM cannot describe.
import type { Page } from '@playwright/test';

/** A part of a picture as fractions of its width and height: [x0, y0, x1, y1]. */
export type Region = [number, number, number, number];

/** The PNG's size and the distinct RGB colours in each region. */
export async function regionColours(page: Page, png: Buffer, regions: Region[]): Promise<{ width: number; height: number; colours: number[] }> {
	return page.evaluate(
		async ({ base64, regions }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(image, 0, 0);
			const w = canvas.width;
			const h = canvas.height;
			const colours = regions.map(([x0, y0, x1, y1]) => {
				const px = ctx.getImageData(Math.round(w * x0), Math.round(h * y0), Math.round(w * (x1 - x0)), Math.round(h * (y1 - y0))).data;
				const seen = new Set<number>();
				for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
				return seen.size;
			});
			return { width: w, height: h, colours };
		},
		{ base64: png.toString('base64'), regions }
	);
}

/** Distinct RGB colours of the whole PNG. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
	return (await regionColours(page, png, [[0, 0, 1, 1]])).colours[0];
}
