// The network's picture painted on a 2D canvas: edges under nodes under labels, as the exported SVG draws them (Marks.svelte).
import { ACCENT } from '../palette';
import { LABEL_FONT, type PlacedLabel } from './labels';
import type { DrawnEdge, DrawnNode } from './style';

/** The part of CanvasRenderingContext2D the picture uses (so a test can hand in a recorder of the calls). */
export type Paintable = Pick<
	CanvasRenderingContext2D,
	| 'setTransform'
	| 'clearRect'
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'arc'
	| 'fill'
	| 'stroke'
	| 'fillText'
	| 'strokeText'
	| 'globalAlpha'
	| 'strokeStyle'
	| 'fillStyle'
	| 'lineWidth'
	| 'lineCap'
	| 'lineJoin'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
	| 'direction'
>;

export type PaintedLabel = PlacedLabel & { text: string; alpha: number };

/** The labels painted, each as opaque as its node: a faded node's label fades with it, or goes when `bareFaded` (presenting, a slide). */
export function paintedLabels(labels: readonly (PlacedLabel & { text: string })[], nodes: readonly DrawnNode[], bareFaded: boolean): PaintedLabel[] {
	const opacity = new Map(nodes.map((d) => [d.id, d.opacity]));
	return labels.map((l) => ({ ...l, alpha: opacity.get(l.id) ?? 1 })).filter((l) => !(bareFaded && l.alpha < 1));
}

/** The labels' type size in picture units, read from the font they are set in. */
export const LABEL_PX = parseFloat(LABEL_FONT.split(' ')[1]);

export interface NetworkPicture {
	edges: readonly DrawnEdge[];
	nodes: readonly DrawnNode[];
	labels: readonly PaintedLabel[];
	/** The hovered or keyboard-focused node, outlined. */
	active: string | null;
	/** The picture's size in its own units (the SVG's viewBox). */
	width: number;
	height: number;
	/** Canvas pixels per picture unit: the view's scale times the device pixel ratio. */
	ratio: number;
}

/** Colours shared with the exported SVG's stylesheet (Marks.svelte). */
export const INK = { edge: '#5b6475', hot: '#1d2433', text: '#1d2433', halo: '#ffffff', knockout: '#ffffff' };

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

function disc(ctx: Paintable, x: number, y: number, r: number) {
	ctx.beginPath();
	ctx.arc(x, y, Math.max(0, r), 0, 2 * Math.PI);
}

/**
 * Paints the whole picture, cleared first. One pass over a few dozen edges and a few hundred nodes and labels: a
 * brush step repaints it all in well under a millisecond, where the same picture as SVG elements cost attribute
 * writes, style and layout for each.
 */
export function paintNetwork(ctx: Paintable, p: NetworkPicture): void {
	ctx.setTransform(1, 0, 0, 1, 0, 0);
	ctx.clearRect(0, 0, Math.ceil(p.width * p.ratio), Math.ceil(p.height * p.ratio));
	ctx.setTransform(p.ratio, 0, 0, p.ratio, 0, 0);

	ctx.lineCap = 'round';
	for (const e of p.edges) {
		ctx.globalAlpha = e.opacity;
		ctx.strokeStyle = e.hot ? INK.hot : INK.edge;
		ctx.lineWidth = e.width;
		ctx.beginPath();
		ctx.moveTo(e.a.x, e.a.y);
		ctx.lineTo(e.b.x, e.b.y);
		ctx.stroke();
	}

	for (const d of p.nodes) {
		// A white disc under the paint, so the edges ending at a faded node do not show through it.
		ctx.globalAlpha = 1;
		ctx.fillStyle = INK.knockout;
		disc(ctx, d.x, d.y, d.r);
		ctx.fill();
		ctx.globalAlpha = d.opacity;
		if (d.selected) {
			ctx.strokeStyle = ACCENT;
			ctx.lineWidth = 2.5;
			disc(ctx, d.x, d.y, d.r + 3);
			ctx.stroke();
		}
		ctx.globalAlpha = d.opacity * (d.partial ? 0.3 : 1);
		ctx.fillStyle = d.colour;
		disc(ctx, d.x, d.y, d.r);
		ctx.fill();
		ctx.globalAlpha = d.opacity;
		const outlined = d.id === p.active;
		ctx.strokeStyle = outlined ? INK.hot : d.partial ? d.colour : INK.halo;
		ctx.lineWidth = outlined ? 2.5 : 1.25;
		ctx.stroke();
		if (d.partial) {
			// The share of the node's events left by the other filters, as an inner disc of proportional area.
			ctx.fillStyle = d.colour;
			disc(ctx, d.x, d.y, d.inner);
			ctx.fill();
		}
	}

	ctx.font = LABEL_FONT;
	ctx.direction = 'ltr';
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	for (const l of p.labels) {
		ctx.globalAlpha = l.alpha;
		if (l.leader) {
			ctx.strokeStyle = INK.text;
			ctx.lineWidth = 1;
			ctx.beginPath();
			ctx.moveTo(l.leader.x1, l.leader.y1);
			ctx.lineTo(l.leader.x2, l.leader.y2);
			ctx.stroke();
		}
		ctx.textAlign = ALIGN[l.anchor];
		ctx.strokeStyle = INK.halo;
		ctx.lineWidth = 3;
		ctx.strokeText(l.text, l.x, l.y);
		ctx.fillStyle = INK.text;
		ctx.fillText(l.text, l.x, l.y);
	}
	ctx.globalAlpha = 1;
}
