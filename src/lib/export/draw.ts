// Canvas drawing for the composed pictures: the heading, a picture fitted in its box, a view's label, colour keys, a stand-in, trimming.
import { FONT_STACK } from './fonts';
import { contain, INK, INK_SOFT, layoutLegend, MUTED, wrapLines, type Box, type Heading, type LegendItem } from './layout';
import { sizeOf, type Picture } from './raster';

/** Draws the heading at (x, y) within `width`; returns the y below it. */
export function drawHeading(ctx: CanvasRenderingContext2D, head: Heading, x: number, y: number, width: number, scale: number): number {
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = INK;
	ctx.font = `700 ${30 * scale}px ${FONT_STACK}`;
	y += 30 * scale;
	ctx.fillText(head.title, x, y);
	y += 12 * scale;
	ctx.font = `400 ${18 * scale}px ${FONT_STACK}`;
	const measure = (t: string) => ctx.measureText(t).width;
	for (const [i, text] of head.lines.entries()) {
		ctx.fillStyle = i === 0 ? INK_SOFT : MUTED;
		for (const line of wrapLines(text, width, 3, measure)) {
			y += 24 * scale;
			ctx.fillText(line, x, y);
		}
	}
	return y + 14 * scale;
}

/** Draws `pic` scaled to fit inside the box, centred; returns the rectangle it took. */
export function drawContained(ctx: CanvasRenderingContext2D, pic: Picture, box: Box): Box {
	const { w, h } = sizeOf(pic);
	const at = contain(w, h, box);
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(pic, at.x, at.y, at.w, at.h);
	return at;
}

/** A view's name above its picture, in small capitals. */
export function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, scale: number) {
	ctx.fillStyle = MUTED;
	ctx.font = `700 ${15 * scale}px ${FONT_STACK}`;
	ctx.fillText(text.toUpperCase(), x, y);
}

/** Draws colour keys in rows from (x, y) within `width`; returns the y below them. */
export function drawLegend(ctx: CanvasRenderingContext2D, items: LegendItem[], x: number, y: number, width: number, scale: number): number {
	if (!items.length) return y;
	const size = 13 * scale;
	ctx.font = `400 ${size}px ${FONT_STACK}`;
	const rows = layoutLegend(items, width, size, (t) => ctx.measureText(t).width);
	for (const row of rows) {
		for (const item of row) {
			ctx.globalAlpha = item.opacity;
			ctx.fillStyle = item.colour;
			ctx.fillRect(x + item.x, y, size, size);
			ctx.globalAlpha = 1;
			ctx.fillStyle = INK_SOFT;
			ctx.fillText(item.label, x + item.x + size + 5 * scale, y + size * 0.88);
		}
		y += size * 1.7;
	}
	return y;
}

/** A grey box with `text` in its middle, where a picture could not be drawn. */
export function placeholder(ctx: CanvasRenderingContext2D, text: string, box: Box, scale: number) {
	ctx.fillStyle = '#eef0f3';
	ctx.fillRect(box.x, box.y, box.w, box.h);
	ctx.fillStyle = MUTED;
	ctx.font = `400 ${16 * scale}px ${FONT_STACK}`;
	ctx.textAlign = 'center';
	ctx.fillText(text, box.x + box.w / 2, box.y + box.h / 2);
	ctx.textAlign = 'left';
}

/** A white canvas of the given size, with its 2D context. */
export function whiteCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	return { canvas, ctx };
}

/** A canvas cut to `height` (layouts are sized generously first, then trimmed to what was drawn). */
export function trim(canvas: HTMLCanvasElement, height: number): HTMLCanvasElement {
	const h = Math.min(canvas.height, Math.ceil(height));
	if (h === canvas.height) return canvas;
	const out = document.createElement('canvas');
	out.width = canvas.width;
	out.height = h;
	out.getContext('2d')!.drawImage(canvas, 0, 0);
	return out;
}
