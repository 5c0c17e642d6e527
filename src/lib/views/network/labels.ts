// The network's labels: which nodes ask for one, and greedy placement beside each node (biggest first), shortened or dropped rather than laid over any circle or other label.

/** One typeface for drawing and measuring labels, so the measured boxes are the drawn ones. */
export const LABEL_FONT = `600 11.5px system-ui, 'Noto Sans', sans-serif`;
export const LABEL_HEIGHT = 14;
/** Screen area per label: keeps the picture readable on a small panel, lets a large one name more. */
export const AREA_PER_LABEL = 9000;
/** A shortened label keeps at least this many characters before its ellipsis; shorter says nothing. */
export const MIN_CHARS = 6;

/** A label to place: its node's circle (screen units) and the text's measured size, with shorter forms to fall back on. */
export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	r: number;
	width: number;
	height: number;
	/** Widths of shorter forms of the text, longest first, tried where the full text fits nowhere. */
	shorter?: number[];
	/** A label that must show if it can (the active, the selected): it may also stand further out, tied by a leader line. */
	far?: boolean;
}

/** A placed label: its text's anchor point (SVG text-anchor and a middle baseline), its box, and which form it took. */
export interface PlacedLabel {
	id: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
	/** 0: the full text; i > 0: the request's `shorter[i - 1]`. */
	form: number;
	/** For a label standing away from its node: a line from the circle's rim to the label's box. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Space between a label and its circle, and around each label so neighbours do not touch. */
const LABEL_OFFSET = 3;
/** The further rings a label that must show may try; beyond the first, a leader line ties it to its node. */
const FAR_OFFSETS = [10, 22, 36, 52];
const LEADER_FROM = 12;
const LABEL_PAD = 1.5;

/**
 * Greedy label placement: in the requests' order (most important first), each label tries the spots around its node
 * (right, left, above, below, then the diagonals; a label that must show also a little further out) and takes the
 * first that stays inside the box, off every circle and off every label already placed; where none is clear it tries
 * its shorter forms the same way, and where none of them fits it is dropped. Labels never overlap circles or each other. At most `limit` labels are kept.
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
	const clear = (b: Box) => inside(b) && !placed.some((p) => boxesMeet(p.box, b)) && !circles.some((c) => circleMeetsBox(c, b));
	for (const q of requests) {
		if (placed.length >= limit) break;
		const widths = [q.width, ...(q.shorter ?? [])];
		for (let form = 0; form < widths.length; form++) {
			const offsets = q.far ? [LABEL_OFFSET, ...FAR_OFFSETS] : [LABEL_OFFSET];
			const spot = offsets
				.flatMap((o) => spots({ ...q, width: widths[form] }, o).map((s) => ({ ...s, o })))
				.find((s) => clear(s.box));
			if (spot) {
				const { o, ...at } = spot;
				placed.push({ id: q.id, ...at, form, ...(o >= LEADER_FROM ? { leader: leaderLine(q, at.box) } : {}) });
				break;
			}
		}
	}
	return placed;
}

function spots(q: LabelRequest, offset: number): Omit<PlacedLabel, 'id' | 'form'>[] {
	const { x, y, r, width: w, height: h } = q;
	const d = r + offset;
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

/** From the circle's rim towards the box, to the box's nearest point. */
function leaderLine(c: { x: number; y: number; r: number }, b: Box): { x1: number; y1: number; x2: number; y2: number } {
	const x2 = Math.max(b.x0, Math.min(c.x, b.x1));
	const y2 = Math.max(b.y0, Math.min(c.y, b.y1));
	const d = Math.hypot(x2 - c.x, y2 - c.y) || 1;
	return { x1: c.x + ((x2 - c.x) / d) * c.r, y1: c.y + ((y2 - c.y) / d) * c.r, x2, y2 };
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

/** Shorter forms of `text`, longest first: cut at about two thirds and at half, with an ellipsis, never under MIN_CHARS; none for short names. */
export function shortenings(text: string): string[] {
	const chars = [...text];
	const out: string[] = [];
	// A short name is an acronym or a word: cut, it would name nothing.
	if (chars.length <= 2 * MIN_CHARS) return out;
	for (const share of [2 / 3, 1 / 2]) {
		const keep = Math.max(MIN_CHARS, Math.floor(chars.length * share));
		if (keep >= chars.length - 1) continue;
		const cut = `${chars.slice(0, keep).join('').trimEnd()}…`;
		if (!out.includes(cut)) out.push(cut);
	}
	return out;
}

/**
 * The network's labels: the active and the selected first, then by size; as many as the panel's area allows (the
 * active and the selected always ask), each shortened or dropped rather than laid over a node or another label.
 */
export function networkLabels(s: LabelScene): (PlacedLabel & { text: string })[] {
	const chosen = new Set(s.selected);
	const first = [...new Set([...(s.active ? [s.active] : []), ...s.selected, ...s.ranked])];
	let forced = 0;
	const requests = first.flatMap((id) => {
		const p = s.pos.get(id);
		const text = s.text(id);
		if (!p || text === undefined) return [];
		const far = id === s.active || chosen.has(id);
		if (far) forced++;
		const texts = [text, ...shortenings(text)];
		return [{ id, ...p, width: s.textWidth(text), height: LABEL_HEIGHT, shorter: texts.slice(1).map(s.textWidth), far, texts }];
	});
	const circles = [...s.pos.values()];
	const limit = Math.max(forced, Math.floor((s.width * s.height * s.zoom) / AREA_PER_LABEL));
	const texts = new Map(requests.map((q) => [q.id, q.texts]));
	return placeLabels(requests, circles, s.width, s.height, limit).map((l) => ({ ...l, text: texts.get(l.id)![l.form] }));
}
