// The network as a matrix for dense pictures: agencies (or countries) as rows, international partners as columns, shared events in the cells.
import type { Link } from './links';

/** How the network is shown: the force graph, or the matrix of partners by agencies (or countries). */
export type NetworkView = 'graph' | 'matrix';

/** One cell: the shared events of its row and column, and its shade (0 … 1, from the filtered count). */
export interface MatrixCell {
	col: string;
	n: number;
	total: number;
	shade: number;
}

export interface MatrixRow {
	id: string;
	cells: MatrixCell[];
	/** The row's shared events with all partners, under the filters. */
	sum: number;
}

export interface Matrix {
	/** Partner ids, in the nodes' order (largest first). */
	cols: string[];
	rows: MatrixRow[];
	/** The largest filtered count of a cell (at least 1): the darkest shade. */
	max: number;
}

/**
 * Rows are the nodes that are not partners (`isPartner` false), columns the partners, both in `ranked` order (largest
 * first); a row or column without any shared event with the other side is left out. Links between two partners or
 * between two agencies are not the matrix's (the graph shows them).
 */
export function buildMatrix(ranked: readonly string[], isPartner: (id: string) => boolean, links: readonly Link[]): Matrix {
	const pair = new Map<string, Link>();
	const linked = new Set<string>();
	for (const e of links) {
		const sp = isPartner(e.source);
		const tp = isPartner(e.target);
		if (sp === tp) continue;
		const [row, col] = sp ? [e.target, e.source] : [e.source, e.target];
		pair.set(`${row}\n${col}`, e);
		linked.add(row).add(col);
	}
	const cols = ranked.filter((id) => isPartner(id) && linked.has(id));
	const rowIds = ranked.filter((id) => !isPartner(id) && linked.has(id));
	let max = 1;
	for (const e of pair.values()) max = Math.max(max, e.n);
	const rows = rowIds.map((id) => {
		const cells = cols.map((col) => {
			const e = pair.get(`${id}\n${col}`);
			const n = e?.n ?? 0;
			return { col, n, total: e?.total ?? 0, shade: n / max };
		});
		return { id, cells, sum: cells.reduce((s, c) => s + c.n, 0) };
	});
	return { cols, rows, max };
}

/** A cell's fill: white to the ink colour by its shade, and whether its number needs light text to stay readable. */
export function cellPaint(shade: number): { background: string; light: boolean } {
	const s = Math.max(0, Math.min(1, shade));
	// From the page's white towards its dark blue-grey ink (#1d2433), lightly at first so small counts still show.
	const t = s === 0 ? 0 : 0.12 + 0.88 * Math.sqrt(s);
	const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
	return { background: `rgb(${mix(255, 0x2f)}, ${mix(255, 0x4a)}, ${mix(255, 0x7a)})`, light: t > 0.5 };
}
