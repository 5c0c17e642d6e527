// The map's icon bitmaps, made when the style asks: the country-only marks' diamond per colour, the selection's ring, the flows' arrowheads.
import { ACCENT } from '../palette';

/** Drawn at 2× for sharpness. */
export const DIAMOND_PX = 96;
/** The half-diagonal in CSS px at icon-size 1. */
export const DIAMOND_HALF = 20;

export interface DiamondSpec {
	/** null: the outline only */
	fill: string | null;
	stroke: string;
	/** in CSS px */
	strokeWidth: number;
}

/** What the style's image id asks for: `diamond:<colour>` (a filled mark) or `diamond-ring` (the selection); null otherwise. */
export function diamondSpec(id: string): DiamondSpec | null {
	if (id === 'diamond-ring') return { fill: null, stroke: ACCENT, strokeWidth: 2.2 };
	if (id.startsWith('diamond:')) return { fill: id.slice('diamond:'.length), stroke: '#ffffff', strokeWidth: 1.2 };
	return null;
}

/** The diamond's corners in the bitmap's pixels, clockwise from the top. */
export function diamondCorners(): [number, number][] {
	const c = DIAMOND_PX / 2;
	const h = DIAMOND_HALF * 2;
	return [
		[c, c - h],
		[c + h, c],
		[c, c + h],
		[c - h, c]
	];
}

/** The bitmap for `spec` (for MapLibre's addImage with pixelRatio 2), or null where the page has no 2D canvas. */
export function drawDiamond(spec: DiamondSpec): ImageData | null {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = DIAMOND_PX;
	const ctx = canvas.getContext('2d');
	if (!ctx) return null;
	ctx.beginPath();
	for (const [i, [x, y]] of diamondCorners().entries()) {
		if (i) ctx.lineTo(x, y);
		else ctx.moveTo(x, y);
	}
	ctx.closePath();
	if (spec.fill) {
		ctx.fillStyle = spec.fill;
		ctx.fill();
	}
	ctx.strokeStyle = spec.stroke;
	ctx.lineWidth = spec.strokeWidth * 2;
	ctx.lineJoin = 'round';
	ctx.stroke();
	return ctx.getImageData(0, 0, DIAMOND_PX, DIAMOND_PX);
}

/** The arrowhead's bitmap side (2×); at icon-size 1 it is HEAD_PX / 2 CSS px, pointing up (icon-rotate turns it). */
export const HEAD_PX = 40;

/** The colour of a `flow-head:<colour>` image id, or null for any other id. */
export function headColour(id: string): string | null {
	return id.startsWith('flow-head:') ? id.slice('flow-head:'.length) : null;
}

/** An arrowhead in `colour` pointing up, with a notched base and a thin white edge, or null without a 2D canvas. */
export function drawHead(colour: string): ImageData | null {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = HEAD_PX;
	const ctx = canvas.getContext('2d');
	if (!ctx) return null;
	const c = HEAD_PX / 2;
	ctx.beginPath();
	ctx.moveTo(c, 4);
	ctx.lineTo(HEAD_PX - 7, HEAD_PX - 5);
	ctx.lineTo(c, HEAD_PX - 12);
	ctx.lineTo(7, HEAD_PX - 5);
	ctx.closePath();
	ctx.fillStyle = colour;
	ctx.fill();
	ctx.strokeStyle = '#ffffff';
	ctx.lineWidth = 2;
	ctx.lineJoin = 'round';
	ctx.stroke();
	return ctx.getImageData(0, 0, HEAD_PX, HEAD_PX);
}
