// The time index's source read straight from the dataset's Arrow tables, so the page answers every filter before DuckDB is up.
import type { Table, Vector } from 'apache-arrow';
import type { IndexSource } from './indexsource';

const DAY_MS = 86_400_000;

/** The three tables the index reads: events, event_countries, event_orgs (as the build writes them). */
export interface IndexTables {
	events: Table;
	eventCountries: Table;
	eventOrgs: Table;
}

function column(t: Table, name: string): Vector {
	const v = t.getChild(name);
	if (!v) throw new Error(`The index needs column ${name}, which the table lacks`);
	return v;
}

/** A DATE column as day numbers since 1970-01-01 (null kept): Arrow hands dates out as epoch milliseconds. */
function days(v: Vector): (number | null)[] {
	const out = new Array<number | null>(v.length);
	for (let i = 0; i < v.length; i++) {
		const ms = v.get(i) as number | null;
		out[i] = ms === null ? null : Math.round(ms / DAY_MS);
	}
	return out;
}

const strings = (v: Vector) => Array.from(v as Iterable<string | null>);

/**
 * The events in the index's order (start day, undated last, then id: what INDEX_SOURCE_SQL's ORDER BY gives) and
 * their countries and organisations by position in that order. Ids compare by UTF-16 unit, as DuckDB compares ASCII
 * ids byte by byte. The build writes events in this order already, so the sort is usually skipped.
 */
export function indexSourceFromArrow({ events, eventCountries, eventOrgs }: IndexTables): IndexSource {
	const n = events.numRows;
	const ids = strings(column(events, 'id')) as string[];
	const start = days(column(events, 'date_start'));
	const end = days(column(events, 'date_end'));
	const before = (a: number, b: number) => {
		const sa = start[a];
		const sb = start[b];
		if (sa !== sb) {
			if (sa === null) return 1;
			if (sb === null) return -1;
			return sa - sb;
		}
		return ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0;
	};
	const order = Int32Array.from({ length: n }, (_, i) => i);
	let sorted = true;
	for (let i = 1; i < n && sorted; i++) if (before(i - 1, i) > 0) sorted = false;
	if (!sorted) order.sort(before);
	const at = new Map<string, number>();
	for (let k = 0; k < n; k++) at.set(ids[order[k]], k);

	const pick = <T>(xs: ArrayLike<T>) => Array.from({ length: n }, (_, k) => xs[order[k]]);
	const place = pick(strings(column(events, 'place_id')));
	const country = pick(strings(column(events, 'country')));
	const dated = start.filter((d) => d !== null).length;
	const s = new Int32Array(n);
	const e = new Int32Array(n);
	const de = new Int32Array(n);
	for (let k = 0; k < dated; k++) {
		const i = order[k];
		s[k] = start[i]!;
		// As greatest(date_end, date_start): an end before the start (a bad record) counts from the start.
		e[k] = end[i] === null ? start[i]! : Math.max(end[i]!, start[i]!);
		de[k] = end[i] ?? 0;
	}

	const title = column(events, 'title');
	const flags = column(events, 'flags');
	const year = column(events, 'year_explicit');
	const rows = (t: Table, value: string, flag: (role: string) => boolean) => {
		const ev = strings(column(t, 'event_id'));
		const vals = strings(column(t, value)) as string[];
		const roles = strings(column(t, 'role'));
		const event = new Int32Array(t.numRows);
		for (let r = 0; r < t.numRows; r++) {
			const k = at.get(ev[r]!);
			if (k === undefined) throw new Error(`Table row ${r} names event ${ev[r]}, which the events table lacks`);
			event[r] = k;
		}
		return { event, vals, flags: roles.map((r) => flag(r ?? '')) };
	};
	const ec = rows(eventCountries, 'country', (r) => r === 'host');
	const eo = rows(eventOrgs, 'org_id', (r) => r === 'partner');
	return {
		dated,
		start: s,
		end: e,
		dateEnd: de,
		host: place.map((p, k) => (country[k] === null ? null : (p ?? `@${country[k]}`))),
		hostCountry: country,
		place,
		kind: pick(strings(column(events, 'kind'))) as string[],
		topic: pick(strings(column(events, 'topic'))),
		ecEvent: ec.event,
		ecCountry: ec.vals,
		ecHost: ec.flags,
		eoEvent: eo.event,
		eoOrg: eo.vals,
		eoPartner: eo.flags,
		listFields: (k) => {
			const i = order[k];
			return {
				id: ids[i],
				title: title.get(i) as string,
				place_id: place[k],
				flags: (flags.get(i) as string | null) ?? '',
				year_explicit: Boolean(year.get(i))
			};
		}
	};
}
