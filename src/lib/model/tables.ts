// The dataset's tables (events, places, orgs, event_orgs, event_countries, sources): columns and row builders shared by the node CLI, DuckDB-WASM and the node tests.
import { isPartnerOrg, type Event, type Org, type Place } from './event';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
export type Row = Record<string, string | number | boolean | null>;

export const TABLES = {
	events: {
		id: 'VARCHAR',
		item_id: 'VARCHAR',
		session: 'INTEGER',
		source: 'VARCHAR',
		title: 'VARCHAR',
		kind: 'VARCHAR',
		topic: 'VARCHAR',
		date_start: 'DATE',
		date_end: 'DATE',
		year_explicit: 'BOOLEAN',
		flags: 'VARCHAR',
		place_id: 'VARCHAR',
		country: 'VARCHAR',
		participants_count: 'INTEGER',
		spans: 'VARCHAR',
		span_start: 'INTEGER',
		span_end: 'INTEGER',
		source_url: 'VARCHAR',
		record_line: 'INTEGER'
	},
	places: {
		id: 'VARCHAR',
		name: 'VARCHAR',
		name_ru: 'VARCHAR',
		country: 'VARCHAR',
		kind: 'VARCHAR',
		lat: 'DOUBLE',
		lon: 'DOUBLE'
	},
	orgs: {
		id: 'VARCHAR',
		short: 'VARCHAR',
		name: 'VARCHAR',
		name_ru: 'VARCHAR',
		country: 'VARCHAR',
		type: 'VARCHAR',
		is_partner: 'BOOLEAN'
	},
	event_orgs: { event_id: 'VARCHAR', org_id: 'VARCHAR', role: 'VARCHAR' },
	event_countries: { event_id: 'VARCHAR', country: 'VARCHAR', role: 'VARCHAR' },
	sources: { file: 'VARCHAR', text: 'VARCHAR' }
} as const satisfies Record<string, Record<string, ColumnType>>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type Dataset = Record<TableName, Row[]>;

/** CREATE TABLE statement for node DuckDB, so both engines hold the same columns. */
export function createTableSql(name: TableName): string {
	const cols = Object.entries(TABLES[name]).map(([c, t]) => `"${c}" ${t}`);
	return `CREATE TABLE ${name} (${cols.join(', ')})`;
}

/** Flattens events and registries into the rows of every table. `texts` maps a source file to its full text. */
export function toDataset(events: Event[], places: Place[], orgs: Org[], texts: Record<string, string>): Dataset {
	const eventRows: Row[] = [];
	const eventOrgs: Row[] = [];
	const eventCountries: Row[] = [];
	for (const e of events) {
		const item = e.spans.item ?? [0, 0];
		eventRows.push({
			id: e.id,
			item_id: e.item_id,
			session: e.session,
			source: e.source,
			title: e.title,
			kind: e.kind,
			topic: e.topic,
			date_start: e.date_start,
			date_end: e.date_end,
			year_explicit: e.year_explicit,
			flags: e.flags.join(','),
			place_id: e.place?.id ?? null,
			country: e.country,
			participants_count: e.participants_count,
			spans: JSON.stringify(e.spans),
			span_start: item[0],
			span_end: item[1],
			source_url: e.source_url ?? null,
			record_line: e.record_line ?? null
		});
		for (const p of e.partners) eventOrgs.push({ event_id: e.id, org_id: p.id, role: 'partner' });
		for (const a of e.agencies) eventOrgs.push({ event_id: e.id, org_id: a.id, role: 'participant' });
		if (e.country) eventCountries.push({ event_id: e.id, country: e.country, role: 'host' });
		for (const c of e.participant_countries) {
			if (c !== e.country) eventCountries.push({ event_id: e.id, country: c, role: 'participant' });
		}
	}
	return {
		events: eventRows,
		places: places.map((p) => ({
			id: p.id,
			name: p.name,
			name_ru: p.name_ru,
			country: p.country,
			kind: p.kind,
			lat: p.lat,
			lon: p.lon
		})),
		orgs: orgs.map((o) => ({
			id: o.id,
			short: o.short,
			name: o.name,
			name_ru: o.name_ru,
			country: o.country,
			type: o.type,
			is_partner: isPartnerOrg(o)
		})),
		event_orgs: eventOrgs,
		event_countries: eventCountries,
		sources: Object.entries(texts).map(([file, text]) => ({ file, text }))
	};
}
