// Everything the dashboard draws for one selection, fetched in one pass: the same function feeds the page (DuckDB-WASM) and the build's precomputed first view (node DuckDB).
import { listQuery, timelineQuery, undatedQuery, type NetworkLevel, type Query } from './queries';
import { countedQuery, FAMILY_NAMES, HOST_COUNTRIES_SQL, type CountedRow, type FamilyName } from './counted';
import { windowViews, type Tally } from './indexviews';
import type { CountryActivityRow, FacetRow, FlowRow, HostRow, ListRow, NetworkEdgeRow, NetworkNodeRow, OrgRow, PlaceRow, TimelineRow } from './rows';
import type { Selection } from './selection';
import { timelineBinsQuery, type TimelineBinRow, type TimelineMode } from './density';

export type RunQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** Events the list shows (newest first): enough to read, few enough to redraw within a brush step. */
export const LIST_LIMIT = 100;

export const FACETS = ['partners', 'countries', 'kinds', 'topics'] as const;
export type Facet = (typeof FACETS)[number];

export interface ViewData {
	/** Events matching the whole selection. */
	count: number;
	hosts: HostRow[];
	flows: FlowRow[];
	countries: CountryActivityRow[];
	timeline: TimelineRow[];
	/** The timeline of a large dataset (mode 'bins', see density.ts); empty when `timeline` holds the events. Absent in an older summary.json. */
	timelineBins?: TimelineBinRow[];
	nodes: NetworkNodeRow[];
	edges: NetworkEdgeRow[];
	facets: Record<Facet, FacetRow[]>;
	/** The dated events of the selection, newest first (at most LIST_LIMIT). */
	list: ListRow[];
	/**
	 * Events with no known day matching every clause but time: `n` of them, the first LIST_LIMIT by id. They are in
	 * `count` while no time window is set; a window leaves them out. Absent in an older summary.json.
	 */
	undated?: UndatedViews;
}

export interface UndatedViews {
	n: number;
	list: ListRow[];
}

export interface TopicRow {
	id: string;
	name: string;
	name_ru: string;
}

/**
 * The registries as the views need them (names and coordinates for ids) and what the dataset holds. Not the ingest's
 * Registry (src/lib/ingest/registry.ts), which also carries the aliases and spellings text is matched against.
 */
export interface ViewRegistry {
	places: PlaceRow[];
	orgs: OrgRow[];
	topics: TopicRow[];
	/** Events in the whole dataset. */
	total: number;
	/** Of them, events with no known day; and the first and last year of the dated ones (null: none). Absent in an older summary. */
	undated?: number;
	years?: [number, number] | null;
	/** Where the events come from, for the words beside the count: the programme's public record and news, or the benchmark's generator. */
	origin?: DataOrigin;
}

export type DataOrigin = 'public' | 'generated';

const run = <T>(q: RunQuery, query: Query) => q<T>(query.sql, query.params);

/**
 * Runs every view's query for `sel`. The counted parts come from their declarations (counted.ts) and are put into rows
 * by the same code as the index's answers, so the two cannot differ in shape or order. The engine answers one at a time,
 * so the queries go in sequence; the caller drops stale results.
 */
export async function fetchViews(q: RunQuery, sel: Selection, level: NetworkLevel, mode: TimelineMode = 'events'): Promise<ViewData> {
	const tallies = {} as Record<FamilyName, Tally>;
	for (const name of FAMILY_NAMES) {
		const rows = await run<CountedRow>(q, countedQuery(name, sel, level));
		tallies[name] = { names: rows.map((r) => r.key), n: rows.map((r) => r.n), total: rows.map((r) => r.total) };
	}
	const hostCountry = new Map((await q<{ key: string; country: string }>(HOST_COUNTRIES_SQL, [])).map((r) => [r.key, r.country]));
	const counted = windowViews({ tally: (name) => tallies[name], hostCountry: (key) => hostCountry.get(key) });
	const timeline = mode === 'events' ? await run<TimelineRow>(q, timelineQuery(sel)) : [];
	const timelineBins = mode === 'bins' ? await run<TimelineBinRow>(q, timelineBinsQuery(sel)) : [];
	const list = await run<ListRow>(q, listQuery(sel, LIST_LIMIT));
	const undated = await fetchUndated(q, sel);
	return { ...counted, facets: counted.facets as Record<Facet, FacetRow[]>, timeline, timelineBins, list, undated };
}

/** The undated events of a selection (every clause but time): how many, and the first LIST_LIMIT of them. */
export async function fetchUndated(q: RunQuery, sel: Selection): Promise<UndatedViews> {
	const [{ n }] = await run<{ n: number }>(q, undatedQuery(sel));
	const list = n ? await run<ListRow>(q, listQuery(sel, LIST_LIMIT, false)) : [];
	return { n, list };
}

/** Places and organisations from the loaded tables; topics and their names come with the precomputed summary. */
export async function fetchRegistry(q: RunQuery, topics: TopicRow[]): Promise<ViewRegistry> {
	const places = await q<PlaceRow>('SELECT id, name, name_ru, country, kind, lat, lon FROM places ORDER BY id', []);
	const orgs = await q<OrgRow>('SELECT id, short, name, name_ru, country, type, is_partner FROM orgs ORDER BY id', []);
	return { places, orgs, topics, ...(await fetchCensus(q)) };
}

export type Census = Pick<ViewRegistry, 'total' | 'undated' | 'years'>;

/** What the whole dataset holds, for the caption "N events …, 2015–2022 (M undated)": recounted after every import. */
export async function fetchCensus(q: RunQuery): Promise<Census> {
	const [{ n, undated, y0, y1 }] = await q<{ n: number; undated: number; y0: number | null; y1: number | null }>(
		`SELECT count(*)::INTEGER AS n, (count(*) FILTER (WHERE date_start IS NULL))::INTEGER AS undated,
			min(year(date_start))::INTEGER AS y0, max(year(date_end))::INTEGER AS y1 FROM events`,
		[]
	);
	return { total: n, undated, years: y0 === null || y1 === null ? null : [y0, y1] };
}

/** static/data/summary.json: the registries and the unfiltered view, so the page draws before its database is up. */
export interface Summary {
	generated: string;
	registry: ViewRegistry;
	views: ViewData;
}
