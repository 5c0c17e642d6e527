// One batch of imported rows checked and turned into staging rows (Arrow, tagged with their import row): pure, so it runs in the check worker and in the tests alike.
import { Int32, Table } from 'apache-arrow';
import { toArrowTable, vectorOf } from '../model/arrow';
import type { Event } from '../model/event';
import { toDataset, type Row } from '../model/tables';
import type { ImportRecord } from './schema';
import { validateRecord, type ImportContext, type ImportError } from './validate';

/** Staging tables whose rows carry the import row (`__row`) they came from. */
export const ROW_TABLES = ['events', 'event_orgs', 'event_countries'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/**
 * Arrow tables of the staged rows: the import row, then the model's columns in the model's order (the staging tables'
 * order, so a batch is appended by position). The model's own flattening (toDataset) makes the rows.
 */
export function stagedTables(items: { row: number; event: Event }[]): Record<RowTable, Table> {
	const rows: Record<RowTable, Row[]> = { events: [], event_orgs: [], event_countries: [] };
	const marks: Record<RowTable, number[]> = { events: [], event_orgs: [], event_countries: [] };
	for (const { row, event } of items) {
		const d = toDataset([event], [], [], {});
		for (const t of ROW_TABLES) {
			for (const r of d[t]) {
				rows[t].push(r);
				marks[t].push(row);
			}
		}
	}
	const out = {} as Record<RowTable, Table>;
	for (const t of ROW_TABLES) out[t] = new Table({ __row: vectorOf(marks[t], new Int32()) }).assign(toArrowTable(t, rows[t]));
	return out;
}

export interface BatchResult {
	/** At most `maxErrors` of this batch's problems, and how many it has. */
	errors: ImportError[];
	errorCount: number;
	events: number;
	/** The staged rows, when asked to build them and the batch had no problem. */
	tables: Record<RowTable, Table> | null;
}

/** Validates raw rows (each with its `__row`) and, if `build` and all are valid, makes their staging rows. */
export function checkBatch(
	raw: (ImportRecord & { __row: number })[],
	ctx: ImportContext,
	source: string,
	build: boolean,
	maxErrors = 200
): BatchResult {
	const errors: ImportError[] = [];
	let errorCount = 0;
	const good: { row: number; event: Event }[] = [];
	for (const r of raw) {
		const res = validateRecord(r, r.__row, ctx, source);
		if (res.event) good.push({ row: r.__row, event: res.event });
		errorCount += res.errors.length;
		for (const e of res.errors) if (errors.length < maxErrors) errors.push(e);
	}
	return { errors, errorCount, events: good.length, tables: build && errorCount === 0 ? stagedTables(good) : null };
}
