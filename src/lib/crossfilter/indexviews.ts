// A time window's view rows from the index's counts: host marks, flows, country activity, the network and the facets, ordered as their SQL orders them.
import type { Families, Family } from './indexfamilies';
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

/** How the rows are counted: a family's counts in the window, its totals over the whole dataset, a host key's country. */
export interface WindowCounts {
	counts(f: Family): Int32Array;
	total(f: Family): Int32Array;
	hostCountry(key: string): string | undefined;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every view's rows but the timeline's and the list's. */
export function windowViews(f: Families, c: WindowCounts): WindowViews {
	const count = c.counts(f.count)[0] ?? 0;

	const hn = c.counts(f.hosts);
	const hsCounts = c.counts(f.hostsSelected);
	const hsCode = new Map(f.hostsSelected.names.map((k, i) => [k, i]));
	const hosts: HostRow[] = [];
	f.hosts.names.forEach((key, k) => {
		if (hn[k] <= 0) return;
		const code = hsCode.get(key);
		const at = key.startsWith('@');
		hosts.push({ key, place_id: at ? null : key, country: c.hostCountry(key) ?? key.slice(1), n: hn[k], n_selected: code === undefined ? 0 : hsCounts[code] });
	});
	hosts.sort((a, b) => b.n - a.n || byString(a.key, b.key));

	const fl = c.counts(f.flows);
	const flows: FlowRow[] = [];
	f.flows.names.forEach((key, k) => {
		if (fl[k] <= 0) return;
		const tab = key.indexOf('\t');
		flows.push({ from_country: key.slice(0, tab), key: key.slice(tab + 1), n: fl[k] });
	});

	const cn = c.counts(f.countries);
	const ho = c.counts(f.hosted);
	const hoCode = new Map(f.hosted.names.map((k, i) => [k, i]));
	const countries: CountryActivityRow[] = [];
	f.countries.names.forEach((country, k) => {
		if (cn[k] <= 0) return;
		const code = hoCode.get(country);
		countries.push({ country, n: cn[k], hosted: code === undefined ? 0 : ho[code] });
	});

	const nn = c.counts(f.nodes);
	const nt = c.total(f.nodes);
	const nodes: NetworkNodeRow[] = f.nodes.names
		.map((id, k) => ({ id, n: nn[k], total: nt[k] }))
		.filter((r) => r.total > 0)
		.sort((a, b) => byString(a.id, b.id));

	const en = c.counts(f.edges);
	const et = c.total(f.edges);
	const edges: NetworkEdgeRow[] = [];
	f.edges.names.forEach((key, k) => {
		if (et[k] <= 0) return;
		const tab = key.indexOf('\t');
		edges.push({ source: key.slice(0, tab), target: key.slice(tab + 1), n: en[k], total: et[k] });
	});
	edges.sort((a, b) => byString(a.source, b.source) || byString(a.target, b.target));

	const facet = (fam: Family): FacetRow[] => {
		const n = c.counts(fam);
		const t = c.total(fam);
		return fam.names
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
		facets: { partners: facet(f.partners), countries: facet(f.facetCountries), kinds: facet(f.kinds), topics: facet(f.topics) }
	};
}
