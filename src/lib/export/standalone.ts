// A view's SVG as a standalone document: the styled copy, a white ground, heading and colour keys, Noto Sans inline.
import { cloneWithStyles } from './clone';
import { fontFaceCss } from './fonts';
import { HEAD_SIZE, INK, INK_SOFT, LEGEND_SIZE, SVG_PAD as PAD, standaloneLayout, type LegendItem } from './layout';
import { svgSize } from './picture';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export interface StandaloneOptions {
	/** Heading lines drawn above the view (the first one bold); none for a bare picture. */
	heading?: string[];
	/** Colour keys drawn under the view. */
	legend?: LegendItem[];
	/** The document's <title> and <desc>. */
	title: string;
	description?: string;
	/** Left out of the picture (focus rings and the like). */
	drop?: string[];
}

/** A standalone SVG document's text and its size in pixels. */
export interface StandaloneSvg {
	text: string;
	width: number;
	height: number;
}

/**
 * A standalone SVG document of a view: the styled clone in a nested <svg>, a white background, optional heading and
 * legend, and @font-face rules with Noto Sans inline, so it opens alike in any browser or vector editor.
 */
export async function standaloneSvg(svg: SVGSVGElement, options: StandaloneOptions): Promise<StandaloneSvg> {
	const heading = options.heading ?? [];
	const { view, headH, legendRows, width, height } = standaloneLayout(svgSize(svg), heading.length, options.legend ?? []);
	const { width: w, height: h } = view;
	const css = await fontFaceCss();
	const inner = cloneWithStyles(svg, { drop: options.drop });

	const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
	const root = doc.documentElement as unknown as SVGSVGElement;
	root.setAttribute('xmlns:xlink', XLINK_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.setAttribute('font-family', '"Noto Sans", system-ui, sans-serif');
	const add = <K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string | number> = {}, text?: string) => {
		const el = doc.createElementNS(SVG_NS, tag);
		for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
		if (text !== undefined) el.textContent = text;
		parent.appendChild(el);
		return el;
	};
	add(root, 'title', {}, options.title);
	if (options.description) add(root, 'desc', {}, options.description);
	const defs = add(root, 'defs');
	add(defs, 'style', { type: 'text/css' }, css);
	add(root, 'rect', { x: 0, y: 0, width, height, fill: '#ffffff' });

	let y = PAD;
	heading.forEach((line, i) => {
		const size = i === 0 ? HEAD_SIZE[0] : HEAD_SIZE[1];
		y += size;
		add(root, 'text', { x: PAD, y, 'font-size': size, 'font-weight': i === 0 ? 700 : 400, fill: i === 0 ? INK : INK_SOFT }, line);
		y += size * 0.45;
	});

	inner.setAttribute('x', '0');
	inner.setAttribute('y', String(Math.round(headH)));
	inner.setAttribute('width', String(w));
	inner.setAttribute('height', String(h));
	if (!inner.getAttribute('viewBox')) inner.setAttribute('viewBox', `0 0 ${w} ${h}`);
	for (const a of ['role', 'aria-multiselectable', 'aria-activedescendant', 'aria-describedby', 'class']) inner.removeAttribute(a);
	root.appendChild(doc.importNode(inner, true));

	let ly = headH + h + PAD / 2;
	for (const row of legendRows) {
		for (const item of row) {
			add(root, 'rect', { x: PAD + item.x, y: ly, width: LEGEND_SIZE, height: LEGEND_SIZE, rx: 2, fill: item.colour, 'fill-opacity': item.opacity });
			add(root, 'text', { x: PAD + item.x + LEGEND_SIZE + 5, y: ly + LEGEND_SIZE * 0.85, 'font-size': LEGEND_SIZE, fill: INK_SOFT }, item.label);
		}
		ly += LEGEND_SIZE * 1.8;
	}
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
	return { text, width, height };
}
