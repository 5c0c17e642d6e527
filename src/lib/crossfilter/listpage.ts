// One page of the event list in any order: every event of the selection reachable, sorted by date, place, kind or partners.
import type { Lang } from '../i18n/lang';
import type { Query } from './queries';
import { toPredicate, type Selection } from './selection';

export const LIST_SORTS = ['date', 'place', 'kind', 'partner'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export type SortDir = 'asc' | 'desc';

/** A whole number in [min, max] (the limit and offset are spliced into the SQL, never bound, so they are made safe first). */
function whole(v: number, min: number, max: number, fallback: number): number {
	const n = Math.floor(Number(v));
	return Number.isFinite(n) ? Math.max(min, Math.min(n, max)) : fallback;
}

/**
 * The key each sort orders by. Place: the city's name, or the host country's for an event placed at a country only
 * (as the list shows it), in the page's language. Kind: its id. Partners: their short names joined, as the list shows
 * them. Events without the key (no place, no partner) come last either way.
 */
function keyOf(sort: Exclude<ListSort, 'date'>, lang: Lang): string {
	if (sort === 'kind') return 'e.kind';
	if (sort === 'partner') return 'pa.partners';
	return lang === 'ru' ? 'lower(coalesce(nullif(p.name_ru, \'\'), p.name, nullif(pc.name_ru, \'\'), pc.name))' : 'lower(coalesce(p.name, pc.name))';
}

/**
 * Events `offset + 1` to `offset + limit` of the whole selection in the order asked for. The order is total: ties go
 * by start day (newest first) and then by id, and undated events come last whichever way the dates run, so pages
 * never overlap or skip an event. Under the default order (date, newest first) page one is the list query's dated
 * rows followed by its undated ones.
 */
export function listPageQuery(sel: Selection, sort: ListSort, dir: SortDir, offset: number, limit: number, lang: Lang = 'en'): Query {
	const p = toPredicate(sel);
	const n = whole(limit, 1, 10_000, 100);
	const skip = whole(offset, 0, 2 ** 31 - 1, 0);
	const d = dir === 'asc' ? 'ASC' : 'DESC';
	// The same order inside (to cut the page) and outside (to give it back in order), by the columns `top` carries.
	const order = (k: string, ds: string, id: string) =>
		sort === 'date' ? `${ds} ${d} NULLS LAST, ${id}` : `${k} ${d} NULLS LAST, ${ds} DESC NULLS LAST, ${id}`;
	const key = sort === 'date' ? 'NULL' : keyOf(sort, lang);
	const joins =
		sort === 'place'
			? 'LEFT JOIN places p ON p.id = e.place_id LEFT JOIN places pc ON pc.id = e.country'
			: sort === 'partner'
				? `LEFT JOIN (SELECT eo.event_id, string_agg(o.short, ', ' ORDER BY o.short) AS partners FROM event_orgs eo
					JOIN orgs o ON o.id = eo.org_id WHERE eo.role = 'partner' GROUP BY 1) pa ON pa.event_id = e.id`
				: '';
	return {
		// The page's ids first (with the columns they are ordered by), then their columns and partners for those rows only, as listQuery does.
		sql: `WITH top AS (SELECT e.id, e.date_start AS ds, ${key} AS k FROM events e ${joins} WHERE ${p.sql}
				ORDER BY ${order(key, 'e.date_start', 'e.id')} LIMIT ${n} OFFSET ${skip})
			SELECT e.id, strftime(e.date_start, '%Y-%m-%d') AS date_start, strftime(e.date_end, '%Y-%m-%d') AS date_end,
			e.title, e.kind, e.topic, e.place_id, pl.name AS place_name, pl.name_ru AS place_name_ru, e.country, e.flags, e.year_explicit,
			(SELECT string_agg(o.short, ', ' ORDER BY o.short) FROM event_orgs eo JOIN orgs o ON o.id = eo.org_id
				WHERE eo.event_id = e.id AND eo.role = 'partner') AS partners
			FROM top JOIN events e ON e.id = top.id LEFT JOIN places pl ON pl.id = e.place_id ORDER BY ${order('top.k', 'top.ds', 'top.id')}`,
		params: p.params
	};
}
