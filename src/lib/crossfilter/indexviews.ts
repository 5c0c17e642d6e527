// The view rows from each counted part's keys and counts (counted.ts), by the index or by SQL alike: host marks, flows, country activity, the network and the facets, in each view's order.
import type { FamilyName } from './counted';
import type { CountryActivityRow, FacetRow, FlowRow, HostRow, NetworkEdgeRow, NetworkNodeRow } from './rows';

export interface WindowViews {
	count: number;
	hosts: HostRow[];
	flows: FlowRow[];
	countries: CountryActivityRow[];
	nodes: NetworkNodeRow[];
	edges: NetworkEdgeRow[];
	facets: { partners: FacetRow[]; countries: FacetRow[]; kinds: FacetRow[]; topics: FacetRow[] };
}

/** One part's keys, with their counts under the selection (`n`) and over every event (`total`), position by position. */
export interface Tally {
	names: readonly string[];
	n: ArrayLike<number>;
	total: ArrayLike<number>;
}

/** How the rows are counted: each part's tally, a host key's country. */
export interface WindowCounts {
	tally(name: FamilyName): Tally;
	hostCountry(key: string): string | undefined;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The positions of `names` in string order. The index's tallies hand over the same names array at every step, so
 * the 2,000 links of 10k events are sorted once, not at each brush step. (An edge's key is source, tab, target: the
 * tab sorts before any character of an id, so the keys' order is the order by source, then target.)
 */
const orders = new WeakMap<readonly string[], Int32Array>();
function keyOrder(names: readonly string[]): Int32Array {
	let order = orders.get(names);
	if (!order) {
		order = Int32Array.from(names.keys()).sort((i, j) => byString(names[i], names[j]));
		orders.set(names, order);
	}
	return order;
}

/** Every view's rows but the timeline's and the list's. */
export function windowViews(c: WindowCounts): WindowViews {
	const all = c.tally('count');
	const count = all.names.length ? all.n[0] : 0;

	const hostsT = c.tally('hosts');
	const hn = hostsT.n;
	const selectedT = c.tally('hostsSelected');
	const hsCounts = selectedT.n;
	const hsCode = new Map(selectedT.names.map((k, i) => [k, i]));
	const hosts: HostRow[] = [];
	hostsT.names.forEach((key, k) => {
		if (hn[k] <= 0) return;
		const code = hsCode.get(key);
		const at = key.startsWith('@');
		hosts.push({ key, place_id: at ? null : key, country: c.hostCountry(key) ?? key.slice(1), n: hn[k], n_selected: code === undefined ? 0 : hsCounts[code] });
	});
	hosts.sort((a, b) => b.n - a.n || byString(a.key, b.key));

	const flowsT = c.tally('flows');
	const fl = flowsT.n;
	const flows: FlowRow[] = [];
	flowsT.names.forEach((key, k) => {
		if (fl[k] <= 0) return;
		const tab = key.indexOf('\t');
		flows.push({ from_country: key.slice(0, tab), key: key.slice(tab + 1), n: fl[k] });
	});

	const countriesT = c.tally('countries');
	const cn = countriesT.n;
	const hostedT = c.tally('hosted');
	const ho = hostedT.n;
	const hoCode = new Map(hostedT.names.map((k, i) => [k, i]));
	const countries: CountryActivityRow[] = [];
	countriesT.names.forEach((country, k) => {
		if (cn[k] <= 0) return;
		const code = hoCode.get(country);
		countries.push({ country, n: cn[k], hosted: code === undefined ? 0 : ho[code] });
	});

	const nodesT = c.tally('nodes');
	const nn = nodesT.n;
	const nt = nodesT.total;
	const nodes: NetworkNodeRow[] = [];
	for (const k of keyOrder(nodesT.names)) if (nt[k] > 0) nodes.push({ id: nodesT.names[k], n: nn[k], total: nt[k] });

	const edgesT = c.tally('edges');
	const en = edgesT.n;
	const et = edgesT.total;
	const edges: NetworkEdgeRow[] = [];
	for (const k of keyOrder(edgesT.names)) {
		if (et[k] <= 0) continue;
		const key = edgesT.names[k];
		const tab = key.indexOf('\t');
		edges.push({ source: key.slice(0, tab), target: key.slice(tab + 1), n: en[k], total: et[k] });
	}

	const facet = (name: FamilyName): FacetRow[] => {
		const { names, n, total: t } = c.tally(name);
		return names
			.map((value, k) => ({ value, n: n[k], total: t[k] }))
			.filter((r) => r.total > 0)
			.sort((a, b) => b.n - a.n || b.total - a.total || byString(a.value, b.value));
	};
	return {
		count,
		hosts,
		flows,
		countries,
		nodes,
		edges,
		facets: { partners: facet('partners'), countries: facet('facetCountries'), kinds: facet('kinds'), topics: facet('topics') }
	};
}
