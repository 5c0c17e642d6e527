// The bitmaps of the country-only marks: a diamond per country colour and the selection's ring, made when the style asks.
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
