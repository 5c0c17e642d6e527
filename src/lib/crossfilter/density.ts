// The timeline of a large dataset: events counted per host country and start day in SQL, instead of one row per event.
import { OWN, type Query } from './queries';
import { toPredicate, type Selection } from './selection';

/** Above this many events the timeline gets day counts instead of events: the same bars, without a row (and a mark) per event. */
export const DENSITY_THRESHOLD = 3000;

export type TimelineMode = 'events' | 'bins';

export function timelineModeFor(totalEvents: number): TimelineMode {
	return totalEvents > DENSITY_THRESHOLD ? 'bins' : 'events';
}

/** One country's day: events starting on it, and how many of them pass the other views' clauses. Days, so that the page's month bins are exact. */
export interface TimelineBinRow {
	/** host country (ISO3), or null for events without a place */
	country: string | null;
	/** the day the events start, YYYY-MM-DD */
	bin: string;
	n: number;
	n_active: number;
}

/** Like timelineQuery, the timeline's own (time) clause is left out: the brush shows its context, not a hole. */
export function timelineBinsQuery(sel: Selection): Query {
	const other = toPredicate(sel, OWN.timeline);
	return {
		sql: `SELECT e.country, strftime(e.date_start, '%Y-%m-%d') AS bin, count(*)::INTEGER AS n,
			(count(*) FILTER (WHERE coalesce((${other.sql}), FALSE)))::INTEGER AS n_active
			FROM events e WHERE e.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
		params: other.params
	};
}
