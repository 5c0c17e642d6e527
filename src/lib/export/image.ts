// Pictures for export: SVG views made standalone (computed styles and Noto Sans inlined), rasterised, and composed with the map's canvas into PNGs.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The page's type (Noto Sans, shipped by @fontsource), as faces with the subsets' unicode ranges. */
const FACES = [
	{ url: latin400, weight: 400, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
	{ url: cyrillic400, weight: 400, range: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' },
	{ url: latin700, weight: 700, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
	{ url: cyrillic700, weight: 700, range: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }
];

/**
 * The family canvases draw with. A name of its own, so registering it for exports does not change the page's text
 * (whose CSS asks for "Noto Sans" and may be showing a system fallback).
 */
export const CANVAS_FONT = 'BOMCA Export Sans';
const FONT_STACK = `"${CANVAS_FONT}", "Noto Sans", system-ui, sans-serif`;

let fontData: Promise<string[]> | null = null;
/** The four font files as data URLs (fetched once, ~40 kB): an SVG shown as an image may not load anything itself. */
function fontDataUrls(): Promise<string[]> {
	fontData ??= Promise.all(
		FACES.map(async (f) => {
			const r = await fetch(new URL(f.url, document.baseURI));
			if (!r.ok) throw new Error(`Fetching the font ${f.url} failed: HTTP ${r.status}`);
			return blobToDataUrl(await r.blob(), 'font/woff2');
		})
	);
	fontData.catch(() => (fontData = null));
	return fontData;
}

/** A blob as a base64 data URL of `type`. */
async function blobToDataUrl(blob: Blob, type: string): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:${type};base64,${btoa(binary)}`;
}

/** @font-face rules for "Noto Sans" with the fonts inline: the CSS an exported SVG carries. */
async function fontFaceCss(): Promise<string> {
	const urls = await fontDataUrls();
	return FACES.map(
		(f, i) =>
			`@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${f.weight};src:url(${urls[i]}) format("woff2");unicode-range:${f.range}}`
	).join('\n');
}

let canvasFonts: Promise<void> | null = null;
/** Registers the export family with the document and waits for it, so canvas text is Noto Sans from the first draw. */
export function loadCanvasFonts(): Promise<void> {
	canvasFonts ??= Promise.all(
		FACES.map(async (f) => {
			const face = new FontFace(CANVAS_FONT, `url(${new URL(f.url, document.baseURI).href})`, { weight: String(f.weight), unicodeRange: f.range });
			document.fonts.add(await face.load());
		})
	).then(() => undefined);
	canvasFonts.catch(() => (canvasFonts = null));
	return canvasFonts;
}

// ---- SVG with computed styles inlined ---------------------------------------------------------------------------

/** Properties that are inherited: written on an element only where they differ from its parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order',
	'visibility',
	'shape-rendering',
	'text-rendering'
];
/** Properties that are not inherited: written where they differ from the initial value. */
const OWN = ['opacity', 'mix-blend-mode', 'alignment-baseline', 'baseline-shift'];

let initial: Record<string, string> | null = null;
/** Initial values of OWN as this browser reports them, read once from a probe element. */
function initialValues(): Record<string, string> {
	if (initial) return initial;
	const probe = document.createElementNS(SVG_NS, 'svg');
	probe.setAttribute('width', '0');
	probe.setAttribute('height', '0');
	probe.style.position = 'absolute';
	const g = document.createElementNS(SVG_NS, 'g');
	probe.appendChild(g);
	document.body.appendChild(probe);
	const cs = getComputedStyle(g);
	initial = Object.fromEntries(OWN.map((p) => [p, cs.getPropertyValue(p)]));
	probe.remove();
	return initial;
}

export interface CloneOptions {
	/** Prefix for every id (and the references to it): a clone placed in the same page must not repeat ids. */
	idPrefix?: string;
	/** Selectors of elements left out (focus rings, hover-only marks). */
	drop?: string[];
	/** The family put first in every font-family: "Noto Sans" (embedded in standalone files) unless told otherwise. */
	fontFirst?: string;
}

/**
 * A deep copy of `svg` that looks the same without the page's stylesheets: the computed style of every element is
 * written into its `style` attribute (only what differs from what it would inherit or start with, to stay small), and
 * elements that are not displayed are left out. Interaction attributes (tabindex) are removed.
 */
export function cloneWithStyles(svg: SVGSVGElement, options: CloneOptions = {}): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const init = initialValues();
	const computed = new Map<Element, CSSStyleDeclaration>();
	const gone: Element[] = [];
	for (let i = 0; i < originals.length; i++) {
		const el = originals[i];
		const copy = copies[i] as SVGElement;
		const cs = getComputedStyle(el);
		computed.set(el, cs);
		if (cs.display === 'none' || options.drop?.some((s) => el.matches(s))) {
			gone.push(copy);
			continue;
		}
		const parent = el === svg ? null : el.parentElement && computed.get(el.parentElement);
		const decl: string[] = [];
		for (const p of INHERITED) {
			const v = p === 'font-family' ? notoFirst(cs.getPropertyValue(p), options.fontFirst) : cs.getPropertyValue(p);
			const inherited = parent && (p === 'font-family' ? notoFirst(parent.getPropertyValue(p), options.fontFirst) : parent.getPropertyValue(p));
			if (v && inherited !== v) decl.push(`${p}:${v}`);
		}
		for (const p of OWN) {
			const v = cs.getPropertyValue(p);
			if (v && v !== init[p]) decl.push(`${p}:${v}`);
		}
		if (decl.length) copy.setAttribute('style', decl.join(';'));
		else copy.removeAttribute('style');
		copy.removeAttribute('tabindex');
	}
	for (const el of gone) el.remove();
	if (options.idPrefix) prefixIds(clone, options.idPrefix);
	return clone;
}

/**
 * The page's type first: a view may ask for system-ui (the network's labels do), which in a standalone file would be
 * whatever the reader's system has; exports carry Noto Sans (the page's type) and use it everywhere.
 */
function notoFirst(family: string, first = '"Noto Sans"'): string {
	const skip = new Set(['Noto Sans', first.replace(/["']/g, '')]);
	const rest = family
		.split(',')
		.map((f) => f.trim())
		.filter((f) => f && !skip.has(f.replace(/["']/g, '')));
	return [first, ...rest].join(', ');
}

/** Renames every id inside `root` and rewrites `url(#…)` and `#…` href references to match. */
function prefixIds(root: Element, prefix: string): void {
	const ids = new Map<string, string>();
	for (const el of [root, ...root.querySelectorAll('[id]')]) {
		if (!el.id) continue;
		ids.set(el.id, prefix + el.id);
		el.id = prefix + el.id;
	}
	if (!ids.size) return;
	const rewrite = (v: string) =>
		v.replace(/url\((["']?)#([^"')]+)\1\)/g, (m, q: string, id: string) => (ids.has(id) ? `url(${q}#${ids.get(id)}${q})` : m));
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const a of [...el.attributes]) {
			if (a.value.includes('url(')) el.setAttribute(a.name, rewrite(a.value));
			else if ((a.localName === 'href' || a.name === 'aria-describedby' || a.name === 'aria-labelledby') && a.value) {
				const next =
					a.localName === 'href'
						? a.value.startsWith('#') && ids.has(a.value.slice(1))
							? `#${ids.get(a.value.slice(1))}`
							: a.value
						: a.value
								.split(/\s+/)
								.map((id) => ids.get(id) ?? id)
								.join(' ');
				if (a.namespaceURI) el.setAttributeNS(a.namespaceURI, a.name, next);
				else el.setAttribute(a.name, next);
			}
		}
	}
}

/** The main drawing of a view: its largest top-level <svg> (legend swatches and icons are small ones). */
export function mainSvg(root: Element | null): SVGSVGElement | null {
	if (!root) return null;
	let best: SVGSVGElement | null = null;
	let area = 0;
	for (const svg of root.querySelectorAll('svg')) {
		if (svg.parentElement?.closest('svg')) continue;
		const { width, height } = svgSize(svg);
		if (width * height > area) {
			area = width * height;
			best = svg;
		}
	}
	return best;
}

/**
 * An SVG's size in CSS pixels: as laid out, or from its width and height attributes when it has no layout box (under
 * print media the dashboard is display: none, yet the print summary still copies the timeline).
 */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	const r = svg.getBoundingClientRect();
	if (r.width > 0 && r.height > 0) return { width: r.width, height: r.height };
	const attr = (name: 'width' | 'height') => {
		try {
			return svg[name].baseVal.value;
		} catch {
			return 0;
		}
	};
	return { width: attr('width'), height: attr('height') };
}

/** A colour key of a view, read from its HTML legend (swatch + label). */
export interface LegendItem {
	colour: string;
	opacity: number;
	label: string;
}

/** The keys of the HTML legends inside `root` (elements with class "swatch" and the text beside them). */
export function legendOf(root: Element | null): LegendItem[] {
	if (!root) return [];
	const items: LegendItem[] = [];
	const seen = new Set<string>();
	for (const sw of root.querySelectorAll('.legend .swatch')) {
		const cs = getComputedStyle(sw);
		const label = (sw.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!label || seen.has(label) || cs.display === 'none') continue;
		seen.add(label);
		items.push({ colour: cs.backgroundColor, opacity: Number(cs.opacity) || 1, label });
	}
	return items;
}

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

const PAD = 16;
const HEAD_SIZE = [20, 13];
const LEGEND_SIZE = 12;

/**
 * A standalone SVG document of a view: the styled clone in a nested <svg>, a white background, optional heading and
 * legend, and @font-face rules with Noto Sans inline, so it opens alike in any browser or vector editor.
 */
export async function standaloneSvg(svg: SVGSVGElement, options: StandaloneOptions): Promise<{ text: string; width: number; height: number }> {
	const box = svgSize(svg);
	const w = Math.max(1, Math.round(box.width));
	const h = Math.max(1, Math.round(box.height));
	const css = await fontFaceCss();
	const inner = cloneWithStyles(svg, { drop: options.drop });
	const heading = options.heading ?? [];
	const headH = heading.length ? PAD + heading.reduce((s, _, i) => s + (i === 0 ? HEAD_SIZE[0] : HEAD_SIZE[1]) * 1.45, 0) : 0;
	const legendRows = layoutLegend(options.legend ?? [], w - 2 * PAD, LEGEND_SIZE, (t) => t.length * LEGEND_SIZE * 0.58);
	const legendH = legendRows.length ? legendRows.length * LEGEND_SIZE * 1.8 + PAD / 2 : 0;
	const width = w;
	const height = Math.round(headH + h + legendH);

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
		add(root, 'text', { x: PAD, y, 'font-size': size, 'font-weight': i === 0 ? 700 : 400, fill: i === 0 ? '#1d2433' : '#424b5e' }, line);
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
			add(root, 'text', { x: PAD + item.x + LEGEND_SIZE + 5, y: ly + LEGEND_SIZE * 0.85, 'font-size': LEGEND_SIZE, fill: '#424b5e' }, item.label);
		}
		ly += LEGEND_SIZE * 1.8;
	}
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
	return { text, width, height };
}

/** Places legend items in rows that fit `width`; `measure` gives a label's width. */
function layoutLegend(items: LegendItem[], width: number, size: number, measure: (t: string) => number) {
	const rows: (LegendItem & { x: number })[][] = [];
	let row: (LegendItem & { x: number })[] = [];
	let x = 0;
	for (const item of items) {
		const w = size + 5 + measure(item.label) + 16;
		if (row.length && x + w > width) {
			rows.push(row);
			row = [];
			x = 0;
		}
		row.push({ ...item, x });
		x += w;
	}
	if (row.length) rows.push(row);
	return rows;
}

// ---- rasterising and composing -------------------------------------------------------------------------------------

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
export async function svgToCanvas(svg: { text: string; width: number; height: number }, scale = 2): Promise<HTMLCanvasElement> {
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

/** Something drawable with its size in pixels: a canvas copy of the map, or a rasterised SVG view. */
export type Picture = HTMLCanvasElement | HTMLImageElement;
const sizeOf = (p: Picture) => ('naturalWidth' in p ? { w: p.naturalWidth, h: p.naturalHeight } : { w: p.width, h: p.height });

const INK = '#1d2433';
const INK_SOFT = '#424b5e';
const MUTED = '#5f6878';
const LINE = '#d5d9e0';

/** Words of `text` in lines no wider than `width` at the context's current font; at most `max` lines (the last ends in …). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (ctx.measureText(next).width <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > max) {
		const kept = lines.slice(0, max);
		let last = kept[max - 1];
		while (last.length > 1 && ctx.measureText(`${last} …`).width > width) last = last.slice(0, -1);
		kept[max - 1] = `${last} …`;
		return kept;
	}
	return lines;
}

export interface Heading {
	title: string;
	/** Smaller lines under the title: count and date, the filters. Long lines wrap (up to 3 lines each). */
	lines: string[];
}

/** Draws the heading at (x, y) within `width`; returns the y below it. */
function drawHeading(ctx: CanvasRenderingContext2D, head: Heading, x: number, y: number, width: number, scale: number): number {
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = INK;
	ctx.font = `700 ${30 * scale}px ${FONT_STACK}`;
	y += 30 * scale;
	ctx.fillText(head.title, x, y);
	y += 12 * scale;
	ctx.font = `400 ${18 * scale}px ${FONT_STACK}`;
	for (const [i, text] of head.lines.entries()) {
		ctx.fillStyle = i === 0 ? INK_SOFT : MUTED;
		for (const line of wrap(ctx, text, width, 3)) {
			y += 24 * scale;
			ctx.fillText(line, x, y);
		}
	}
	return y + 14 * scale;
}

/** Draws `pic` scaled to fit inside the box, centred; returns the rectangle it took. */
function drawContained(ctx: CanvasRenderingContext2D, pic: Picture, x: number, y: number, w: number, h: number) {
	const { w: pw, h: ph } = sizeOf(pic);
	const k = Math.min(w / pw, h / ph);
	const dw = pw * k;
	const dh = ph * k;
	const dx = x + (w - dw) / 2;
	const dy = y + (h - dh) / 2;
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(pic, dx, dy, dw, dh);
	return { x: dx, y: dy, w: dw, h: dh };
}

function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, scale: number) {
	ctx.fillStyle = MUTED;
	ctx.font = `700 ${15 * scale}px ${FONT_STACK}`;
	ctx.fillText(text.toUpperCase(), x, y);
}

/** Draws colour keys in rows from (x, y) within `width`; returns the y below them. */
function drawLegend(ctx: CanvasRenderingContext2D, items: LegendItem[], x: number, y: number, width: number, scale: number): number {
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

export interface MapPictureParts {
	heading: Heading;
	map: Picture | null;
	legend: LegendItem[];
	/** Shown where the map should be when it could not be drawn (no WebGL). */
	missing: string;
	credit: string;
}

/**
 * The map alone: heading, the map's pixels at their own size, its colour keys and the basemap's credit. `scale` is the
 * map copy's pixels per CSS pixel, so type and spacing keep their proportion to the map.
 */
export async function composeMap(parts: MapPictureParts, scale = 1): Promise<HTMLCanvasElement> {
	await loadCanvasFonts();
	const s = scale;
	const pad = 24 * s;
	const size = parts.map ? sizeOf(parts.map) : { w: 1200 * s, h: 700 * s };
	const width = Math.round(Math.max(size.w + 2 * pad, 900 * s));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	// Sized generously (heading and legend wrap), then trimmed to what was drawn.
	canvas.height = Math.round(size.h + 400 * s);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	const headH = drawHeading(ctx, parts.heading, pad, 16 * s, width - 2 * pad, s) + 8 * s;
	const x = Math.round((width - size.w) / 2);
	if (parts.map) ctx.drawImage(parts.map, x, headH);
	else placeholder(ctx, parts.missing, x, headH, size.w, size.h, s);
	let y = headH + size.h + 14 * s;
	y = drawLegend(ctx, parts.legend, pad, y, width - 2 * pad, s) + 10 * s;
	ctx.fillStyle = MUTED;
	ctx.font = `400 ${12 * s}px ${FONT_STACK}`;
	ctx.fillText(parts.credit, pad, y);
	return trim(canvas, y + 16 * s);
}

function placeholder(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, w: number, h: number, scale: number) {
	ctx.fillStyle = '#eef0f3';
	ctx.fillRect(x, y, w, h);
	ctx.fillStyle = MUTED;
	ctx.font = `400 ${16 * scale}px ${FONT_STACK}`;
	ctx.textAlign = 'center';
	ctx.fillText(text, x + w / 2, y + h / 2);
	ctx.textAlign = 'left';
}

/** A canvas cut to `height` (layouts are sized generously first, then trimmed to what was drawn). */
function trim(canvas: HTMLCanvasElement, height: number): HTMLCanvasElement {
	const h = Math.min(canvas.height, Math.ceil(height));
	if (h === canvas.height) return canvas;
	const out = document.createElement('canvas');
	out.width = canvas.width;
	out.height = h;
	out.getContext('2d')!.drawImage(canvas, 0, 0);
	return out;
}

export interface DashboardParts {
	heading: Heading;
	map: Picture | null;
	mapLegend: LegendItem[];
	mapMissing: string;
	/** The timeline and network pictures, legends included (standalone SVGs without heading, rasterised). */
	timeline: Picture | null;
	network: Picture | null;
	labels: { map: string; timeline: string; network: string };
	credit: string;
}

/** Where the dashboard picture put each view, in its pixels (tests and the print summary read it). */
export interface DashboardLayout {
	map: { x: number; y: number; w: number; h: number };
	network: { x: number; y: number; w: number; h: number };
	timeline: { x: number; y: number; w: number; h: number };
}

/** Width of the dashboard picture: a 1080p projector's, so it fills a slide without scaling. */
export const DASHBOARD_WIDTH = 1920;

/**
 * The whole dashboard as one picture, 1920 px wide: heading (title, count and date, filters), the map and the network
 * side by side as on the page, the timeline across, the map's colour keys and the basemap credit.
 */
export async function composeDashboard(parts: DashboardParts): Promise<{ canvas: HTMLCanvasElement; layout: DashboardLayout }> {
	await loadCanvasFonts();
	const W = DASHBOARD_WIDTH;
	const pad = 32;
	const gap = 24;
	const scale = 1;
	const canvas = document.createElement('canvas');
	canvas.width = W;
	canvas.height = 2400;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, W, canvas.height);

	let y = drawHeading(ctx, parts.heading, pad, pad - 8, W - 2 * pad, scale);
	ctx.strokeStyle = LINE;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(pad, y);
	ctx.lineTo(W - pad, y);
	ctx.stroke();
	y += 34;

	// Map and network side by side, in the page's proportions (1.45 : 1).
	const inner = W - 2 * pad - gap;
	const mapW = Math.round((inner * 1.45) / 2.45);
	const netW = inner - mapW;
	const mapSize = parts.map ? sizeOf(parts.map) : { w: 16, h: 10 };
	const rowH = Math.round(Math.min(820, Math.max(520, (mapW * mapSize.h) / mapSize.w)));
	drawLabel(ctx, parts.labels.map, pad, y, scale);
	drawLabel(ctx, parts.labels.network, pad + mapW + gap, y, scale);
	y += 12;
	const mapBox = { x: pad, y, w: mapW, h: rowH };
	const netBox = { x: pad + mapW + gap, y, w: netW, h: rowH };
	const map = parts.map ? drawContained(ctx, parts.map, mapBox.x, mapBox.y, mapBox.w, mapBox.h) : null;
	if (!map) placeholder(ctx, parts.mapMissing, mapBox.x, mapBox.y, mapBox.w, mapBox.h, scale);
	const net = parts.network ? drawContained(ctx, parts.network, netBox.x, netBox.y, netBox.w, netBox.h) : netBox;
	ctx.strokeStyle = LINE;
	ctx.strokeRect(mapBox.x + 0.5, mapBox.y + 0.5, mapBox.w - 1, mapBox.h - 1);
	ctx.strokeRect(netBox.x + 0.5, netBox.y + 0.5, netBox.w - 1, netBox.h - 1);
	y += rowH + 12;
	// Keys at the size the rasterised views' own legends end up at (their SVGs are drawn at 2× and scaled down).
	y = drawLegend(ctx, parts.mapLegend, pad, y, mapW, 1.3) + 22;

	drawLabel(ctx, parts.labels.timeline, pad, y, scale);
	y += 12;
	let timeline = { x: pad, y, w: W - 2 * pad, h: 0 };
	if (parts.timeline) {
		const { w, h } = sizeOf(parts.timeline);
		const tw = W - 2 * pad;
		const th = Math.min(560, (tw * h) / w);
		timeline = drawContained(ctx, parts.timeline, pad, y, tw, th);
		y += th;
	}
	y += 30;
	ctx.fillStyle = MUTED;
	ctx.font = `400 13px ${FONT_STACK}`;
	ctx.textAlign = 'right';
	ctx.fillText(parts.credit, W - pad, y);
	ctx.textAlign = 'left';
	return { canvas: trim(canvas, y + pad - 8), layout: { map: map ?? mapBox, network: net, timeline } };
}
