// Checked events turned into staging rows (Arrow tables tagged with the import row each came from), by the model's own flattening.
import { Int32, Table } from 'apache-arrow';
import { toArrowTable, vectorOf } from '../model/arrow';
import type { Event } from '../model/event';
import { toDataset, type Row } from '../model/tables';

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
