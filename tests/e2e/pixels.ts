// What a screenshot shows, counted in the browser: for pictures drawn on a canvas, which the DOM cannot describe.
import type { Page } from '@playwright/test';

/** Distinct RGB colours of a PNG, counted by the browser's own decoder (no image library needed in node). */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const ctx = canvas.getContext('2d');
		if (!ctx) return 0;
		ctx.drawImage(image, 0, 0);
		const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		const colours = new Set<number>();
		for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		return colours.size;
	}, png.toString('base64'));
}
