// How the network's marks look: edge widths and opacities, nodes faded outside the neighbourhood or the filters, their filled share.
import type { NetworkEdgeRow, NetworkNodeRow } from '$lib/crossfilter/rows';
import { DIMMED_OPACITY } from '../palette';
import type { NodeInfo } from './graph';
import type { PlacedLabel } from './labels';
import type { Circle } from './screen';
import type { Text } from './text';

export const EDGE_WIDTH = { min: 0.8, max: 5, faded: 0.6 };
/** Edges are many (every event is a clique of its attendees): each is light, so only the heavy bundles read dark. */
export const EDGE_OPACITY = 0.22;

/** By the square root of the filtered shared events against the heaviest edge's total; an edge with none stays a hairline. */
export function edgeWidth(n: number, maxEdge: number): number {
	return n === 0 ? EDGE_WIDTH.faded : EDGE_WIDTH.min + (EDGE_WIDTH.max - EDGE_WIDTH.min) * Math.sqrt(n / maxEdge);
}

export interface DrawnEdge extends NetworkEdgeRow {
	key: string;
	a: Circle;
	b: Circle;
	/** Touches the hovered or focused node. */
	hot: boolean;
	width: number;
	opacity: number;
}

/** Edges between drawn nodes (widths against `maxEdge`, by default the heaviest given); with a node active, its own edges stand out and the rest almost vanish. */
export function drawEdges(
	edges: readonly NetworkEdgeRow[],
	pos: Map<string, Circle>,
	active: string | null,
	maxEdge = Math.max(1, ...edges.map((e) => e.total))
): DrawnEdge[] {
	const drawn = edges.flatMap((e) => {
		const a = pos.get(e.source);
		const b = pos.get(e.target);
		if (!a || !b) return [];
		const hot = !!active && (e.source === active || e.target === active);
		const opacity = active ? (hot ? 0.85 : 0.04) : e.n === 0 ? DIMMED_OPACITY / 2 : EDGE_OPACITY;
		return [{ ...e, key: `${e.source}|${e.target}`, a, b, hot, width: edgeWidth(e.n, maxEdge), opacity }];
	});
	// In a fixed order (the active node's links last, on top), not strongest first: a brush re-ranks the links every
	// step, and the keyed lines would then be moved in the DOM each time.
	return drawn.sort((x, y) => Number(x.hot) - Number(y.hot) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

export interface DrawnNode extends NetworkNodeRow, Circle {
	colour: string;
	opacity: number;
	selected: boolean;
	/** Some but not all of its events pass the other filters: drawn as a pale disc with the share inside. */
	partial: boolean;
	/** The radius of the inner disc whose area is that share. */
	inner: number;
	/** The option's accessible name. */
	summary: string;
}

/** Nodes faded when no event passes the filters or, with a node active, outside its neighbourhood (`near`). */
export function drawNodes(
	nodes: readonly NetworkNodeRow[],
	pos: Map<string, Circle>,
	info: Map<string, NodeInfo>,
	near: Set<string> | null,
	chosen: Set<string>,
	T: Text
): DrawnNode[] {
	return nodes.flatMap((n) => {
		const p = pos.get(n.id);
		const i = info.get(n.id);
		if (!p || !i) return [];
		const faded = n.n === 0 || (!!near && !near.has(n.id));
		const selected = chosen.has(n.id);
		const partial = n.n > 0 && n.n < n.total;
		const summary = `${i.name}, ${i.country}, ${T.events(n.n, n.total)}${selected ? `, ${T.selectedMark}` : ''}`;
		const inner = partial ? p.r * Math.sqrt(n.n / n.total) : 0;
		return [{ ...n, ...p, colour: i.colour, opacity: faded ? DIMMED_OPACITY : 1, selected, partial, inner, summary }];
	});
}

/** What the picture draws, on the canvas and in the exported SVG alike. */
export interface NetworkMarks {
	edges: DrawnEdge[];
	nodes: DrawnNode[];
	labels: (PlacedLabel & { text: string })[];
	/** The hovered or keyboard-focused node, outlined. */
	active: string | null;
}
