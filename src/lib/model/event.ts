// The one definition of an event and its registries: ingest produces it, the DB loads it, import validates against it.

/** The five programme countries, in the order the dashboard lists them. */
export const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

export const KINDS = [
	'workshop',
	'training',
	'meeting',
	'mission',
	'study_visit',
	'handover',
	'conference',
	'other'
] as const;
export type Kind = (typeof KINDS)[number];

/** Agency types of data/orgs.csv; 'partner', 'donor' and 'eu_delegation' are the international side. */
export const ORG_TYPES = [
	'border',
	'customs',
	'migration',
	'interior',
	'foreign_affairs',
	'training',
	'law_enforcement',
	'drug_control',
	'agriculture',
	'emergency',
	'security',
	'government',
	'academic',
	'partner',
	'donor',
	'eu_delegation'
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/**
 * invalid_date: a day past the month's end, kept and clamped; year_unknown: no year stated and none to infer (the
 * event keeps no date, see ingest/years.ts); end_unknown: only a start day is known (the end is taken as the start);
 * undated: the source gives no day at all ("mid-February", "April 2017"). Events without a date match every filter but time.
 */
export const DATE_FLAGS = ['invalid_date', 'year_unknown', 'end_unknown', 'undated'] as const;
export type DateFlag = (typeof DATE_FLAGS)[number];

/** A place of data/places.csv: a city or town, or a whole country (kind 'country', id = ISO3). */
export interface Place {
	id: string;
	name: string;
	name_ru: string;
	country: string;
	kind: 'city' | 'country';
	lat: number;
	lon: number;
	aliases: string[];
	/** Country rows only: adjectives that name the country's people or bodies ("Kyrgyz", "Latvian"). */
	adjectives: string[];
}

/** An organisation of data/orgs.csv. `country` is '' for international bodies. */
export interface Org {
	id: string;
	short: string;
	name: string;
	name_ru: string;
	country: string;
	type: OrgType;
	/** Generic agency types this org answers for in its country ("border guards from Kazakhstan" → the primary border agency). */
	primary_for: OrgType[];
	aliases: string[];
}

export interface Topic {
	id: string;
	name: string;
	name_ru: string;
	keywords: string[];
}

export type Span = [number, number];

/** One session of a news item: the unit every view counts. Field names are the JSON contract of `npm run ingest -- --json`. */
export interface Event {
	id: string;
	item_id: string;
	session: number;
	source: string;
	title: string;
	/** ISO day; null when the event has no known day (flags say why: undated or year_unknown). */
	date_start: string | null;
	date_end: string | null;
	year_explicit: boolean;
	flags: DateFlag[];
	place: { id: string; name: string; country: string } | null;
	country: string | null;
	kind: Kind;
	topic: string | null;
	participant_countries: string[];
	partners: { id: string; name: string; short: string }[];
	agencies: { id: string; name: string; country: string; type: OrgType }[];
	participants_count: number | null;
	/** fact → [start, end) character offsets in the source file's text. */
	spans: Record<string, Span>;
	/** The public page the facts were read from (a news file's `# source:` header, or a record row's page). Not in `--json`. */
	source_url?: string | null;
	/** Line of the public record file this session was read from or merged with (see src/lib/record). Not in `--json`. */
	record_line?: number | null;
}

export interface Warning {
	file: string;
	line: number;
	message: string;
}

export interface IngestResult {
	events: Event[];
	warnings: Warning[];
}

/** Roles an organisation plays in an event (table event_orgs). */
export type OrgRole = 'participant' | 'partner';
/** Roles a country plays in an event (table event_countries). */
export type CountryRole = 'host' | 'participant';

export function isCentralAsian(iso3: string | null | undefined): boolean {
	return !!iso3 && (CENTRAL_ASIA as readonly string[]).includes(iso3);
}

/** Partners are the organisations from outside the five countries: the side managers filter by. */
export function isPartnerOrg(org: Pick<Org, 'country' | 'type'>): boolean {
	return org.type === 'partner' || org.type === 'donor' || org.type === 'eu_delegation' || !isCentralAsian(org.country);
}
