// The network's graph from the query rows: what each node stands for, whether the rows fit together, the ranking, the neighbours, the legend's countries and the table's rows.
import type { NetworkLevel } from '$lib/crossfilter/queries';
import type { NetworkEdgeRow, NetworkNodeRow, OrgRow, PlaceRow } from '$lib/crossfilter/rows';
import { CENTRAL_ASIA } from '$lib/model/event';
import type { Names } from '../format';
import { countryColour, OTHER_COLOUR, PARTNER_COLOUR } from '../palette';
import type { LayoutNode } from './force';
import type { Text } from './text';

/** What a node stands for, in the page's language. */
export interface NodeInfo {
	/** The filter a click on the node toggles. */
	dim: 'org' | 'country';
	/** Short, for the label on the picture. */
	label: string;
	/** Full, for the tooltip and the table. */
	name: string;
	country: string;
	colour: string;
	/** The cluster it joins in the layout: its country, or '' for international partners. */
	group: string;
}

/** The registry's lookups a node's description needs. */
export interface Registry {
	orgById: Map<string, OrgRow>;
	countryNames: Map<string, string>;
}

export function registryOf(orgs: readonly OrgRow[], places: readonly PlaceRow[], names: Names): Registry {
	return {
		orgById: new Map(orgs.map((o) => [o.id, o])),
		countryNames: new Map(places.filter((p) => p.kind === 'country').map((p) => [p.id, names.country(p.id)]))
	};
}

/** Node ids are org ids, except collapsed agencies at level 'country', which are ISO3 codes. */
export function describeNode(id: string, reg: Registry, names: Names, T: Text): NodeInfo {
	const org = reg.orgById.get(id);
	if (!org) {
		const name = reg.countryNames.get(id) ?? id;
		return { dim: 'country', label: name, name, country: T.countryNode, colour: countryColour(id), group: id };
	}
	const international = org.is_partner || org.country === '';
	return {
		dim: 'org',
		label: names.org(id),
		name: names.orgFull(id),
		country: org.country ? (reg.countryNames.get(org.country) ?? org.country) : T.international,
		colour: international ? PARTNER_COLOUR : countryColour(org.country),
		group: international ? '' : org.country
	};
}

/** The network's rows for their shape only: ids and totals, whatever their filtered counts (n) say. */
export interface NetworkShape {
	nodes: readonly NetworkNodeRow[];
	edges: readonly NetworkEdgeRow[];
}

const sameNodes = (a: readonly NetworkNodeRow[], b: readonly NetworkNodeRow[]) =>
	a.length === b.length && a.every((x, i) => x.id === b[i].id && x.total === b[i].total);
const sameEdges = (a: readonly NetworkEdgeRow[], b: readonly NetworkEdgeRow[]) =>
	a.length === b.length && a.every((x, i) => x.source === b[i].source && x.target === b[i].target && x.total === b[i].total);

/**
 * Hands back the previous shape while new rows hold the same ids and totals in the same order. A brush in another
 * view changes only the counts, and what depends on the shape alone (the layout's key, the rows' consistency, the
 * ranking, the neighbours) then stops at Svelte's equality check: one pass over the rows instead of building,
 * sorting and comparing a key of every node and edge on each step. Read no counts from a shape: they are its first rows'.
 */
export class ShapeMemo {
	#last: NetworkShape | null = null;

	of(nodes: readonly NetworkNodeRow[], edges: readonly NetworkEdgeRow[]): NetworkShape {
		const last = this.#last;
		if (last && sameNodes(last.nodes, nodes) && sameEdges(last.edges, edges)) return last;
		return (this.#last = { nodes, edges });
	}
}

/**
 * Whether the rows match the level asked for and each other: otherwise a re-query is on its way (the page may hand
 * over nodes of one level with edges of the other for a moment) and the picture waits for it.
 */
export function consistentRows(
	nodes: readonly NetworkNodeRow[],
	edges: readonly NetworkEdgeRow[],
	level: NetworkLevel,
	orgById: Map<string, OrgRow>
): boolean {
	const ids = new Set(nodes.map((n) => n.id));
	const levelOk = nodes.every((n) => {
		const org = orgById.get(n.id);
		return level === 'org' ? !!org : !org || org.is_partner || org.country === '';
	});
	return levelOk && edges.every((e) => ids.has(e.source) && ids.has(e.target));
}

/** Node ids by events, largest first (ties by id): the keyboard order and the labelling priority. */
export function rankNodes(nodes: readonly LayoutNode[]): string[] {
	return [...nodes].sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1)).map((n) => n.id);
}

/** Each node's neighbours: the nodes it shares an edge with. */
export function neighboursOf(edges: readonly { source: string; target: string }[]): Map<string, Set<string>> {
	const m = new Map<string, Set<string>>();
	for (const e of edges) {
		if (!m.has(e.source)) m.set(e.source, new Set());
		if (!m.has(e.target)) m.set(e.target, new Set());
		m.get(e.source)!.add(e.target);
		m.get(e.target)!.add(e.source);
	}
	return m;
}

/** A node's tooltip in words. */
export interface TipText {
	name: string;
	country: string;
	events: string;
	/** Its three heaviest partners (by filtered, then total shared events). */
	partners: string;
}

export function tipText(row: NetworkNodeRow, edges: readonly NetworkEdgeRow[], info: Map<string, NodeInfo>, T: Text): TipText | null {
	const i = info.get(row.id);
	if (!i) return null;
	const id = row.id;
	const top = edges
		.filter((e) => e.source === id || e.target === id)
		.sort((a, b) => b.n - a.n || b.total - a.total)
		.slice(0, 3)
		.map((e) => {
			const other = e.source === id ? e.target : e.source;
			return `${info.get(other)?.label ?? other} (${e.n === e.total ? e.n : T.ofTotal(e.n, e.total)})`;
		});
	return {
		name: i.name,
		country: i.country,
		events: T.events(row.n, row.total),
		partners: top.length ? `${T.worksWith}: ${top.join(', ')}` : T.noneShared
	};
}

export interface LegendCountry {
	name: string;
	colour: string;
}

/** Countries drawn, for the legend: the programme's five in their fixed order, everything else as one swatch. */
export function legendCountries(info: Iterable<NodeInfo>, countryNames: Map<string, string>, T: Text): LegendCountry[] {
	const present = new Set([...info].map((i) => i.group).filter((g) => g !== ''));
	const own = CENTRAL_ASIA.filter((c) => present.has(c)).map((c) => ({
		name: countryNames.get(c) ?? c,
		colour: countryColour(c)
	}));
	const other = [...present].some((c) => !(CENTRAL_ASIA as readonly string[]).includes(c));
	return other ? [...own, { name: T.otherCountries, colour: OTHER_COLOUR }] : own;
}

export interface TableRow extends NodeInfo {
	id: string;
	n: number;
	total: number;
	selected: boolean;
}

/** The table alternative's rows, in the keyboard's order. */
export function tableRows(
	ranked: readonly string[],
	info: Map<string, NodeInfo>,
	rows: Map<string, NetworkNodeRow>,
	chosen: Set<string>
): TableRow[] {
	return ranked.flatMap((id) => {
		const i = info.get(id);
		const row = rows.get(id);
		return i && row ? [{ id, ...i, n: row.n, total: row.total, selected: chosen.has(id) }] : [];
	});
}
