// The SQL of what is not a counted part: the count, the timeline's bars, the list, the undated events, the CSV's rows, one event's detail (the counted parts' SQL is generated in counted.ts).
import { toPredicate, type Dimension, type Predicate, type Selection } from './selection';

export interface Query {
	sql: string;
	params: unknown[];
}

/** Clauses a view owns: it is not filtered by them, it marks what they select instead. */
export const OWN: Record<'map' | 'timeline' | 'network' | 'partners' | 'countries' | 'kinds' | 'topics', Dimension[]> = {
	map: ['place', 'country'],
	timeline: ['time'],
	network: ['org'],
	partners: ['partner'],
	countries: ['country'],
	kinds: ['kind'],
	topics: ['topic']
};

const where = (p: Predicate) => p.sql;

/** Events matching the whole selection: the number the page shows as event-count. */
export function countQuery(sel: Selection): Query {
	const p = toPredicate(sel);
	return { sql: `SELECT count(*)::INTEGER AS n FROM events e WHERE ${where(p)}`, params: p.params };
}

/**
 * Every dated event as a bar; `active` says whether it passes the clauses of the other views (it is drawn faint if not).
 * coalesce: `place_id IN (...)` or `topic IN (...)` is NULL, not FALSE, for an event without a place or topic.
 * Undated events have no bar: the timeline counts them apart (undatedQuery).
 */
export function timelineQuery(sel: Selection): Query {
	const other = toPredicate(sel, OWN.timeline);
	return {
		sql: `SELECT e.id, strftime(e.date_start, '%Y-%m-%d') AS date_start, strftime(e.date_end, '%Y-%m-%d') AS date_end,
			e.country, e.kind, e.topic, e.title, e.place_id, e.flags, coalesce((${other.sql}), FALSE) AS active
			FROM events e WHERE e.date_start IS NOT NULL ORDER BY e.date_start, e.id`,
		params: other.params
	};
}

export type NetworkLevel = 'org' | 'country';

/** A node key: the org itself, or its country when agencies are collapsed (partners stay themselves). */
export const nodeKey = (level: NetworkLevel, alias: string) =>
	level === 'org' ? `${alias}.id` : `CASE WHEN ${alias}.is_partner OR ${alias}.country = '' THEN ${alias}.id ELSE ${alias}.country END`;

/**
 * Events without a known day that match every clause but time: they are in the counts while no time window is set,
 * and a window leaves them out; the timeline and the list say how many either way.
 */
export function undatedQuery(sel: Selection): Query {
	const p = toPredicate({ ...sel, time: null });
	return { sql: `SELECT count(*)::INTEGER AS n FROM events e WHERE e.date_start IS NULL AND ${p.sql}`, params: p.params };
}

/**
 * The dated events of the whole selection, newest first, for the list; with `dated` false, the undated ones matching
 * every clause but time (by id), the list's own section. `limit` is spliced into the SQL, so it is made a whole number first.
 */
export function listQuery(sel: Selection, limit = 500, dated = true): Query {
	const p = toPredicate(dated ? sel : { ...sel, time: null });
	const n = Number.isNaN(Number(limit)) ? 500 : Math.max(1, Math.min(Math.floor(Number(limit)), 2 ** 31 - 1));
	return {
		// The limit comes first and the partners are looked up for those rows only: with the subquery beside the
		// limit, DuckDB aggregated the partners of every matching event (≈2× slower at 100k events).
		sql: `WITH top AS (SELECT e.id, e.date_start, e.date_end, e.title, e.kind, e.topic, e.place_id, e.country, e.flags, e.year_explicit
				FROM events e WHERE ${p.sql} AND ${dated ? 'e.date_start IS NOT NULL' : 'e.date_start IS NULL'} ORDER BY e.date_start DESC, e.id LIMIT ${n})
			SELECT top.id, strftime(top.date_start, '%Y-%m-%d') AS date_start, strftime(top.date_end, '%Y-%m-%d') AS date_end,
			top.title, top.kind, top.topic, top.place_id, p.name AS place_name, p.name_ru AS place_name_ru, top.country, top.flags, top.year_explicit,
			(SELECT string_agg(o.short, ', ' ORDER BY o.short) FROM event_orgs eo JOIN orgs o ON o.id = eo.org_id
				WHERE eo.event_id = top.id AND eo.role = 'partner') AS partners
			FROM top LEFT JOIN places p ON p.id = top.place_id ORDER BY top.date_start DESC, top.id`,
		params: p.params
	};
}

/** Columns of the events CSV, in file order (the export's contract; see src/lib/export/events.ts). */
export const EXPORT_COLUMNS = [
	'id',
	'date_start',
	'date_end',
	'title',
	'kind',
	'topic',
	'place',
	'place_ru',
	'country',
	'partners',
	'agencies',
	'participant_countries',
	'participants_count',
	'year_explicit',
	'flags',
	'source',
	'source_url'
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/**
 * Every event of the whole selection (no limit, unlike the list), oldest first, one row each with its lists joined by
 * "; ": partners and agencies by short name, participant countries (other than the host, which is `country`) by ISO3.
 */
export function exportQuery(sel: Selection): Query {
	const p = toPredicate(sel);
	const orgs = (role: 'partner' | 'participant') =>
		`(SELECT string_agg(o.short, '; ' ORDER BY o.short) FROM event_orgs eo JOIN orgs o ON o.id = eo.org_id
			WHERE eo.event_id = e.id AND eo.role = '${role}')`;
	return {
		sql: `SELECT e.id, strftime(e.date_start, '%Y-%m-%d') AS date_start, strftime(e.date_end, '%Y-%m-%d') AS date_end,
			e.title, e.kind, e.topic, p.name AS place, p.name_ru AS place_ru, e.country,
			${orgs('partner')} AS partners, ${orgs('participant')} AS agencies,
			(SELECT string_agg(ec.country, '; ' ORDER BY ec.country) FROM event_countries ec
				WHERE ec.event_id = e.id AND ec.role = 'participant') AS participant_countries,
			e.participants_count, e.year_explicit, nullif(replace(e.flags, ',', '; '), '') AS flags, e.source, e.source_url
			FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE ${p.sql}
			ORDER BY e.date_start, e.id`,
		params: p.params
	};
}

/** One event with its source file's text, for the highlighted source view. */
export function eventDetailQuery(id: string): Query {
	return {
		sql: `SELECT e.id, e.title, e.kind, e.topic, strftime(e.date_start, '%Y-%m-%d') AS date_start, strftime(e.date_end, '%Y-%m-%d') AS date_end,
			e.source, e.spans, e.span_start, e.span_end, e.flags, e.year_explicit, e.participants_count, e.place_id, e.country,
			e.source_url, e.record_line, e.item_id, e.session, s.text
			FROM events e LEFT JOIN sources s ON s.file = e.source WHERE e.id = ?`,
		params: [id]
	};
}
