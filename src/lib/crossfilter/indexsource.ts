// What the time index is built from: the events' columns in index order (undated last), and the SQL that reads them.

/** The events in (date_start, id) order, undated last, with the columns the views group by. Days count from 1970-01-01. */
export interface IndexSource {
	/** How many events have a day (the first `dated` of the order); the rest are undated and their start/end are not read. Default: all. */
	dated?: number;
	start: ArrayLike<number>;
	end: ArrayLike<number>;
	/** host mark key: place id, or '@' + ISO3 for country-only events; null without a country */
	host: ArrayLike<string | null>;
	hostCountry: ArrayLike<string | null>;
	kind: ArrayLike<string>;
	topic: ArrayLike<string | null>;
	/** event_countries rows: event index (in the order above), country, role = host */
	ecEvent: ArrayLike<number>;
	ecCountry: ArrayLike<string>;
	ecHost: ArrayLike<boolean | number>;
	/** event_orgs rows: event index, org id, role = partner */
	eoEvent: ArrayLike<number>;
	eoOrg: ArrayLike<string>;
	eoPartner: ArrayLike<boolean | number>;
	/** The list's own columns of event i, read on demand (in the page, from Arrow columns: titles are never copied out). */
	listFields?: (i: number) => ListFields;
	/** place_id of each event: the place clause reads it (the pass flags are computed in the page only when present). */
	place?: ArrayLike<string | null>;
	/** date_end as a day number (`end` above is never before the start; the list shows the date as recorded). */
	dateEnd?: ArrayLike<number>;
}

/** What the event list shows beside what the index holds already. */
export interface ListFields {
	id: string;
	title: string;
	place_id: string | null;
	flags: string;
	year_explicit: boolean;
}

/** The SQL the index is read from: events in index order, then their countries and organisations by event index. */
export const INDEX_SOURCE_SQL = {
	events: `SELECT (e.date_start - DATE '1970-01-01')::INTEGER AS s, (greatest(e.date_end, e.date_start) - DATE '1970-01-01')::INTEGER AS e,
		CASE WHEN e.country IS NULL THEN NULL ELSE coalesce(e.place_id, '@' || e.country) END AS h, e.country AS hc, e.kind AS k, e.topic AS t,
		(e.date_end - DATE '1970-01-01')::INTEGER AS de, e.id, e.title, e.place_id AS p, e.flags AS f, e.year_explicit AS y
		FROM events e ORDER BY e.date_start NULLS LAST, e.id`,
	countries: `WITH ev AS (SELECT id, (row_number() OVER (ORDER BY date_start NULLS LAST, id) - 1)::INTEGER AS i FROM events)
		SELECT ev.i, ec.country AS c, ec.role = 'host' AS host FROM event_countries ec JOIN ev ON ev.id = ec.event_id`,
	orgs: `WITH ev AS (SELECT id, (row_number() OVER (ORDER BY date_start NULLS LAST, id) - 1)::INTEGER AS i FROM events)
		SELECT ev.i, eo.org_id AS o, eo.role = 'partner' AS partner FROM event_orgs eo JOIN ev ON ev.id = eo.event_id`
};
