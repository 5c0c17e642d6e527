// Every counted part of a view declared once (the clauses it ignores, the rows its keys come from, the key itself): the SQL (countedQuery) and the index's families (indexfamilies.ts) are both generated from here.
import type { IndexSource } from './indexsource';
import { OWN, nodeKey, type NetworkLevel, type Query } from './queries';
import { toPredicate, type Dimension, type Selection } from './selection';

/** The parts the views count: a family of keys each, counted under the selection minus the part's own clauses. */
export const FAMILY_NAMES = ['count', 'hosts', 'hostsSelected', 'flows', 'countries', 'hosted', 'nodes', 'edges', 'partners', 'facetCountries', 'kinds', 'topics'] as const;
export type FamilyName = (typeof FAMILY_NAMES)[number];

/**
 * Where a part's keys come from: the event itself, each of its event_countries rows, each of its event_orgs rows (with
 * the organisation), or each pair of its distinct network nodes.
 */
export type KeyRows = 'event' | 'country' | 'org' | 'pair';

/** Reads a key from the index's columns: event `i`, its country or organisation row `r`; `node` maps an org to its network node. */
type ReadKey = (s: IndexSource, i: number, r: number, node: (org: string) => string | null) => string | null;

export interface Counted {
	/** The clauses this part is not filtered by (it marks what they select instead); time is ignored by none. */
	ignores: readonly Dimension[];
	rows: KeyRows;
	/**
	 * The key in SQL, over `e` (events) and, by `rows`, `ec` (event_countries) or `eo` and `o` (event_orgs, orgs); NULL
	 * leaves the row out. For 'pair', the node of one organisation row.
	 */
	sql: (level: NetworkLevel) => string;
	/** The same key from the index's columns; null leaves the row out. For 'pair', the node of one organisation row. */
	read: ReadKey;
}

/** A host mark: the event's place, or '@' + its country for an event placed at a country only; none without a country. */
const HOST_SQL = `CASE WHEN e.country IS NULL THEN NULL ELSE coalesce(e.place_id, '@' || e.country) END`;
const host: ReadKey = (s, i) => (s.hostCountry[i] === null ? null : s.host[i]);
const orgNode: ReadKey = (s, _i, r, node) => node(s.eoOrg[r]);

export const COUNTED: Record<FamilyName, Counted> = {
	/** The one number: events passing the whole selection. */
	count: { ignores: [], rows: 'event', sql: () => `''`, read: () => '' },
	/** Host marks sized under the other views' clauses. */
	hosts: { ignores: OWN.map, rows: 'event', sql: () => HOST_SQL, read: host },
	/** The part of each host mark the map's own selection picks out. */
	hostsSelected: { ignores: [], rows: 'event', sql: () => HOST_SQL, read: host },
	/** Participant country → host mark. */
	flows: {
		ignores: OWN.map,
		rows: 'country',
		sql: () => `CASE WHEN ec.role <> 'host' AND ${HOST_SQL} IS NOT NULL THEN ec.country || chr(9) || ${HOST_SQL} END`,
		read: (s, i, r, node) => {
			const h = host(s, i, r, node);
			return h === null || s.ecHost[r] ? null : `${s.ecCountry[r]}\t${h}`;
		}
	},
	/** Countries shaded by the events they hosted or attended. */
	countries: { ignores: OWN.map, rows: 'country', sql: () => 'ec.country', read: (s, _i, r) => s.ecCountry[r] },
	/** Of those, the events each hosted. */
	hosted: { ignores: OWN.map, rows: 'country', sql: () => `CASE WHEN ec.role = 'host' THEN ec.country END`, read: (s, _i, r) => (s.ecHost[r] ? s.ecCountry[r] : null) },
	/** Network nodes: organisations, or at the country level their countries (partners stay themselves). */
	nodes: { ignores: OWN.network, rows: 'org', sql: (level) => nodeKey(level, 'o'), read: orgNode },
	/** Network links: two nodes at the same event. */
	edges: { ignores: OWN.network, rows: 'pair', sql: (level) => nodeKey(level, 'o'), read: orgNode },
	/** The filter column's facets, each under every clause but its own. */
	partners: { ignores: OWN.partners, rows: 'org', sql: () => `CASE WHEN eo.role = 'partner' THEN eo.org_id END`, read: (s, _i, r) => (s.eoPartner[r] ? s.eoOrg[r] : null) },
	facetCountries: { ignores: OWN.countries, rows: 'country', sql: () => 'ec.country', read: (s, _i, r) => s.ecCountry[r] },
	kinds: { ignores: OWN.kinds, rows: 'event', sql: () => 'e.kind', read: (s, i) => s.kind[i] },
	topics: { ignores: OWN.topics, rows: 'event', sql: () => 'e.topic', read: (s, i) => s.topic[i] }
};

/** A part's keys with their counts: `n` under the selection (time included, the part's own clauses left out), `total` over every event. */
export interface CountedRow {
	key: string;
	n: number;
	total: number;
}

const JOIN: Record<KeyRows, string> = {
	event: '',
	country: 'JOIN event_countries ec ON ec.event_id = e.id',
	org: 'JOIN event_orgs eo ON eo.event_id = e.id JOIN orgs o ON o.id = eo.org_id',
	pair: 'JOIN event_orgs eo ON eo.event_id = e.id JOIN orgs o ON o.id = eo.org_id'
};

/** The SQL of one part: each key with the distinct events counting under it, in the selection and in all. */
export function countedQuery(name: FamilyName, sel: Selection, level: NetworkLevel): Query {
	const part = COUNTED[name];
	const other = toPredicate(sel, [...part.ignores]);
	const rows = `SELECT DISTINCT e.id AS event_id, ${part.sql(level)} AS key FROM events e ${JOIN[part.rows]}`;
	// A pair is two distinct nodes of one event, in key order (the index sorts them the same way).
	const keys =
		part.rows === 'pair'
			? `m AS (${rows}), k AS (SELECT a.event_id, a.key || chr(9) || b.key AS key FROM m a JOIN m b ON a.event_id = b.event_id AND a.key < b.key)`
			: `k AS (${rows})`;
	return {
		sql: `WITH f AS (SELECT e.id FROM events e WHERE ${other.sql}), ${keys}
			SELECT k.key, count(f.id)::INTEGER AS n, count(*)::INTEGER AS total FROM k LEFT JOIN f ON f.id = k.event_id
			WHERE k.key IS NOT NULL GROUP BY 1`,
		params: other.params
	};
}

/** The country of each host mark (a place's, or the one after '@'), which the map's rows carry. */
export const HOST_COUNTRIES_SQL = `SELECT DISTINCT ${HOST_SQL} AS key, e.country FROM events e WHERE e.country IS NOT NULL`;
