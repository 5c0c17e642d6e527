// The network's force layout without a DOM: d3-force run to rest synchronously, so the same data always gives the same picture.
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3';

/** A node to place. `group` is its country (ISO3) or '' for international partners, which gather in the middle. */
export interface LayoutNode {
	id: string;
	total: number;
	group: string;
}

export interface LayoutEdge {
	source: string;
	target: string;
	total: number;
}

export interface PlacedNode {
	id: string;
	x: number;
	y: number;
	r: number;
}

/** Positions in layout units (1 unit ≈ 1 px when drawn unscaled) and the box they fill, radii included. */
export interface Layout {
	nodes: Map<string, PlacedNode>;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Node radii in layout units: big enough to click at the smallest, small enough that the largest leaves room to read. */
export const RADIUS = { min: 4, max: 15 };
/** Empty space kept between two circles. */
export const GAP = 3;

/**
 * Ring order of the country clusters, clockwise from the top: Kazakhstan north, Kyrgyzstan east, Tajikistan south-east,
 * Uzbekistan south, Turkmenistan west, so the picture loosely echoes the map. Countries outside the region follow
 * (upper left, towards Europe), alphabetically.
 */
const RING_ORDER = ['KAZ', 'KGZ', 'TJK', 'UZB', 'TKM'];
/** Wider than tall: the panels that show the network are landscape. */
const ASPECT = 1.35;
/** Enough for the simulation to reach alphaMin with d3's default decay (≈ 300). */
const TICKS = 320;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function nodeRadius(total: number, maxTotal: number): number {
	const t = maxTotal > 0 ? Math.sqrt(Math.max(0, total) / maxTotal) : 0;
	return RADIUS.min + (RADIUS.max - RADIUS.min) * t;
}

/**
 * What the layout depends on: node ids with their groups and totals, edges with their totals. Counts under a filter
 * (n) are left out on purpose, so brushing in other views never moves a node.
 */
export function layoutKey(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): string {
	const ns = nodes.map((n) => `${n.id}:${n.group}:${n.total}`).sort();
	const es = edges.map((e) => `${e.source}>${e.target}:${e.total}`).sort();
	return `${ns.join(',')}|${es.join(',')}`;
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
	ax: number;
	ay: number;
	international: boolean;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
	total: number;
	sameGroup: boolean;
}

export function computeLayout(nodesIn: readonly LayoutNode[], edgesIn: readonly LayoutEdge[]): Layout {
	// Input order must not matter: sort, so the same data always gives the same picture.
	const nodes = [...nodesIn].sort((a, b) => b.total - a.total || cmp(a.id, b.id));
	const ids = new Set(nodes.map((n) => n.id));
	const edges = edgesIn
		.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target))
		.sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
	if (nodes.length === 0) return { nodes: new Map(), x0: 0, y0: 0, x1: 0, y1: 0 };

	const maxTotal = Math.max(...nodes.map((n) => n.total));
	const radius = new Map(nodes.map((n) => [n.id, nodeRadius(n.total, maxTotal)]));
	const group = new Map(nodes.map((n) => [n.id, n.group]));
	const anchors = groupAnchors(nodes, radius);

	const rank = new Map<string, number>();
	const sim: SimNode[] = nodes.map((n) => {
		const a = anchors.get(n.group)!;
		// Phyllotaxis around the cluster's anchor: a spread, deterministic start with the biggest nodes nearest it.
		const i = rank.get(n.group) ?? 0;
		rank.set(n.group, i + 1);
		const d = 2 * (RADIUS.min + GAP) * Math.sqrt(i + 0.5);
		return {
			id: n.id,
			r: radius.get(n.id)!,
			ax: a.x,
			ay: a.y,
			international: n.group === '',
			x: a.x + d * Math.cos(i * GOLDEN_ANGLE),
			y: a.y + d * Math.sin(i * GOLDEN_ANGLE)
		};
	});

	const degree = new Map<string, number>();
	for (const e of edges) {
		degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
		degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
	}
	const maxEdge = Math.max(1, ...edges.map((e) => e.total));
	const links: SimLink[] = edges.map((e) => ({
		source: e.source,
		target: e.target,
		total: e.total,
		sameGroup: group.get(e.source) === group.get(e.target)
	}));
	const byId = new Map(sim.map((n) => [n.id, n]));
	const end = (v: string | number | SimNode) => (typeof v === 'object' ? v : byId.get(String(v))!);

	const simulation = forceSimulation<SimNode>(sim)
		.stop()
		.force(
			'link',
			forceLink<SimNode, SimLink>(links)
				.id((n) => n.id)
				.distance((l) => end(l.source).r + end(l.target).r + (l.sameGroup ? 10 : 34))
				// Heavier collaboration pulls harder; dividing by degree keeps the hubs (partners) from swallowing every cluster.
				.strength((l) => {
					const s = end(l.source).id;
					const t = end(l.target).id;
					const deg = Math.min(degree.get(s) ?? 1, degree.get(t) ?? 1);
					return (0.25 + 0.75 * (l.total / maxEdge)) / deg;
				})
		)
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength((n) => -12 - 1.6 * n.r)
				.distanceMax(160)
		)
		.force(
			'collide',
			forceCollide<SimNode>((n) => n.r + GAP)
				.strength(1)
				.iterations(3)
		)
		.force(
			'x',
			forceX<SimNode>((n) => n.ax).strength((n) => (n.international ? 0.05 : 0.14))
		)
		.force(
			'y',
			forceY<SimNode>((n) => n.ay).strength((n) => (n.international ? 0.05 : 0.14) * ASPECT)
		);
	for (let i = 0; i < TICKS; i++) simulation.tick();

	separate(sim);

	const placed = new Map<string, PlacedNode>();
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const n of sim) {
		const x = n.x ?? 0;
		const y = n.y ?? 0;
		placed.set(n.id, { id: n.id, x, y, r: n.r });
		x0 = Math.min(x0, x - n.r);
		y0 = Math.min(y0, y - n.r);
		x1 = Math.max(x1, x + n.r);
		y1 = Math.max(y1, y + n.r);
	}
	return { nodes: placed, x0, y0, x1, y1 };
}

