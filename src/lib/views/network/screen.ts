// From layout units to the panel's pixels: the fit of the layout's box, each node's place and radius under the zoom, and where the tooltip goes.
import type { Layout } from './force';

/** Room kept around the fitted layout for labels at the rim. */
export const MARGIN = 12;

/** A zoom's scale and translation (d3's ZoomTransform has these). */
export interface View {
	k: number;
	x: number;
	y: number;
}

export interface Circle {
	x: number;
	y: number;
	r: number;
}

export interface Fit {
	/** Pixels per layout unit. */
	k: number;
	/** The layout's centre, drawn at the panel's. */
	cx: number;
	cy: number;
}

/** Fit the layout's box into the panel, keeping its aspect. */
export function fitLayout(layout: Layout, width: number, height: number): Fit {
	const bw = Math.max(1, layout.x1 - layout.x0);
	const bh = Math.max(1, layout.y1 - layout.y0);
	const k = Math.max(0.05, Math.min((width - 2 * MARGIN) / bw, (height - 2 * MARGIN) / bh));
	return { k, cx: (layout.x0 + layout.x1) / 2, cy: (layout.y0 + layout.y1) / 2 };
}

/**
 * Every node's circle on screen. Radii grow no faster than distances (capped when fitted, by the square root of the
 * zoom), so circles never meet.
 */
export function screenCircles(layout: Layout, fit: Fit, view: View, width: number, height: number): Map<string, Circle> {
	const { k, cx, cy } = fit;
	const rk = Math.min(k, 1.5) * Math.sqrt(view.k);
	const m = new Map<string, Circle>();
	for (const n of layout.nodes.values()) {
		const x = ((n.x - cx) * k + width / 2) * view.k + view.x;
		const y = ((n.y - cy) * k + height / 2) * view.k + view.y;
		m.set(n.id, { x, y, r: n.r * rk });
	}
	return m;
}

/** Beside the node where the box (as last measured) fits, else below or above it; always inside the panel. */
export function tipPlace(
	p: Circle,
	panel: { width: number; height: number },
	tip: { width: number; height: number }
): { x: number; y: number } {
	const { width, height } = panel;
	const gap = p.r + 8;
	const clampX = (x: number) => Math.max(2, Math.min(x, width - tip.width - 2));
	const clampY = (y: number) => Math.max(2, Math.min(y, height - tip.height - 2));
	if (p.x + gap + tip.width <= width - 2) return { x: p.x + gap, y: clampY(p.y - tip.height / 2) };
	if (p.x - gap - tip.width >= 2) return { x: p.x - gap - tip.width, y: clampY(p.y - tip.height / 2) };
	const x = clampX(p.x - tip.width / 2);
	if (p.y + gap + tip.height <= height - 2) return { x, y: p.y + gap };
	return { x, y: Math.max(2, p.y - gap - tip.height) };
}
