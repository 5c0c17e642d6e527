// The network's picture as an SVG for the exports and the print sheet: the same marks the canvas paints, as elements.
import { flushSync, mount, unmount, type ComponentProps } from 'svelte';
import Marks from './Marks.svelte';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Keeps one SVG copy of the picture, made when an export asks: in the page (so its stylesheet applies and the
 * exports can read computed styles) but out of sight, and left as it is, not following the brush, until the next ask.
 */
export class SvgCopy {
	#drop: (() => void) | null = null;

	/** A new copy of `marks` at `size` (pixels on the page) with the picture's `viewBox`; the previous copy goes. */
	make(marks: ComponentProps<typeof Marks>, size: { width: number; height: number }, viewBox: string): SVGSVGElement {
		this.drop();
		const svg = document.createElementNS(SVG_NS, 'svg');
		svg.setAttribute('width', String(size.width));
		svg.setAttribute('height', String(size.height));
		svg.setAttribute('viewBox', viewBox);
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('class', 'network-copy');
		svg.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none';
		document.body.append(svg);
		const component = mount(Marks, { target: svg, props: marks });
		// The caller copies the elements at once (printing cannot wait for a later frame).
		flushSync();
		this.#drop = () => {
			void unmount(component);
			svg.remove();
		};
		return svg;
	}

	drop(): void {
		this.#drop?.();
		this.#drop = null;
	}
}
