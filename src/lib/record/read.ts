// The programme's public record (one CSV row per session) → events, through the import's own checks; every problem names file, line, column and reason.
import { csvParseRows } from 'd3';
import type { Event } from '../model/event';
import type { Registry } from '../ingest/registry';
import { reasonOf } from '../import/messages';
import { LIST_SEPARATOR, type ImportColumn, type ImportRecord } from '../import/schema';
import { importContext, splitList, validateRecord } from '../import/validate';
import { resolveAgency, resolvePartner, resolvePlace, resolveTopic } from './resolve';

/** The record's columns, in its file's order (see data/record/README.md). */
export const RECORD_COLUMNS = [
	'record',
	'session',
	'date_start',
	'date_end',
	'date_note',
	'city',
	'country',
	'kind',
	'topic',
	'participant_countries',
	'agencies',
	'partners',
	'participants',
	'source_url',
	'title'
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** How the record says its dates were read; only the last three change the event's flags. */
const DATE_NOTES = ['year_stated', 'year_inferred', 'invalid_date', 'end_unknown', 'undated'] as const;

/** The import column a record column becomes, for pointing a validation error back at the record's own column. */
const RECORD_COLUMN_OF: Partial<Record<ImportColumn, RecordColumn>> = {
	id: 'record',
	place_id: 'city',
	participants_count: 'participants',
	flags: 'date_note'
};

export interface RecordProblem {
	file: string;
	/** 1-based line of the file where the row starts (the header is line 1). */
	line: number;
	column: string | null;
	reason: string;
}

export interface RecordResult {
	events: Event[];
	problems: RecordProblem[];
}

/**
 * Reads the record's CSV text. All or nothing: with any problem, `events` is empty and the build stops, so a bad row
 * is never silently dropped from the bundled data.
 */
export function readRecord(file: string, text: string, reg: Registry): RecordResult {
	const problems: RecordProblem[] = [];
	const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
	const header = rows[0] ?? [];
	const missing = RECORD_COLUMNS.filter((c) => !header.includes(c));
	const unknown = header.filter((c) => !(RECORD_COLUMNS as readonly string[]).includes(c));
	for (const c of missing) problems.push({ file, line: 1, column: c, reason: `the column “${c}” is missing` });
	for (const c of unknown) problems.push({ file, line: 1, column: c, reason: `“${c}” is not a column of the record` });
	if (problems.length) return { events: [], problems };

	const ctx = importContext(reg);
	const events: Event[] = [];
	const ids = new Map<string, number>();
	// A quoted cell may hold line breaks: each row's first line is counted from the ones before it.
	let line = 1 + newlines(header);
	let offset = skipLines(text, 0, 1 + newlines(header));
	for (let r = 1; r < rows.length; r++) {
		const raw = rows[r];
		const startLine = line + 1;
		line = startLine + newlines(raw);
		const rowStart = offset;
		offset = skipLines(text, offset, 1 + newlines(raw));
		if (raw.length === 1 && raw[0].trim() === '') continue;
		const cell = (c: RecordColumn) => (raw[header.indexOf(c)] ?? '').trim();
		const fail = (column: string | null, reason: string) => problems.push({ file, line: startLine, column, reason });

		const session = cell('session');
		if (!/^[1-9]\d{0,3}$/.test(session)) fail('session', `“${session}” is not a session number (1, 2, …)`);
		const note = cell('date_note');
		if (!(DATE_NOTES as readonly string[]).includes(note)) fail('date_note', `“${note}” is not a date note (${DATE_NOTES.join(', ')})`);
		if (note !== 'undated' && !cell('date_start')) fail('date_start', 'is empty, but only an undated row may leave it so');

		const place = resolvePlace(cell('city'), cell('country'), reg);
		if (!place.ok) fail('city', place.reason);
		const countries = splitList(cell('participant_countries'));
		if (cell('country')) countries.push(cell('country'));
		const agencies: string[] = [];
		for (const a of splitList(cell('agencies'))) {
			const got = resolveAgency(a, countries, reg);
			if (got.ok) agencies.push(...got.value);
			else fail('agencies', got.reason);
		}
		const partners: string[] = [];
		for (const p of splitList(cell('partners'))) {
			const got = resolvePartner(p, reg);
			if (got.ok) partners.push(got.value);
			else fail('partners', got.reason);
		}
		const id = `${cell('record')}-${session}`;
		if (ids.has(id)) fail('session', `repeats record ${cell('record')} session ${session} of line ${ids.get(id)}`);
		ids.set(id, startLine);

		const rec: ImportRecord = {
			id,
			date_start: cell('date_start'),
			date_end: cell('date_end'),
			title: cell('title'),
			kind: cell('kind'),
			topic: resolveTopic(cell('topic'), cell('title'), reg) ?? '',
			place_id: place.ok ? (place.value ?? '') : '',
			country: cell('country'),
			partners: [...new Set(partners)].join(LIST_SEPARATOR),
			agencies: [...new Set(agencies)].join(LIST_SEPARATOR),
			participant_countries: cell('participant_countries'),
			// "over 100" is kept as its lower bound: the count is a head count, and 100 people certainly came.
			participants_count: cell('participants').replace(/^>\s*/, ''),
			source: file,
			source_url: cell('source_url'),
			flags: note === 'invalid_date' || note === 'end_unknown' || note === 'undated' ? note : ''
		};
		const v = validateRecord(rec, r, ctx, file);
		for (const e of v.errors) fail(e.column ? (RECORD_COLUMN_OF[e.column as ImportColumn] ?? e.column) : null, reasonOf(e, 'en'));
		if (!v.event) continue;
		events.push({
			...v.event,
			item_id: cell('record'),
			session: Number(session),
			year_explicit: note === 'year_stated',
			// The row itself is the event's source text: the source view shows it.
			spans: { item: [rowStart, trimEnd(text, rowStart, offset)] },
			record_line: startLine
		});
	}
	return problems.length ? { events: [], problems } : { events, problems };
}

function newlines(cells: string[]): number {
	let n = 0;
	for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
	return n;
}

/** Offset just past the `k`-th line break at or after `from` (the text's end if there are fewer). */
function skipLines(text: string, from: number, k: number): number {
	let at = from;
	for (let i = 0; i < k; i++) {
		const nl = text.indexOf('\n', at);
		if (nl === -1) return text.length;
		at = nl + 1;
	}
	return at;
}

/** The row's end without its line break. */
function trimEnd(text: string, start: number, end: number): number {
	while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
	return end;
}
