// A slide drawn on a canvas from its layout (slide.ts): the words, the map cropped to its box, the timeline and the network fitted in theirs, the keys' shapes.
import { drawContained, placeholder, whiteCanvas } from './draw';
import { FONT_STACK, loadCanvasFonts } from './fonts';
import { INK, INK_SOFT, LINE, MUTED, type Box } from './layout';
import { sizeOf, type Picture } from './raster';
import { cover, SLIDE_SIZES, slideLayout, type SlideKey, type SlideLayout, type SlideSize, type TextBlock } from './slide';

/** What a slide's layout reads: its words and keys (the pictures come after, drawn for its boxes). */
export interface SlideWordsAndKeys {
	title: string;
	caption: string;
	filters: string;
	legend: SlideKey[];
	source: string;
}

/** The views' pictures and names, drawn into a laid-out slide. */
export interface SlideParts {
	map: Picture | null;
	/** Said where the map should be when it could not be drawn (no WebGL). */
	mapMissing: string;
	timeline: Picture | null;
	network: Picture | null;
	labels: { map: string; timeline: string; network: string };
}

const font = (size: number, bold = false) => `${bold ? 700 : 400} ${size}px ${FONT_STACK}`;

function drawText(ctx: CanvasRenderingContext2D, block: TextBlock, colour: string, bold = false) {
	ctx.fillStyle = colour;
	ctx.font = font(block.size, bold);
	block.lines.forEach((line, i) => ctx.fillText(line, block.box.x, block.box.y + i * block.line + block.size));
}

function frame(ctx: CanvasRenderingContext2D, box: Box, s: number) {
	ctx.strokeStyle = LINE;
	ctx.lineWidth = 2 * s;
	ctx.strokeRect(box.x + s, box.y + s, box.w - 2 * s, box.h - 2 * s);
}

/** A key's mark in a square of side `k` at (x, y): a swatch, or the shape of the size or line it explains. */
function drawKey(ctx: CanvasRenderingContext2D, key: SlideKey, x: number, y: number, k: number) {
	ctx.globalAlpha = key.opacity;
	ctx.fillStyle = key.colour;
	ctx.strokeStyle = key.colour;
	ctx.beginPath();
	if (key.shape === 'circle') {
		ctx.arc(x + k * 0.3, y + k * 0.7, k * 0.25, 0, 2 * Math.PI);
		ctx.moveTo(x + k, y + k * 0.5);
		ctx.arc(x + k * 0.7, y + k * 0.5, k * 0.45, 0, 2 * Math.PI);
		ctx.fill();
	} else if (key.shape === 'diamond') {
		ctx.moveTo(x + k / 2, y);
		ctx.lineTo(x + k, y + k / 2);
		ctx.lineTo(x + k / 2, y + k);
		ctx.lineTo(x, y + k / 2);
		ctx.fill();
	} else if (key.shape === 'line') {
		ctx.lineWidth = k * 0.1;
		ctx.moveTo(x, y + k * 0.25);
		ctx.lineTo(x + k, y + k * 0.25);
		ctx.stroke();
		ctx.beginPath();
		ctx.lineWidth = k * 0.32;
		ctx.moveTo(x, y + k * 0.75);
		ctx.lineTo(x + k, y + k * 0.75);
		ctx.stroke();
	} else ctx.fillRect(x, y, k, k);
	ctx.globalAlpha = 1;
}

/**
 * The map filling its box: cropped to the box's aspect when that keeps most of it, else whole and centred on its own
 * corner's colour (cropping a tall map into a wide box would cut off the southern countries).
 */
