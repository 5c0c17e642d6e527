// Where the network's picture is painted: the canvas on the page hands its drawing to an OffscreenCanvas, which has no page style to wait for.
import type { Paintable } from './paint';

/**
 * Text drawn on a canvas in the document makes the browser bring the page's style (and layout) up to date first, to
 * resolve the canvas element's font: after a brush step has just changed the other views, that forced recalculation
 * cost more than the whole SVG picture had. The canvas transfers its control to an OffscreenCanvas, whose context
 * resolves fonts without the page; what is drawn there reaches the canvas on the page with the next frame, as any
 * canvas drawing does. (Painting a separate OffscreenCanvas and transferring its bitmap each time cost 2–3 ms a step.)
 */
export class Surface {
	#canvas: HTMLCanvasElement | null = null;
	#offscreen: OffscreenCanvas | null = null;

	/** Paints `draw` at `width` × `height` device pixels onto `canvas`. */
	paint(canvas: HTMLCanvasElement, width: number, height: number, draw: (ctx: Paintable) => void): void {
		const target = this.#target(canvas);
		if (target.width !== width) target.width = width;
		if (target.height !== height) target.height = height;
		const ctx = target.getContext('2d');
		if (ctx) draw(ctx as unknown as Paintable);
	}

	/** The offscreen side of `canvas` (taken once per element), or the element itself where there is none. */
	#target(canvas: HTMLCanvasElement): HTMLCanvasElement | OffscreenCanvas {
		if (typeof canvas.transferControlToOffscreen !== 'function') return canvas;
		if (this.#canvas !== canvas) {
			this.#canvas = canvas;
			this.#offscreen = canvas.transferControlToOffscreen();
		}
		return this.#offscreen!;
	}
}
