// The import formats' reading rules without the engine: header names, the SQL that turns typed cells into text, Parquet rows as Arrow batches, and the row-by-row check of the raw table into staged events.
import { Int32, Table, Utf8, type Vector } from 'apache-arrow';
import { vectorOf } from '../model/arrow';
import type { Event } from '../model/event';
import { LIST_SEPARATOR, type ImportColumn, type ImportRecord } from './schema';
import { validateRecord, type ImportContext, type ImportError } from './validate';

export type ReadFormat = 'csv' | 'json' | 'arrow' | 'parquet';

export interface RawRead {
	rows: number;
	errors: ImportError[];
}

export const unreadable = (detail: string): ImportError => ({ row: null, column: null, code: 'unreadable', value: null, detail });
export const NO_ROWS: ImportError = { row: null, column: null, code: 'no_rows', value: null };

/** A header name as the format spells it: spreadsheets add spaces and capitals ("Title "). */
export const canonical = (name: string) => name.trim().toLowerCase();
/** A quoted identifier; the name has passed checkColumns, so this is belt and braces. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The raw table: the import row, then every column of the format the file has, as text. */
export const rawTableSql = (columns: readonly ImportColumn[]) =>
	`CREATE OR REPLACE TABLE import_raw (__row INTEGER, ${columns.map((c) => `${ident(c)} VARCHAR`).join(', ')})`;

/** One cell of a typed column as the text the validator reads: lists joined with ";", dates written YYYY-MM-DD, the rest cast. */
export function textCellSql(name: string, type: string): string {
	const col = ident(name);
	const text = type.endsWith('[]')
		? `array_to_string(${col}, '${LIST_SEPARATOR}')`
		: type === 'DATE' || type.startsWith('TIMESTAMP')
			? `strftime(${col}, '%Y-%m-%d')`
			: `CAST(${col} AS VARCHAR)`;
	return `${text} AS ${ident(canonical(name))}`;
}

/** DuckDB counts lines within the chunk it was given: make its line number the file's data row. */
export function csvMessage(message: string, before: number): string {
	return message
		.replace(/\bLine: (\d+)/g, (_, n: string) => `Row: ${before + Number(n)}`)
		.split('\n')
		.slice(0, 6)
		.join('\n');
}

/** A decoded Parquet value as the text the validator reads. */
export function toCell(v: unknown): string | null {
	if (v == null) return null;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
	if (Array.isArray(v)) return v.map(toCell).filter((x) => x !== null).join(LIST_SEPARATOR);
	if (v instanceof Uint8Array) return new TextDecoder().decode(v);
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}

/**
 * Decoded Parquet rows as a batch of the raw table: the import row (counted from `start` + 1), then each file column
 * `names[i]` as text under its canonical name `columns[i]`.
 */
export function parquetBatch(objects: Record<string, unknown>[], names: string[], columns: ImportColumn[], start: number): Table {
	const vectors: Record<string, Vector> = {
		__row: vectorOf(
			objects.map((_, i) => start + i + 1),
			new Int32()
		)
	};
	names.forEach((name, i) => {
		vectors[columns[i]] = vectorOf(
			objects.map((o) => toCell(o[name])),
			new Utf8()
		);
	});
	return new Table(vectors);
}

/** Where checkRaw reads the raw rows and puts the good events: the database's import tables. */
export interface RawStaging {
	/** The raw rows numbered after `from` up to `to`, in order. */
	rawRows(from: number, to: number): Promise<(ImportRecord & { __row: number })[]>;
	stageEvents(items: { row: number; event: Event }[]): Promise<void>;
}

/** Rows read back from DuckDB and staged per step. */
const CHECK_BATCH = 1000;
/** Rows validated between two yields to the page, so input and painting never wait long. */
const CHECK_SLICE = 500;

/** Lets the page handle input and paint between two slices of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CheckResult {
	/** The first errors found (at most `maxErrors`), and how many there are in all. */
	errors: ImportError[];
	errorCount: number;
	events: number;
}

/**
 * Reads the raw rows back a batch at a time, validates every row and stages the events of a file with no error so far.
 * Validation goes on after the first error so the report lists every bad row (up to `maxErrors`).
 */
export async function checkRaw(
	staging: RawStaging,
	ctx: ImportContext,
	source: string,
	total: number,
	onFraction: (f: number) => void,
	maxErrors = 200
): Promise<CheckResult> {
	const errors: ImportError[] = [];
	let errorCount = 0;
	let events = 0;
	for (let from = 0; from < total; from += CHECK_BATCH) {
		const rows = await staging.rawRows(from, from + CHECK_BATCH);
		const good: { row: number; event: Event }[] = [];
		for (const [i, r] of rows.entries()) {
			if (i % CHECK_SLICE === 0) await yieldToPage();
			const res = validateRecord(r, r.__row, ctx, source);
			if (res.event) good.push({ row: r.__row, event: res.event });
			errorCount += res.errors.length;
			for (const e of res.errors) if (errors.length < maxErrors) errors.push(e);
		}
		if (errorCount === 0) {
			await yieldToPage();
			await staging.stageEvents(good);
			events += good.length;
		}
		onFraction(Math.min(1, (from + CHECK_BATCH) / total));
	}
	return { errors, errorCount, events };
}
