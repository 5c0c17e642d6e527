// Checks imported rows against the model and the registries, and turns each valid row into an event; every problem names its row and column.
import { DATE_FLAGS, isPartnerOrg, KINDS, type DateFlag, type Event, type Kind, type Org, type Place, type Topic } from '../model/event';
import type { Registry } from '../ingest/registry';
import { IMPORT_COLUMNS, isImportColumn, LIST_SEPARATOR, REQUIRED_COLUMNS, type ImportColumn, type ImportRecord } from './schema';

export type ErrorCode =
	| 'unknown_column'
	| 'missing_column'
	| 'duplicate_column'
	| 'missing_value'
	| 'bad_date'
	| 'end_before_start'
	| 'unknown_kind'
	| 'unknown_topic'
	| 'unknown_place'
	| 'unknown_country'
	| 'place_country_mismatch'
	| 'unknown_partner'
	| 'unknown_agency'
	| 'bad_count'
	| 'unknown_flag'
	| 'bad_url'
	| 'no_rows'
	| 'unsupported_format'
	| 'unreadable';

/**
 * One problem. `row` counts data rows from 1 (the header is not a row); null for a problem of the whole file or its
 * header. `value` is the offending cell (or column name); `detail` carries a reader's own message for 'unreadable'.
 */
export interface ImportError {
	row: number | null;
	column: string | null;
	code: ErrorCode;
	value: string | null;
	detail?: string;
}

/** The registries indexed the way import looks things up: by id, name or alias, in any case. */
export interface ImportContext {
	places: Map<string, Place>;
	countries: Map<string, Place>;
	partners: Map<string, Org>;
	orgs: Map<string, Org>;
	topics: Map<string, Topic>;
}

const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function importContext(reg: Registry): ImportContext {
	const places = new Map<string, Place>();
	// Ids first, so an alias that equals another place's id never shadows it.
	for (const p of reg.places) places.set(key(p.id), p);
	for (const p of reg.places) {
		for (const n of [p.name, p.name_ru, ...p.aliases]) if (n && !places.has(key(n))) places.set(key(n), p);
	}
	const countries = new Map(reg.places.filter((p) => p.kind === 'country').map((p) => [key(p.id), p]));
	const orgs = new Map(reg.orgs.map((o) => [key(o.id), o]));
	const partners = new Map<string, Org>();
	for (const o of reg.orgs.filter(isPartnerOrg)) partners.set(key(o.id), o);
	for (const o of reg.orgs.filter(isPartnerOrg)) if (!partners.has(key(o.short))) partners.set(key(o.short), o);
	const topics = new Map<string, Topic>();
	for (const t of reg.topics) topics.set(key(t.id), t);
	for (const t of reg.topics) if (!topics.has(key(t.name))) topics.set(key(t.name), t);
	return { places, countries, partners, orgs, topics };
}

/** Problems of the header itself: a column the format does not know, a required one missing, one named twice. */
export function checkColumns(columns: readonly string[]): ImportError[] {
	const errors: ImportError[] = [];
	const seen = new Set<string>();
	for (const raw of columns) {
		const c = raw.trim();
		if (!isImportColumn(c)) errors.push({ row: null, column: c, code: 'unknown_column', value: c });
		else if (seen.has(c)) errors.push({ row: null, column: c, code: 'duplicate_column', value: c });
		seen.add(c);
	}
	for (const c of REQUIRED_COLUMNS) if (!seen.has(c)) errors.push({ row: null, column: c, code: 'missing_column', value: c });
	return errors;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2019-02-30 is not one). */
