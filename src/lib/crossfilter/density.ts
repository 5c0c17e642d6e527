// The timeline of a large dataset: events counted per host-country lane and week in SQL, instead of one bar per event.
import { OWN, type Query } from './queries';
import { toPredicate, type Selection } from './selection';

/** Above this many events the timeline draws densities: SVG stays responsive with a few thousand bars, not with more. */
export const DENSITY_THRESHOLD = 3000;

export type TimelineMode = 'events' | 'bins';

export function timelineModeFor(totalEvents: number): TimelineMode {
	return totalEvents > DENSITY_THRESHOLD ? 'bins' : 'events';
}

/** One lane's week: events starting in it, and how many of them pass the other views' clauses. */
export interface TimelineBinRow {
	/** host country (ISO3), or null for events without a place */
	country: string | null;
	/** Monday of the week, YYYY-MM-DD */
	bin: string;
	n: number;
	n_active: number;
}

/** Like timelineQuery, the timeline's own (time) clause is left out: the brush shows its context, not a hole. */
export function timelineBinsQuery(sel: Selection): Query {
	const other = toPredicate(sel, OWN.timeline);
	return {
		sql: `SELECT e.country, strftime(date_trunc('week', e.date_start), '%Y-%m-%d') AS bin, count(*)::INTEGER AS n,
			(count(*) FILTER (WHERE coalesce((${other.sql}), FALSE)))::INTEGER AS n_active
			FROM events e WHERE e.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
		params: other.params
	};
}
