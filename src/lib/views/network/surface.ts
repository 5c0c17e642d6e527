// Where the network's picture is painted: off the document, then handed to the canvas on the page in one transfer.
import type { Paintable } from './paint';

/**
 * Text drawn on a canvas in the document makes the browser bring the page's style (and layout) up to date first, to
 * resolve the canvas element's font: after a brush step has just changed the other views, that forced recalculation
 * cost more than the whole SVG picture had. An OffscreenCanvas has no element and no page style: the picture is
 * painted there, and its bitmap is transferred to the visible canvas (no copy).
 */
export class Surface {
	#offscreen: OffscreenCanvas | null = null;

	/** Paints `draw` at `width` × `height` device pixels onto `canvas`. */
	paint(canvas: HTMLCanvasElement, width: number, height: number, draw: (ctx: Paintable) => void): void {
		if (typeof OffscreenCanvas === 'undefined') return this.#direct(canvas, width, height, draw);
		const screen = canvas.getContext('bitmaprenderer');
		if (!screen) return;
		if (!this.#offscreen || this.#offscreen.width !== width || this.#offscreen.height !== height) this.#offscreen = new OffscreenCanvas(width, height);
		const ctx = this.#offscreen.getContext('2d');
		if (!ctx) return;
		draw(ctx as unknown as Paintable);
		screen.transferFromImageBitmap(this.#offscreen.transferToImageBitmap());
	}

	#direct(canvas: HTMLCanvasElement, width: number, height: number, draw: (ctx: Paintable) => void) {
		if (canvas.width !== width) canvas.width = width;
		if (canvas.height !== height) canvas.height = height;
		const ctx = canvas.getContext('2d');
		if (ctx) draw(ctx);
	}
}
