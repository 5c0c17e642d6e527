// The selected events as a CSV file: exportQuery's rows (every event of the selection, not the list's first 500) written by csv.ts.
import { EXPORT_COLUMNS, exportQuery, type ExportRow, type Query } from '$lib/crossfilter/queries';
import type { Selection } from '$lib/crossfilter/selection';
import { toCsv } from './csv';

export type RunExport = <T>(q: Query) => Promise<T[]>;

/** The CSV text (BOM, header row, one CRLF-ended record per event) and how many events it holds. */
export async function eventsCsv(run: RunExport, sel: Selection): Promise<{ text: string; rows: number }> {
	const rows = await run<ExportRow>(exportQuery(sel));
	return { text: toCsv(EXPORT_COLUMNS, rows), rows: rows.length };
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
