// The flat import format (one row per event): its columns, named after the model's own fields, and which must be filled.
import type { Event } from '../model/event';
import type { TABLES } from '../model/tables';

type EventsColumn = keyof (typeof TABLES)['events'];

/** Columns that are the events table's own, taken as they are. */
const EVENT_COLUMNS = ['id', 'date_start', 'date_end', 'title', 'kind', 'topic', 'place_id', 'country'] as const satisfies readonly EventsColumn[];
/** Lists of the model's event ("OSCE;INL"): they become rows of event_orgs and event_countries. */
const LIST_COLUMNS = ['partners', 'agencies', 'participant_countries'] as const satisfies readonly (keyof Event)[];
const TAIL_COLUMNS = ['participants_count', 'source', 'source_url', 'flags'] as const satisfies readonly EventsColumn[];

/** Every column of the import format, in the template's order. */
export const IMPORT_COLUMNS = [...EVENT_COLUMNS, ...LIST_COLUMNS, ...TAIL_COLUMNS] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type ListColumn = (typeof LIST_COLUMNS)[number];
export const LIST_COLUMN_NAMES: readonly ListColumn[] = LIST_COLUMNS;

/** Columns a file must have, and every row must fill (date_start may be empty in a row flagged undated or year_unknown); the others may be left out of the header entirely. */
export const REQUIRED_COLUMNS = ['id', 'date_start', 'title', 'kind'] as const satisfies readonly ImportColumn[];

/** Separator inside a list cell: a comma would clash with the CSV's own. */
export const LIST_SEPARATOR = ';';

/** One row as read from a file: every value a string (or missing), before validation. */
export type ImportRecord = Partial<Record<ImportColumn, string | null>>;

export function isImportColumn(name: string): name is ImportColumn {
	return (IMPORT_COLUMNS as readonly string[]).includes(name);
}

export function isRequired(name: ImportColumn): boolean {
	return (REQUIRED_COLUMNS as readonly string[]).includes(name);
}
