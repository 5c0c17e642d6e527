// The network's pan and zoom: d3-zoom on the picture, its transform as state, panning kept inside the panel.
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

/** From the panel as fitted (1) to eight times closer. */
const SCALE_EXTENT: [number, number] = [1, 8];

export class PanZoom {
	/** The current transform, applied to the nodes' positions (not to the SVG), so circles and labels keep their size. */
	view = $state<ZoomTransform>(zoomIdentity);
	#svg: SVGSVGElement | null = null;
	#zoomer: ZoomBehavior<SVGSVGElement, unknown> | null = null;

	/** Listens to `svg`'s wheel, drag and touch (a double click does not zoom); returns the function that stops. */
	attach(svg: SVGSVGElement): () => void {
		const target = select(svg);
		const z = zoom<SVGSVGElement, unknown>()
			.scaleExtent(SCALE_EXTENT)
			.on('zoom', (e: { transform: ZoomTransform }) => (this.view = e.transform));
		target.call(z).on('dblclick.zoom', null);
		this.#svg = svg;
		this.#zoomer = z;
		return () => {
			target.on('.zoom', null);
			this.#svg = null;
			this.#zoomer = null;
		};
	}

	/** Panning stays within the panel. */
	extent(width: number, height: number): void {
		this.#zoomer
			?.extent([
				[0, 0],
				[width, height]
			])
			.translateExtent([
				[0, 0],
				[width, height]
			]);
	}

	scaleBy(k: number): void {
		if (this.#svg && this.#zoomer) select(this.#svg).call(this.#zoomer.scaleBy, k);
	}

	reset(): void {
		if (this.#svg && this.#zoomer) select(this.#svg).call(this.#zoomer.transform, zoomIdentity);
	}

	/** Whether the picture is zoomed or panned (the reset button shows). */
	get moved(): boolean {
		return this.view.k !== 1 || this.view.x !== 0 || this.view.y !== 0;
	}
}