/** Cluster centres on an ellipse around the middle (partners), sized so the clusters' areas fit without crowding. */
function groupAnchors(nodes: readonly LayoutNode[], radius: Map<string, number>): Map<string, { x: number; y: number }> {
	const area = new Map<string, number>();
	for (const n of nodes) {
		const r = radius.get(n.id)! + GAP;
		area.set(n.group, (area.get(n.group) ?? 0) + Math.PI * r * r);
	}
	const ring = [...area.keys()]
		.filter((g) => g !== '')
		.sort((a, b) => order(a) - order(b) || cmp(a, b));
	const anchors = new Map<string, { x: number; y: number }>([['', { x: 0, y: 0 }]]);
	if (ring.length === 0) return anchors;
	// A cluster of area A spans ≈ 2·sqrt(A/π); the ring must hold the middle cluster plus one cluster's span.
	const span = (g: string) => 2 * Math.sqrt((area.get(g) ?? 0) / Math.PI);
	const middle = span('') / 2;
	const widest = Math.max(...ring.map(span));
	const around = ring.reduce((s, g) => s + span(g), 0) / (2 * Math.PI);
	const r = Math.max(middle + widest * 0.75 + 20, around * 1.1, 60);
	ring.forEach((g, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ring.length, 3);
		anchors.set(g, { x: r * ASPECT * Math.cos(angle), y: r * Math.sin(angle) });
	});
	return anchors;
}

function order(group: string): number {
	const i = RING_ORDER.indexOf(group);
	return i < 0 ? RING_ORDER.length : i;
}

/** Pushes apart any circles the simulation left touching, so no two nodes overlap in the final picture. */
function separate(nodes: SimNode[]): void {
	for (let pass = 0; pass < 200; pass++) {
		let moved = false;
		for (let i = 0; i < nodes.length; i++) {
			const a = nodes[i];
			for (let j = i + 1; j < nodes.length; j++) {
				const b = nodes[j];
				let dx = (b.x ?? 0) - (a.x ?? 0);
				let dy = (b.y ?? 0) - (a.y ?? 0);
				let d = Math.hypot(dx, dy);
				const min = a.r + b.r + GAP;
				if (d >= min - 1e-6) continue;
				if (d < 1e-9) {
					// Coincident: split along a direction fixed by their positions in the list, never by chance.
					const angle = (i * 7 + j * 13) % 360;
					dx = Math.cos(angle);
					dy = Math.sin(angle);
					d = 1;
				}
				const push = (min - d) / 2 + 1e-3;
				const ux = dx / d;
				const uy = dy / d;
				a.x = (a.x ?? 0) - ux * push;
				a.y = (a.y ?? 0) - uy * push;
				b.x = (b.x ?? 0) + ux * push;
				b.y = (b.y ?? 0) + uy * push;
				moved = true;
			}
		}
		if (!moved) return;
	}
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Layouts by key, each computed once: switching level back and forth does not lay out again. While the rows are
 * inconsistent (a re-query on its way) the layout on screen stays, so nothing is laid out for a passing state.
 */
export class Layouts {
	#cache = new Map<string, Layout>();
	#shown: Layout | null = null;

	/** One per level is all a session needs; a replaced dataset should not pile up old pictures. */
	constructor(readonly keep = 4) {}

	get(key: string, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], consistent = true): Layout {
		if (!consistent && this.#shown) return this.#shown;
		let l = this.#cache.get(key);
		if (!l) {
			l = computeLayout(nodes, edges);
			this.#cache.set(key, l);
			if (this.#cache.size > this.keep) this.#cache.delete(this.#cache.keys().next().value!);
		}
		this.#shown = l;
		return l;
	}

	/** How many layouts are kept. */
	get size(): number {
		return this.#cache.size;
	}
}
