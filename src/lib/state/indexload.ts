// Where the page's time index comes from: the dataset's Arrow files before DuckDB is up, or DuckDB's tables once imports changed them.
import type { Table } from 'apache-arrow';
import { indexSourceFromArrow } from '$lib/crossfilter/indexarrow';
import { INDEX_SOURCE_SQL, type IndexSource, type ListFields } from '$lib/crossfilter/indexsource';
import type { OrgRow, PlaceRow } from '$lib/crossfilter/rows';
import { TimeIndex } from '$lib/crossfilter/timeindex';
import type { Dataset } from '$lib/db/dataset';

export interface ArrowQuery {
	queryArrow(sql: string, params?: unknown[]): Promise<Table>;
}

/** The index over the fetched files: nothing waits for the database. */
export function indexFromFiles(data: Dataset, orgs: OrgRow[], places: PlaceRow[]): TimeIndex {
	const table = (name: string) => {
		const t = data.tables.find((x) => x.name === name);
		if (!t) throw new Error(`The dataset has no ${name} table`);
		return t.table;
	};
	const src = indexSourceFromArrow({ events: table('events'), eventCountries: table('event_countries'), eventOrgs: table('event_orgs') });
	return new TimeIndex(src, orgs, places);
}

/** The index over the live tables, read with SQL: after an import, the files no longer hold the data. */
export async function indexFromDb(db: ArrowQuery, orgs: OrgRow[], places: PlaceRow[]): Promise<TimeIndex> {
	const ev = await db.queryArrow(INDEX_SOURCE_SQL.events);
	const ec = await db.queryArrow(INDEX_SOURCE_SQL.countries);
	const eo = await db.queryArrow(INDEX_SOURCE_SQL.orgs);
	const ints = (t: Table, c: string) => t.getChild(c)!.toArray() as Int32Array;
	const values = <T>(t: Table, c: string) => Array.from(t.getChild(c)! as Iterable<T>);
	const src: IndexSource = {
		// Undated events come last (NULLS LAST): their day columns are null and are not read.
		dated: ev.numRows - ev.getChild('s')!.nullCount,
		start: ints(ev, 's'),
		end: ints(ev, 'e'),
		host: values<string | null>(ev, 'h'),
		hostCountry: values<string | null>(ev, 'hc'),
		place: values<string | null>(ev, 'p'),
		kind: values<string>(ev, 'k'),
		topic: values<string | null>(ev, 't'),
		ecEvent: ints(ec, 'i'),
		ecCountry: values<string>(ec, 'c'),
		ecHost: values<boolean>(ec, 'host'),
		eoEvent: ints(eo, 'i'),
		eoOrg: values<string>(eo, 'o'),
		eoPartner: values<boolean>(eo, 'partner'),
		dateEnd: ints(ev, 'de'),
		listFields: listFieldsOf(ev)
	};
	return new TimeIndex(src, orgs, places);
}

/** The list's columns of the index's events, read from the Arrow columns when a row is shown: a million titles stay one buffer. */
function listFieldsOf(ev: Table): (i: number) => ListFields {
	const id = ev.getChild('id')!;
	const title = ev.getChild('title')!;
	const place = ev.getChild('p')!;
	const flags = ev.getChild('f')!;
	const year = ev.getChild('y')!;
	return (i) => ({
		id: id.get(i) as string,
		title: title.get(i) as string,
		place_id: (place.get(i) as string | null) ?? null,
		flags: flags.get(i) as string,
		year_explicit: Boolean(year.get(i))
	});
}
