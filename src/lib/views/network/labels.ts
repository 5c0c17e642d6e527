// The network's labels: which nodes ask for one and how much each may cover, and greedy placement beside each node, off every circle and every other label.

/** One typeface for drawing and measuring labels, so the measured boxes are the drawn ones. */
export const LABEL_FONT = `600 11.5px system-ui, 'Noto Sans', sans-serif`;
export const LABEL_HEIGHT = 14;
/** Screen area per label: keeps the picture readable on a small panel, lets a large one name more. */
export const AREA_PER_LABEL = 9000;
/** How many of the largest nodes may have their label over a smaller neighbour when nothing clear is left. */
export const BIG_LABELS = 6;

/** A label to place: its node's circle (screen units), the text's measured size and how much it may cover. */
export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	r: number;
	width: number;
	height: number;
	/**
	 * When no spot is clear of circles, the label may cover circles up to this radius (0: never). Lets the biggest
	 * nodes, in the middle of their clusters, be named over their small neighbours; Infinity for a label that must show.
	 */
	cover?: number;
}

/** A placed label: its text's anchor point (SVG text-anchor and a middle baseline) and its box. */
export interface PlacedLabel {
	id: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Space between a label and its circle, and around each label so neighbours do not touch. */
const LABEL_OFFSET = 3;
const LABEL_PAD = 1.5;

/**
 * Greedy label placement: in the requests' order (most important first), each label tries the spots around its node
 * (right, left, above, below, then the diagonals) and takes the first that stays inside the box, off every circle
 * and off every label already placed; failing that, the one hiding the least among those that cover only circles
 * it may cover (see `cover`).
 * A label with no such spot is dropped; labels never overlap each other. At most `limit` labels are kept.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	circles: readonly { x: number; y: number; r: number }[],
	width: number,
	height: number,
	limit = Infinity
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const inside = (b: Box) => b.x0 >= 1 && b.y0 >= 1 && b.x1 <= width - 1 && b.y1 <= height - 1;
	const free = (b: Box) => !placed.some((p) => boxesMeet(p.box, b));
	for (const q of requests) {
		if (placed.length >= limit) break;
		const cover = q.cover ?? 0;
		let best: Omit<PlacedLabel, 'id'> | undefined;
		let bestArea = Infinity;
		for (const s of spots(q)) {
			if (!inside(s.box) || !free(s.box)) continue;
			const hit = circles.filter((c) => circleMeetsBox(c, s.box));
			if (hit.length === 0) {
				best = s;
				break;
			}
			// Among the spots that cover only what the label may cover, the one hiding the least.
			const area = hit.reduce((a, c) => a + c.r * c.r, 0);
			if (hit.every((c) => c.r <= cover) && area < bestArea) {
				best = s;
				bestArea = area;
			}
		}
		if (best) placed.push({ id: q.id, ...best });
	}
	return placed;
}

function spots(q: LabelRequest): Omit<PlacedLabel, 'id'>[] {
	const { x, y, r, width: w, height: h } = q;
	const d = r + LABEL_OFFSET;
	const diag = d * Math.SQRT1_2;
	const at = (ax: number, ay: number, anchor: PlacedLabel['anchor']) => {
		const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
		return { x: ax, y: ay, anchor, box: { x0, y0: ay - h / 2, x1: x0 + w, y1: ay + h / 2 } };
	};
	return [
		at(x + d, y, 'start'),
		at(x - d, y, 'end'),
		at(x, y - d - h / 2, 'middle'),
		at(x, y + d + h / 2, 'middle'),
		at(x + diag, y - diag - h / 2, 'start'),
		at(x - diag, y - diag - h / 2, 'end'),
		at(x + diag, y + diag + h / 2, 'start'),
		at(x - diag, y + diag + h / 2, 'end')
	];
}

function boxesMeet(a: Box, b: Box): boolean {
	return a.x0 - LABEL_PAD < b.x1 && b.x0 - LABEL_PAD < a.x1 && a.y0 - LABEL_PAD < b.y1 && b.y0 - LABEL_PAD < a.y1;
}

function circleMeetsBox(c: { x: number; y: number; r: number }, b: Box): boolean {
	const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
	const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
	return dx * dx + dy * dy < (c.r + LABEL_PAD) * (c.r + LABEL_PAD) - 1e-9;
}

/** What the network's labelling reads: the nodes on screen, their texts, the priorities and the panel. */
export interface LabelScene {
	/** The hovered or keyboard-focused node. */
	active: string | null;
	selected: readonly string[];
	/** Node ids, largest first. */
	ranked: readonly string[];
	pos: Map<string, { x: number; y: number; r: number }>;
	text: (id: string) => string | undefined;
	textWidth: (text: string) => number;
	width: number;
	height: number;
	/** The zoom's scale: zoomed in, the panel holds more labels. */
	zoom: number;
}

/**
 * The network's labels: the active and the selected first (they must show, over anything), then by size (the few
 * largest may cover small neighbours); as many as the panel's area allows, never fewer than must show.
 */
export function networkLabels(s: LabelScene): (PlacedLabel & { text: string })[] {
	const chosen = new Set(s.selected);
	const first = [...new Set([...(s.active ? [s.active] : []), ...s.selected, ...s.ranked])];
	const requests = first.flatMap((id) => {
		const p = s.pos.get(id);
		const text = s.text(id);
		if (!p || text === undefined) return [];
		const rank = s.ranked.indexOf(id);
		const cover = id === s.active || chosen.has(id) ? Infinity : rank >= 0 && rank < BIG_LABELS ? p.r * 0.7 : 0;
		return [{ id, ...p, width: s.textWidth(text), height: LABEL_HEIGHT, cover, text }];
	});
	const circles = [...s.pos.values()];
	const forced = requests.filter((q) => q.cover === Infinity).length;
	const limit = Math.max(forced, Math.floor((s.width * s.height * s.zoom) / AREA_PER_LABEL));
	const texts = new Map(requests.map((q) => [q.id, q.text]));
	return placeLabels(requests, circles, s.width, s.height, limit).map((l) => ({ ...l, text: texts.get(l.id)! }));
}
