// Where everything goes on a 16:9 slide, without drawing: title, caption, filters line, the three views with their labels, the legend and the source line.
import { layoutLegend, wrapLines, type Box, type LegendItem, type PlacedItem } from './layout';

/** The slide's sizes in pixels: 1080p for a projector, 4K on request (everything scales with it). */
export const SLIDE_SIZES = { hd: { width: 1920, height: 1080 }, uhd: { width: 3840, height: 2160 } } as const;
export type SlideSize = keyof typeof SLIDE_SIZES;

/**
 * Type sizes and spacing at 1080p. Chosen for a projector at the back of a room: nothing under 22 px (2 % of the
 * height), the title as large as one line of a slide deck's heading.
 */
export const SLIDE = {
	pad: 48,
	/** Space between blocks; the only white between them, so no band of the slide is empty. */
	gap: 14,
	title: { size: 52, line: 62, max: 2 },
	caption: { size: 32, line: 42, max: 2 },
	filters: { size: 26, line: 34, max: 2 },
	label: { size: 22, line: 28 },
	legend: { size: 22, line: 34, max: 3 },
	source: { size: 22, line: 30, max: 2 },
	/** The views' columns: the map takes this share of the width, the network the rest. */
	mapShare: 0.6,
	/** The timeline's share of the views' height, kept between these (its aspect picks within them). */
	timelineShare: [0.24, 0.34] as const
};

/** A key of the legend: a colour swatch, or a shape saying what a size or a line means. */
export interface SlideKey extends LegendItem {
	shape?: 'square' | 'circle' | 'diamond' | 'line';
}

export interface TextBlock {
	box: Box;
	lines: string[];
	/** Type size and line height in the slide's pixels. */
	size: number;
	line: number;
}

export interface SlideInput {
	width: number;
	height: number;
	title: string;
	caption: string;
	filters: string;
	legend: SlideKey[];
	source: string;
	/** Width over height of the timeline's picture (null without one): it sets the timeline's height. */
	timelineAspect: number | null;
	/** A text's width at a type size, in pixels (the canvas measures; tests estimate). */
	measure: (text: string, size: number, bold: boolean) => number;
}

export interface SlideLayout {
	scale: number;
	title: TextBlock;
	/** Empty lines (and a zero-height box) when there is no caption. */
	caption: TextBlock;
	filters: TextBlock;
	labels: { map: TextBlock; network: TextBlock; timeline: TextBlock };
	views: { map: Box; network: Box; timeline: Box };
	legend: { box: Box; rows: PlacedItem[][]; size: number; line: number };
	source: TextBlock;
}

/**
 * The slide's blocks top to bottom, each right under the one before (`gap` apart): the text at the top and bottom
 * takes what its lines need and the views share all the rest, so the slide has no empty band whatever the words.
 */
export function slideLayout(input: SlideInput): SlideLayout {
	const s = input.height / 1080;
	const pad = SLIDE.pad * s;
	const gap = SLIDE.gap * s;
	const x = pad;
	const w = input.width - 2 * pad;
	let y = pad * 0.8;

	const text = (words: string, spec: { size: number; line: number; max?: number }, bold = false): TextBlock => {
		const size = spec.size * s;
		const line = spec.line * s;
		const lines = words.trim() ? wrapLines(words, w, spec.max ?? 1, (t) => input.measure(t, size, bold)) : [];
		const block = { box: { x, y, w, h: lines.length * line }, lines, size, line };
		if (lines.length) y += block.box.h + gap;
		return block;
	};
	const title = text(input.title, SLIDE.title, true);
	const caption = text(input.caption, SLIDE.caption);
	const filters = text(input.filters, SLIDE.filters);

	// The bottom blocks, from the slide's foot upwards.
	const sourceSize = SLIDE.source.size * s;
	const sourceLines = wrapLines(input.source, w, SLIDE.source.max, (t) => input.measure(t, sourceSize, false));
	const sourceH = sourceLines.length * SLIDE.source.line * s;
	const bottom = input.height - pad * 0.7;
	const source: TextBlock = { box: { x, y: bottom - sourceH, w, h: sourceH }, lines: sourceLines, size: sourceSize, line: SLIDE.source.line * s };
	const keySize = SLIDE.legend.size * s;
	const rows = layoutLegend(input.legend, w, keySize, (t) => input.measure(t, keySize, false)).slice(0, SLIDE.legend.max);
	const legendH = rows.length * SLIDE.legend.line * s;
	const legendY = source.box.y - (legendH ? gap + legendH : 0);
	const legend = { box: { x, y: legendY, w, h: legendH }, rows, size: keySize, line: SLIDE.legend.line * s };

	// The views fill what is left: the map and the network side by side, the timeline across below them.
	const labelH = SLIDE.label.line * s;
	const viewsBottom = legendY - gap;
	const room = viewsBottom - y - 2 * labelH - gap;
	const [low, high] = SLIDE.timelineShare;
	const natural = input.timelineAspect ? w / input.timelineAspect / room : low;
	const timelineH = Math.round(room * Math.min(high, Math.max(low, natural)));
	const rowH = room - timelineH;
	const mapW = Math.round((w - gap) * SLIDE.mapShare);
	const netX = x + mapW + gap;
	const netW = w - mapW - gap;
	const label = (bx: number, by: number, bw: number): TextBlock => ({ box: { x: bx, y: by, w: bw, h: labelH }, lines: [], size: SLIDE.label.size * s, line: labelH });
	const labels = { map: label(x, y, mapW), network: label(netX, y, netW), timeline: label(x, y + labelH + rowH + gap, w) };
	const views = {
		map: { x, y: y + labelH, w: mapW, h: rowH },
		network: { x: netX, y: y + labelH, w: netW, h: rowH },
		timeline: { x, y: labels.timeline.box.y + labelH, w, h: viewsBottom - (labels.timeline.box.y + labelH) }
	};
	return { scale: s, title, caption: caption.lines.length ? caption : { ...caption, box: { ...caption.box, h: 0 } }, filters, labels, views, legend, source };
}

/** Every block that takes room on the slide, named (tests check that none overlap and that no band is left empty). */
export function slideBlocks(l: SlideLayout): [string, Box][] {
	const all: [string, Box][] = [
		['title', l.title.box],
		['caption', l.caption.box],
		['filters', l.filters.box],
		['label-map', l.labels.map.box],
		['label-network', l.labels.network.box],
		['label-timeline', l.labels.timeline.box],
		['map', l.views.map],
		['network', l.views.network],
		['timeline', l.views.timeline],
		['legend', l.legend.box],
		['source', l.source.box]
	];
	return all.filter(([, b]) => b.h > 0 && b.w > 0);
}

/** The part of a picture of size `pw` × `ph` that fills `box` at its aspect, centred (the map is cropped, not shrunk). */
export function cover(pw: number, ph: number, box: { w: number; h: number }): Box {
	const k = Math.max(box.w / pw, box.h / ph);
	const w = box.w / k;
	const h = box.h / k;
	return { x: (pw - w) / 2, y: (ph - h) / 2, w, h };
}
