// Standalone SVGs made into pixels (drawn until their inline fonts have loaded) and canvases encoded as PNG.
import type { StandaloneSvg } from './standalone';

/** Something drawable with its size in pixels: a canvas copy of the map, or a rasterised SVG view. */
export type Picture = HTMLCanvasElement | HTMLImageElement;
export const sizeOf = (p: Picture) => ('naturalWidth' in p ? { w: p.naturalWidth, h: p.naturalHeight } : { w: p.width, h: p.height });

/** Decodes an SVG document into an image (through a blob URL: the page's CSP allows blob: images). */
export async function svgImage(text: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		return img;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A standalone SVG drawn onto a canvas at `scale` (2 keeps thin lines and small type sharp on a projector). */
export async function svgToCanvas(svg: StandaloneSvg, scale = 2): Promise<HTMLCanvasElement> {
	const img = await svgImage(svg.text);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(svg.width * scale);
	canvas.height = Math.round(svg.height * scale);
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	const draw = () => {
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return fingerprint(ctx, canvas.width, canvas.height);
	};
	// An SVG image lays out its text, and starts loading its inline fonts, only when first drawn; until a face has
	// loaded its text is invisible (decode() does not wait for it). So: draw again until two draws in a row agree.
	let before = draw();
	for (let i = 0, same = 0; i < 40 && same < 2; i++) {
		await new Promise((r) => setTimeout(r, 50));
		const now = draw();
		same = now === before ? same + 1 : 0;
		before = now;
	}
	return canvas;
}

/** A cheap summary of a canvas's pixels (a sample of them), to tell whether two draws differ. */
function fingerprint(ctx: CanvasRenderingContext2D, w: number, h: number): number {
	const data = ctx.getImageData(0, 0, w, h).data;
	let hash = 0;
	for (let i = 0; i < data.length; i += 4 * 7) hash = (hash * 31 + data[i] + 3 * data[i + 1] + 7 * data[i + 2]) | 0;
	return hash;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded as PNG'))), 'image/png')
	);
}
