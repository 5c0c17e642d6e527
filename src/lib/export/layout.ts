// Where things go in an exported picture, and in which ink, without drawing: legend rows, wrapped lines, a picture fitted in a box, the SVG's and the dashboard's blocks.

/** The pictures' ink: the page's colour tokens, written out, since a picture does not follow the page's CSS. */
export const INK = '#1d2433';
export const INK_SOFT = '#424b5e';
export const MUTED = '#5f6878';
export const LINE = '#d5d9e0';

/** A colour key of a view, read from its HTML legend (swatch + label). */
export interface LegendItem {
	colour: string;
	opacity: number;
	label: string;
}

/** A legend item placed in its row, `x` from the row's start. */
export type PlacedItem = LegendItem & { x: number };

export interface Heading {
	title: string;
	/** Smaller lines under the title: count and date, the filters. Long lines wrap (up to 3 lines each). */
	lines: string[];
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Places legend items in rows that fit `width`; `measure` gives a label's width. */
export function layoutLegend(items: LegendItem[], width: number, size: number, measure: (t: string) => number): PlacedItem[][] {
	const rows: PlacedItem[][] = [];
	let row: PlacedItem[] = [];
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

/**
 * Words of `text` in lines no wider than `width` as `measure` tells; at most `max` lines (the last ends in …). A word
 * wider than the line gets a line of its own rather than being cut.
 */
export function wrapLines(text: string, width: number, max: number, measure: (t: string) => number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (measure(next) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > max) {
		const kept = lines.slice(0, max);
		let last = kept[max - 1];
		while (last.length > 1 && measure(`${last} …`) > width) last = last.slice(0, -1);
		kept[max - 1] = `${last} …`;
		return kept;
	}
	return lines;
}

/** A picture of size `pw` × `ph` scaled to fit inside `box` and centred in it. */
export function contain(pw: number, ph: number, box: Box): Box {
	const k = Math.min(box.w / pw, box.h / ph);
	const w = pw * k;
	const h = ph * k;
	return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

// ---- a standalone SVG of one view ----------------------------------------------------------------------------------

export const SVG_PAD = 16;
/** Type sizes of the heading: the title, then every other line. */
export const HEAD_SIZE = [20, 13];
export const LEGEND_SIZE = 12;

/** Without a canvas to measure on, a label's width estimated from its length (Noto Sans averages about this). */
const estimate = (t: string) => t.length * LEGEND_SIZE * 0.58;

export interface StandaloneLayout {
	/** The view's own size, rounded, at least 1 px. */
	view: { width: number; height: number };
	/** Height of the heading block above the view (0 without a heading). */
	headH: number;
	legendRows: PlacedItem[][];
	/** Height of the legend block under the view (0 without keys). */
	legendH: number;
	width: number;
	height: number;
}

/** The blocks of a standalone SVG: heading lines above the view, the view at its size, the colour keys in rows below. */
export function standaloneLayout(box: { width: number; height: number }, headingLines: number, legend: LegendItem[]): StandaloneLayout {
	const w = Math.max(1, Math.round(box.width));
	const h = Math.max(1, Math.round(box.height));
	let headH = 0;
	for (let i = 0; i < headingLines; i++) headH += (i === 0 ? HEAD_SIZE[0] : HEAD_SIZE[1]) * 1.45;
	if (headingLines) headH += SVG_PAD;
	const legendRows = layoutLegend(legend, w - 2 * SVG_PAD, LEGEND_SIZE, estimate);
	const legendH = legendRows.length ? legendRows.length * LEGEND_SIZE * 1.8 + SVG_PAD / 2 : 0;
	return { view: { width: w, height: h }, headH, legendRows, legendH, width: w, height: Math.round(headH + h + legendH) };
}

// ---- the dashboard picture ----------------------------------------------------------------------------------------

/** Width of the dashboard picture: a 1080p projector's, so it fills a slide without scaling. */
export const DASHBOARD_WIDTH = 1920;
export const DASHBOARD_PAD = 32;
export const DASHBOARD_GAP = 24;

/**
 * The map and the network side by side, in the page's proportions (1.45 : 1): their widths, and the row's height from
 * the map's aspect (`map` null when there is no map picture), kept between 520 and 820 px.
 */
export function dashboardRow(map: { w: number; h: number } | null): { mapW: number; netW: number; rowH: number } {
	const inner = DASHBOARD_WIDTH - 2 * DASHBOARD_PAD - DASHBOARD_GAP;
	const mapW = Math.round((inner * 1.45) / 2.45);
	const size = map ?? { w: 16, h: 10 };
	return { mapW, netW: inner - mapW, rowH: Math.round(Math.min(820, Math.max(520, (mapW * size.h) / size.w))) };
}

/** The timeline across the picture: full width, its height from its aspect, at most 560 px. */
export function timelineHeight(width: number, picture: { w: number; h: number }): number {
	return Math.min(560, (width * picture.h) / picture.w);
}