function drawMap(ctx: CanvasRenderingContext2D, map: Picture, box: Box) {
	const { w, h } = sizeOf(map);
	const part = cover(w, h, box);
	ctx.imageSmoothingQuality = 'high';
	if ((part.w * part.h) / (w * h) >= MIN_KEPT) return ctx.drawImage(map, part.x, part.y, part.w, part.h, box.x, box.y, box.w, box.h);
	const corner = document.createElement('canvas').getContext('2d')!;
	corner.drawImage(map, 0, 0, 1, 1, 0, 0, 1, 1);
	const [r, g, b] = corner.getImageData(0, 0, 1, 1).data;
	ctx.fillStyle = `rgb(${r} ${g} ${b})`;
	ctx.fillRect(box.x, box.y, box.w, box.h);
	drawContained(ctx, map, box);
}

/** The share of the map a crop must keep. */
const MIN_KEPT = 0.8;

/** Where a view's picture goes inside its framed box: clear of the frame's line. */
const inset = (b: Box, s: number): Box => ({ x: b.x + 6 * s, y: b.y + 6 * s, w: b.w - 12 * s, h: b.h - 12 * s });

/**
 * The slide's layout at `size`, its words measured in the slide's fonts. The timeline gets its largest share (an
 * aspect of 1 asks for more height than the layout allows): the views are posed in these boxes and their pictures
 * fill them, the timeline's plot following its box's height.
 */
export async function layoutSlide(words: SlideWordsAndKeys, size: SlideSize = 'hd'): Promise<SlideLayout> {
	await loadCanvasFonts();
	const { width, height } = SLIDE_SIZES[size];
	const ctx = document.createElement('canvas').getContext('2d')!;
	const measure = (t: string, px: number, bold: boolean) => {
		ctx.font = font(px, bold);
		return ctx.measureText(t).width;
	};
	return slideLayout({ width, height, ...words, timelineAspect: 1, measure });
}

/**
 * The boxes the three views' pictures fill, in the slide's pixels: the views are posed in them
 * (views/pose.svelte.ts) before they are pictured, so each fills its box at the slide's text size.
 */
export function slideViewBoxes(l: SlideLayout): Record<'map' | 'network' | 'timeline', Box> {
	return { map: l.views.map, network: inset(l.views.network, l.scale), timeline: inset(l.views.timeline, l.scale) };
}

/** The slide at `size` (1920×1080 or 3840×2160), drawn in layout `l` (layoutSlide's, for the same words and size). */
export async function composeSlide(parts: SlideParts, l: SlideLayout, size: SlideSize = 'hd'): Promise<HTMLCanvasElement> {
	await loadCanvasFonts();
	const { width, height } = SLIDE_SIZES[size];
	const { canvas, ctx } = whiteCanvas(width, height);
	ctx.textBaseline = 'alphabetic';
	const s = l.scale;

	drawText(ctx, l.title, INK, true);
	drawText(ctx, l.caption, INK_SOFT);
	drawText(ctx, l.filters, INK_SOFT);
	for (const id of ['map', 'network', 'timeline'] as const) {
		const label = l.labels[id];
		ctx.fillStyle = MUTED;
		ctx.font = font(label.size, true);
		ctx.fillText(parts.labels[id].toUpperCase(), label.box.x, label.box.y + label.size * 0.95);
	}

	const { map: mapBox, network: netBox, timeline: lineBox } = l.views;
	if (parts.map) drawMap(ctx, parts.map, mapBox);
	else placeholder(ctx, parts.mapMissing, mapBox, s * 1.6);
	if (parts.network) drawContained(ctx, parts.network, inset(netBox, s));
	if (parts.timeline) drawContained(ctx, parts.timeline, inset(lineBox, s));
	for (const b of [mapBox, netBox, lineBox]) frame(ctx, b, s);

	const { rows, size: k, line } = l.legend;
	ctx.font = font(k);
	rows.forEach((row, i) => {
		const y = l.legend.box.y + i * line;
		for (const key of row) {
			drawKey(ctx, key, l.legend.box.x + key.x, y, k);
			ctx.fillStyle = INK_SOFT;
			ctx.fillText(key.label, l.legend.box.x + key.x + k + 5 * s, y + k * 0.88);
		}
	});
	drawText(ctx, l.source, MUTED);
	return canvas;
}