export function isIsoDay(s: string): boolean {
	const m = DAY.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** "study visit", "Study-Visit" and "study_visit" are one kind. */
function toKind(s: string): Kind | null {
	const k = key(s).replace(/[\s-]+/g, '_');
	return (KINDS as readonly string[]).includes(k) ? (k as Kind) : null;
}

export function splitList(s: string): string[] {
	return [
		...new Set(
			s
				.split(LIST_SEPARATOR)
				.map((x) => x.trim())
				.filter(Boolean)
		)
	];
}

/** INTEGER range of the events table; a count written 12.0 (a spreadsheet's number) is 12. */
function toCount(s: string): number | null {
	if (!/^\d+(\.0+)?$/.test(s)) return null;
	const n = Number.parseInt(s, 10);
	return n <= 2_147_483_647 ? n : null;
}

export interface RecordResult {
	event: Event | null;
	errors: ImportError[];
}

/**
 * Checks one row and builds its event: one item of one session, located at its place (or only its country), with the
 * partners and agencies resolved to registry organisations. `source` is used when the row names none.
 */
export function validateRecord(rec: ImportRecord, row: number, ctx: ImportContext, source: string): RecordResult {
	const errors: ImportError[] = [];
	const fail = (column: ImportColumn, code: ErrorCode, value: string | null) => errors.push({ row, column, code, value });
	const cell = (c: ImportColumn) => (rec[c] ?? '').trim();

	const flags: DateFlag[] = [];
	for (const f of splitList(cell('flags'))) {
		const flag = key(f) as DateFlag;
		if ((DATE_FLAGS as readonly string[]).includes(flag)) flags.push(flag);
		else fail('flags', 'unknown_flag', f);
	}
	// A row may leave its dates empty only when it says why: the source gives no day, or no year.
	const dateless = flags.includes('undated') || flags.includes('year_unknown');
	for (const c of REQUIRED_COLUMNS) if (!cell(c) && !(c === 'date_start' && dateless)) fail(c, 'missing_value', null);

	const dateStart = cell('date_start');
	if (dateStart && !isIsoDay(dateStart)) fail('date_start', 'bad_date', dateStart);
	let dateEnd = cell('date_end');
	if (dateEnd && !dateStart) fail('date_start', 'missing_value', null);
	else if (dateEnd && !isIsoDay(dateEnd)) fail('date_end', 'bad_date', dateEnd);
	else if (!dateEnd) dateEnd = dateStart;
	else if (isIsoDay(dateStart) && dateEnd < dateStart) fail('date_end', 'end_before_start', dateEnd);

	// Only a web page may become the source view's link: a javascript: or data: address never reaches an href.
	const url = cell('source_url');
	if (url && !isWebUrl(url)) fail('source_url', 'bad_url', url);

	const kindText = cell('kind');
	const kind = kindText ? toKind(kindText) : null;
	if (kindText && !kind) fail('kind', 'unknown_kind', kindText);

	const topicText = cell('topic');
	const topic = topicText ? (ctx.topics.get(key(topicText)) ?? null) : null;
	if (topicText && !topic) fail('topic', 'unknown_topic', topicText);

	const placeText = cell('place_id');
	const found = placeText ? (ctx.places.get(key(placeText)) ?? null) : null;
	if (placeText && !found) fail('place_id', 'unknown_place', placeText);
	const place = found?.kind === 'city' ? found : null;

	const countryText = cell('country');
	const named = countryText ? (ctx.countries.get(key(countryText)) ?? null) : null;
	if (countryText && !named) fail('country', 'unknown_country', countryText);
	const placeCountry = found ? (found.kind === 'country' ? found.id : found.country) : null;
	if (named && placeCountry && named.id !== placeCountry) fail('country', 'place_country_mismatch', countryText);
	const country = placeCountry ?? named?.id ?? null;

	const partners: Org[] = [];
	for (const p of splitList(cell('partners'))) {
		const org = ctx.partners.get(key(p));
		if (org) partners.push(org);
		else fail('partners', 'unknown_partner', p);
	}
	const agencies: Org[] = [];
	for (const a of splitList(cell('agencies'))) {
		const org = ctx.orgs.get(key(a));
		if (org) agencies.push(org);
		else fail('agencies', 'unknown_agency', a);
	}
	const participantCountries: string[] = [];
	for (const c of splitList(cell('participant_countries'))) {
		const p = ctx.countries.get(key(c));
		if (p) participantCountries.push(p.id);
		else fail('participant_countries', 'unknown_country', c);
	}

	const countText = cell('participants_count');
	const count = countText ? toCount(countText) : null;
	if (countText && count === null) fail('participants_count', 'bad_count', countText);

	if (errors.length) return { event: null, errors };
	const id = cell('id');
	return {
		errors,
		event: {
			id,
			item_id: id,
			session: 1,
			source: cell('source') || source,
			title: cell('title').replace(/\s+/g, ' '),
			date_start: dateStart || null,
			date_end: dateEnd || null,
			year_explicit: !flags.includes('year_unknown'),
			flags,
			place: place ? { id: place.id, name: place.name, country: place.country } : null,
			country,
			kind: kind as Kind,
			topic: topic?.id ?? null,
			participant_countries: [...new Set(participantCountries)].sort(),
			partners: uniqueById(partners).map((o) => ({ id: o.id, name: o.name, short: o.short })),
			agencies: uniqueById(agencies).map((o) => ({ id: o.id, name: o.name, country: o.country, type: o.type })),
			participants_count: count,
			spans: {},
			...(url ? { source_url: url } : {})
		}
	};
}

/** An absolute http(s) address with a host: what a link to a public page can be. */
export function isWebUrl(s: string): boolean {
	if (!/^https?:\/\//i.test(s)) return false;
	try {
		return new URL(s).hostname.length > 0;
	} catch {
		return false;
	}
}

function uniqueById(orgs: Org[]): Org[] {
	return [...new Map(orgs.map((o) => [o.id, o])).values()];
}

/** An event back in the flat format: what the news preview edits, and what the template's examples are checked with. */
export function toRecord(e: Event): Record<ImportColumn, string> {
	const rec = {} as Record<ImportColumn, string>;
	for (const c of IMPORT_COLUMNS) rec[c] = '';
	rec.id = e.id;
	rec.date_start = e.date_start ?? '';
	rec.date_end = e.date_end ?? '';
	rec.title = e.title;
	rec.kind = e.kind;
	rec.topic = e.topic ?? '';
	rec.place_id = e.place?.id ?? '';
	rec.country = e.country ?? '';
	rec.partners = e.partners.map((p) => p.id).join(LIST_SEPARATOR);
	rec.agencies = e.agencies.map((a) => a.id).join(LIST_SEPARATOR);
	rec.participant_countries = e.participant_countries.join(LIST_SEPARATOR);
	rec.participants_count = e.participants_count === null ? '' : String(e.participants_count);
	rec.source = e.source;
	rec.source_url = e.source_url ?? '';
	rec.flags = e.flags.join(LIST_SEPARATOR);
	return rec;
}
