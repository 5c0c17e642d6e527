// Reading rules without the browser's engine: typed cells to text on a real DuckDB, DuckDB's line numbers as file rows, Parquet values as text batches, and the raw rows checked in batches into staged events.
import { afterEach, describe, expect, it } from 'vitest';
import { canonical, checkRaw, csvMessage, ident, parquetBatch, rawTableSql, textCellSql, toCell, type RawStaging } from '../../../src/lib/import/read';
import type { ImportRecord } from '../../../src/lib/import/schema';
import type { Event } from '../../../src/lib/model/event';
import { openNodeDbWith, type NodeDb } from '../../../scripts/nodedb';
import { ctx } from './registry';

let db: NodeDb | null = null;
afterEach(() => {
	db?.close();
	db = null;
});

describe('textCellSql', () => {
	it('turns lists, dates, timestamps and numbers into the text the validator reads, under canonical names', async () => {
		db = await openNodeDbWith(
			async (c) => {
				await c.run(`CREATE TABLE import_src AS SELECT ['OSCE', 'FRONTEX'] AS "Partners ", DATE '2021-04-05' AS date_start,
					TIMESTAMP '2021-04-07 13:30:00' AS "DATE_END", 24 AS participants_count, 'Workshop' AS title, NULL::VARCHAR[] AS agencies`);
			},
			{ threads: 1 }
		);
		const described = await db.query<{ column_name: string; column_type: string }>('DESCRIBE import_src');
		const cells = described.map((d) => textCellSql(d.column_name, d.column_type));
		expect(await db.query(`SELECT ${cells.join(', ')} FROM import_src`)).toEqual([
			{ partners: 'OSCE;FRONTEX', date_start: '2021-04-05', date_end: '2021-04-07', participants_count: '24', title: 'Workshop', agencies: null }
		]);
	});

	it('quotes a name that would break out of its identifier', () => {
		expect(ident('a"b')).toBe('"a""b"');
		expect(canonical('  Title ')).toBe('title');
		expect(rawTableSql(['id', 'title'])).toBe('CREATE OR REPLACE TABLE import_raw (__row INTEGER, "id" VARCHAR, "title" VARCHAR)');
	});
});

describe('csvMessage', () => {
	it('counts DuckDB’s line within the chunk as the file’s data row, and keeps six lines at most', () => {
		const message = ['Invalid Input Error: CSV Error on Line: 3', 'Original Line: x', 'a', 'b', 'c', 'd', 'e', 'f'].join('\n');
		const said = csvMessage(message, 1000).split('\n');
		expect(said[0]).toBe('Invalid Input Error: CSV Error on Row: 1003');
		expect(said[1]).toBe('Original Line: x');
		expect(said).toHaveLength(6);
	});
});

describe('toCell', () => {
	it('writes dates as days, joins lists, decodes bytes and leaves nothing for missing values', () => {
		expect(toCell(new Date(Date.UTC(2021, 3, 5, 22)))).toBe('2021-04-05');
		expect(toCell(new Date(Number.NaN))).toBeNull();
		expect(toCell(['OSCE', null, 'IOM'])).toBe('OSCE;IOM');
		expect(toCell(new TextEncoder().encode('Bishkek'))).toBe('Bishkek');
		expect(toCell({ a: 1 })).toBe('{"a":1}');
		expect(toCell(12n)).toBe('12');
		expect(toCell(undefined)).toBeNull();
	});
});

describe('parquetBatch', () => {
	it('numbers the rows after `start` and names the columns as the format does', () => {
		const t = parquetBatch([{ ID: 'x-1', Partners: ['OSCE', 'IOM'] }, { ID: 'x-2', Partners: null }], ['ID', 'Partners'], ['id', 'partners'], 40);
		expect(t.schema.fields.map((f) => f.name)).toEqual(['__row', 'id', 'partners']);
		expect(t.toArray().map((r) => r.toJSON())).toEqual([
			{ __row: 41, id: 'x-1', partners: 'OSCE;IOM' },
			{ __row: 42, id: 'x-2', partners: null }
		]);
	});
});

/** Raw rows kept in an array, and the events staged beside them. */
function arrayStaging(records: ImportRecord[]) {
	const raw = records.map((r, i) => ({ ...r, __row: i + 1 }));
	const staged: { row: number; event: Event }[] = [];
	const reads: [number, number][] = [];
	const staging: RawStaging = {
		async rawRows(from, to) {
			reads.push([from, to]);
			return raw.filter((r) => r.__row > from && r.__row <= to);
		},
		async stageEvents(items) {
			staged.push(...items);
		}
	};
	return { staging, staged, reads };
}

const record = (i: number, kind = 'workshop'): ImportRecord => ({ id: `x-${i}`, date_start: '2021-04-05', title: `Workshop ${i}`, kind, place_id: 'bishkek' });

describe('checkRaw', () => {
	it('stages every good row in batches, tagged with its row, and reports progress up to the end', async () => {
		const { staging, staged, reads } = arrayStaging(Array.from({ length: 1500 }, (_, i) => record(i + 1)));
		const fractions: number[] = [];
		const res = await checkRaw(staging, ctx, 'log.csv', 1500, (f) => fractions.push(f));
		expect(res).toEqual({ errors: [], errorCount: 0, events: 1500 });
		expect(reads).toEqual([
			[0, 1000],
			[1000, 2000]
		]);
		expect(staged.map((s) => s.row)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
		expect(staged[0].event).toMatchObject({ id: 'x-1', source: 'log.csv' });
		expect(fractions.at(-1)).toBe(1);
	});

	it('stages nothing after a bad row, yet checks on and counts every problem beyond those listed', async () => {
		const records = Array.from({ length: 1200 }, (_, i) => record(i + 1, i % 100 === 49 ? 'party' : 'workshop'));
		const { staging, staged } = arrayStaging(records);
		const res = await checkRaw(staging, ctx, 'log.csv', 1200, () => {}, 5);
		expect(res.errorCount).toBe(12);
		expect(res.errors.map((e) => [e.row, e.column, e.code])).toEqual([50, 150, 250, 350, 450].map((row) => [row, 'kind', 'unknown_kind']));
		expect(res.events).toBe(0);
		expect(staged).toEqual([]);
	});
});
