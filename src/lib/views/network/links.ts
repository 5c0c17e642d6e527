// Which links the network draws: the strongest N by strength (a default from the node count), plus the active node's own; a node's neighbourhood.

/** A link between two nodes: `n` shared events under the other filters, `total` in the whole data. */
export interface Link {
	source: string;
	target: string;
	n: number;
	total: number;
}

/**
 * The default threshold: about one link for every two nodes, at least a dozen and at most fifty: enough for the
 * clusters' bonds to show, few enough that each line can be followed (80 already read as a grey web on a panel).
 */
export const DEFAULT_PER_NODE = 0.5;
export const DEFAULT_MIN = 12;
export const DEFAULT_MAX = 50;

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** How many links to draw before the user asks for more or fewer: from the number of nodes, never more than exist. */
export function defaultThreshold(nodeCount: number, linkCount: number): number {
	const wanted = Math.round(nodeCount * DEFAULT_PER_NODE);
	return Math.min(linkCount, Math.max(DEFAULT_MIN, Math.min(DEFAULT_MAX, wanted)));
}

/** The user's threshold kept within 0 … the number of links (a new answer may have fewer links). */
export function clampThreshold(n: number, linkCount: number): number {
	return Math.max(0, Math.min(linkCount, Math.round(Number.isFinite(n) ? n : 0)));
}

/** A step of the threshold's buttons: small among few links, larger among many. */
export function thresholdStep(linkCount: number): number {
	return linkCount > 400 ? 20 : linkCount > 100 ? 10 : 5;
}

/**
 * The links to draw, strongest first: the strongest `count`, and every link of the hovered or focused node (its
 * neighbourhood shows in full while it is active). Strongest means most shared events under the filters, then in
 * the whole data, then by the pair of ids, so equal links always come in the same order and the same threshold
 * always draws the same links. Not by ranking every link: the strongest `count` are kept in a short sorted list
 * while the links are read once (a brush step asks again, and a few dozen of 2,000 links at 10k events are drawn).
 */
export function strongestLinks<E extends Link>(links: readonly E[], count: number, active: string | null): E[] {
	const keys = new Map<E, string>();
	const keyOf = (e: E) => {
		let k = keys.get(e);
		if (k === undefined) keys.set(e, (k = e.source < e.target ? `${e.source}\n${e.target}` : `${e.target}\n${e.source}`));
		return k;
	};
	/** Negative when `a` ranks before `b`: the order described above. */
	const order = (a: E, b: E) => b.n - a.n || b.total - a.total || cmp(keyOf(a), keyOf(b));
	const top: E[] = [];
	const touches = (e: E) => !!active && (e.source === active || e.target === active);
	const own: E[] = [];
	for (const e of links) {
		if (count > 0 && (top.length < count || order(e, top[top.length - 1]) < 0)) {
			let lo = 0;
			let hi = top.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (order(top[mid], e) <= 0) lo = mid + 1;
				else hi = mid;
			}
			top.splice(lo, 0, e);
			if (top.length > count) {
				const out = top.pop()!;
				if (touches(out)) own.push(out);
			}
		} else if (touches(e)) own.push(e);
	}
	return own.length ? [...top, ...own].sort(order) : top;
}

/** One partner of a node in its neighbourhood list. */
export interface Neighbour {
	id: string;
	/** Shared events under the other filters. */
	n: number;
	/** Shared events in the whole data. */
	total: number;
}

/** Whom `id` shares events with, most first (then most in the whole data, then by id): from the links the view has. */
export function neighbourhood(id: string, links: readonly Link[]): Neighbour[] {
	const out: Neighbour[] = [];
	for (const e of links) {
		if (e.source === id && e.target !== id) out.push({ id: e.target, n: e.n, total: e.total });
		else if (e.target === id && e.source !== id) out.push({ id: e.source, n: e.n, total: e.total });
	}
	return out.sort((a, b) => b.n - a.n || b.total - a.total || cmp(a.id, b.id));
}

/** A selected node and its partners as the neighbourhood panel lists them, named in the page's language. */
export interface NeighbourGroup {
	id: string;
	name: string;
	list: (Neighbour & { label: string })[];
}

/** At most this many selected nodes get a list: beyond, the panel would be a second table. */
export const MAX_GROUPS = 3;

/** The panel's lists: for each selected node on the picture (the first MAX_GROUPS), its neighbourhood, named. */
export function neighbourGroups(
	selected: readonly string[],
	links: readonly Link[],
	name: (id: string) => { label: string; name: string } | undefined
): NeighbourGroup[] {
	return selected.flatMap((id) => {
		const own = name(id);
		if (!own) return [];
		const list = neighbourhood(id, links).map((x) => ({ ...x, label: name(x.id)?.label ?? x.id }));
		return [{ id, name: own.label, list }];
	}).slice(0, MAX_GROUPS);
}
