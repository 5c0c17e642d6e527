// The rows the views receive: what each view's query returns, and the registry rows that name and place things.
import type { Place } from '../model/event';

/** Rows the view queries (queries.ts) return, as the views receive them (see src/lib/db/rows.ts for the conversion). */
export interface HostRow {
	/** place id, or '@' + ISO3 for events placed at a country only */
	key: string;
	place_id: string | null;
	country: string;
	n: number;
	n_selected: number;
}
export interface FlowRow {
	from_country: string;
	key: string;
	n: number;
}
export interface CountryActivityRow {
	country: string;
	n: number;
	hosted: number;
}
export interface TimelineRow {
	/** Never null: undated events have no bar. */
	id: string;
	date_start: string;
	date_end: string;
	country: string | null;
	kind: string;
	topic: string | null;
	title: string;
	place_id: string | null;
	/** Comma-separated date flags (invalid_date, end_unknown): the tooltip says them. */
	flags: string;
	active: boolean;
}
export interface NetworkNodeRow {
	id: string;
	n: number;
	total: number;
}
export interface NetworkEdgeRow {
	source: string;
	target: string;
	n: number;
	total: number;
}
export interface ListRow {
	id: string;
	/** null for an undated event (flags say why). */
	date_start: string | null;
	date_end: string | null;
	title: string;
	kind: string;
	topic: string | null;
	place_id: string | null;
	place_name: string | null;
	place_name_ru: string | null;
	country: string | null;
	flags: string;
	year_explicit: boolean;
	partners: string | null;
}
export interface FacetRow {
	value: string;
	n: number;
	total: number;
}
/** Registry rows the views use to name and place things. A place as the places table holds it: the registry's place without the spellings ingest matches text against. */
export type PlaceRow = Omit<Place, 'aliases' | 'adjectives'>;
export interface OrgRow {
	id: string;
	short: string;
	name: string;
	name_ru: string;
	country: string;
	type: string;
	is_partner: boolean;
}
