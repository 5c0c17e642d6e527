// News text imported in the page: the same ingest as `npm run ingest`, its events offered as editable rows of the import format.
import { ingestFile } from '../ingest/index';
import type { Registry } from '../ingest/registry';
import type { Event, Span, Warning } from '../model/event';
import { toRecord } from './validate';
import type { ImportColumn } from './schema';

/** Fields the preview lets a person correct; the others come from the text and stay as extracted. */
export const EDITABLE = ['title', 'date_start', 'date_end', 'place_id', 'kind'] as const satisfies readonly ImportColumn[];
export type Editable = (typeof EDITABLE)[number];

export interface Extracted {
	/** File name the source text is stored under; event ids start with its stem. */
	name: string;
	text: string;
	events: Event[];
	warnings: Warning[];
}

/**
 * The name pasted text is stored under, from its content (FNV-1a): the same text pasted again gets the same name and so
 * the same event ids — the same source items, found as duplicates even after a field was fixed by hand.
 */
export function pastedName(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return `pasted-${h.toString(16).padStart(8, '0')}.txt`;
}

/** Leading BOM dropped, as the CLI does, so offsets match the stored text. */
export function extractNews(text: string, name: string, reg: Registry): Extracted {
	const clean = text.replace(/^\uFEFF/, '');
	const { events, warnings } = ingestFile({ name, text: clean }, reg);
	return { name, text: clean, events, warnings };
}

/** The preview's editable row for an extracted event. */
export function previewRecord(e: Event): Record<ImportColumn, string> {
	return toRecord(e);
}

/** A field changed by hand. A new place brings its own country, so the extracted one is cleared rather than left to contradict it. */
export function editRecord(record: Record<ImportColumn, string>, field: Editable, value: string): Record<ImportColumn, string> {
	const next = { ...record, [field]: value };
	if (field === 'place_id' && value.trim() && value.trim() !== record.place_id) next.country = '';
	return next;
}

/** The facts a field's edit invalidates: their highlighted spans no longer say what the event holds. */
const SPANS_OF: Record<Editable, string[]> = {
	title: [],
	date_start: ['date'],
	date_end: ['date'],
	place_id: ['place'],
	kind: ['kind']
};

/**
 * The event as validated from its (possibly edited) row, with what the text gave back: item, session, spans of the
 * facts left as extracted, the year and date flags unless the dates were changed.
 */
export function mergeExtracted(validated: Event, original: Event, record: Record<ImportColumn, string>): Event {
	const before = previewRecord(original);
	const edited = EDITABLE.filter((f) => record[f].trim() !== before[f]);
	const dropped = new Set(edited.flatMap((f) => SPANS_OF[f]));
	const spans: Record<string, Span> = {};
	for (const [k, v] of Object.entries(original.spans)) if (!dropped.has(k)) spans[k] = v;
	const datesEdited = dropped.has('date');
	return {
		...validated,
		item_id: original.item_id,
		session: original.session,
		source: original.source,
		year_explicit: datesEdited ? true : original.year_explicit,
		flags: datesEdited ? [] : original.flags,
		spans
	};
}
