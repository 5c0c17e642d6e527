// The import's SQL on a real DuckDB: duplicates of the data and repeats within an import, the swap that adds or replaces (sources kept by name), the bundled copy that reset puts back, and the staging left clean.
import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/lib/import/validate';
import type { ImportRecord } from '../../../src/lib/import/schema';
import {
	bundled,
	createStagingSql,
	DATA_TABLES,
	DUPLICATE_COUNT_SQL,
	duplicateListSql,
	duplicatesSql,
	dropStagingSql,
	exportSql,
	keepBundledSql,
	setAsideSql,
	staged,
	STAGED_COUNT_SQL,
	swapInSql,
	type Duplicate
} from '../../../src/lib/import/stage';
import type { Event } from '../../../src/lib/model/event';
import { TABLES, toDataset } from '../../../src/lib/model/tables';
import { ctx } from './registry';
import { openImportDb, type ImportDb } from './sqldb';

const event = (id: string, title: string, date = '2021-04-05', extra: ImportRecord = {}): Event => {
	const v = validateRecord({ id, date_start: date, title, kind: 'workshop', place_id: 'bishkek', partners: 'OSCE', ...extra }, 1, ctx, 'office log');
	if (!v.event) throw new Error(JSON.stringify(v.errors));
	return v.event;
};

const existing = [event('a-1', 'Workshop on risk analysis'), event('a-2', 'Meeting in Osh', '2020-01-10', { place_id: 'osh' })];

let db: ImportDb;
afterEach(() => db?.close());

async function staging(items: { row: number; event: Event }[]) {
	db = await openImportDb(existing, { 'a.txt': 'the first text' });
	await db.exec(...createStagingSql());
	await db.stage(items);
}

const dups = () => db.rows<Duplicate>(duplicateListSql(100));

describe('duplicatesSql', () => {
	const items = [
		{ row: 1, event: event('a-1', 'Something else entirely') },
		{ row: 2, event: event('n-2', '  workshop ON   risk analysis ') },
		{ row: 3, event: event('n-3', 'A new seminar') },
		{ row: 4, event: event('n-3', 'A renamed seminar', '2022-02-02') },
		{ row: 5, event: event('n-5', 'a new  seminar') }
	];

	it('when adding: the data’s events by id or by day, place and title; later rows repeating an earlier one', async () => {
		await staging(items);
		await db.exec(duplicatesSql('add'));
		expect((await dups()).map((d) => [d.row, d.reason, d.other])).toEqual([
			[1, 'same_id', 'a-1'],
			[2, 'same_event', 'a-1'],
			[4, 'repeat_id', '3'],
			[5, 'repeat_event', '3']
		]);
		expect((await dups())[1]).toMatchObject({ id: 'n-2', date_start: '2021-04-05' });
		expect(await db.rows(DUPLICATE_COUNT_SQL)).toEqual([{ n: 4 }]);
		expect(await db.rows(STAGED_COUNT_SQL)).toEqual([{ n: 1 }]);
	});

	it('when replacing: only repeats within the import, the current data goes anyway', async () => {
		await staging(items);
		await db.exec(duplicatesSql('replace'));
		expect((await dups()).map((d) => [d.row, d.reason])).toEqual([
			[4, 'repeat_id'],
			[5, 'repeat_event']
		]);
		expect(await db.rows(STAGED_COUNT_SQL)).toEqual([{ n: 3 }]);
	});

	it('lists at most the limit asked for, but counts them all', async () => {
		await staging(items);
		await db.exec(duplicatesSql('add'));
		expect(await db.rows(duplicateListSql(2.7))).toHaveLength(2);
		expect(await db.rows(DUPLICATE_COUNT_SQL)).toEqual([{ n: 4 }]);
	});
});

describe('swapInSql', () => {
	const items = [
		{ row: 1, event: event('a-1', 'Workshop on risk analysis') },
		{ row: 2, event: event('n-2', 'A new seminar', '2023-03-03', { agencies: 'kgz-border' }) }
	];

	it('adds the staged rows without the duplicates; a source already kept by name stays as it was', async () => {
		await staging(items);
		await db.exec(`INSERT INTO ${staged('sources')} VALUES ('a.txt', 'another text'), ('b.txt', 'the second text')`);
		await db.exec(duplicatesSql('add'), ...setAsideSql());
		expect(await db.count(staged('event_orgs'))).toBe(2);
		await db.exec(...swapInSql(staged, 'add'));
		expect((await db.rows<{ id: string }>('SELECT id FROM events ORDER BY id')).map((r) => r.id)).toEqual(['a-1', 'a-2', 'n-2']);
		// The duplicate's organisations stay out: the data's two rows and the new event's own.
		expect(await db.count('event_orgs')).toBe(4);
		const own = await db.rows('SELECT event_id, org_id, role FROM event_orgs WHERE event_id = ?', ['n-2']);
		expect(own).toHaveLength(2);
		expect(own).toEqual(expect.arrayContaining(toDataset([items[1].event], [], [], {}).event_orgs));
		expect(await db.rows('SELECT file, text FROM sources ORDER BY file')).toEqual([
			{ file: 'a.txt', text: 'the first text' },
			{ file: 'b.txt', text: 'the second text' }
		]);
	});

	it('replaces every live table with the staged rows', async () => {
		await staging(items);
		await db.exec(duplicatesSql('replace'), ...setAsideSql(), ...swapInSql(staged, 'replace'));
		expect((await db.rows<{ id: string }>('SELECT id FROM events ORDER BY id')).map((r) => r.id)).toEqual(['a-1', 'n-2']);
		expect(await db.count('event_orgs')).toBe(3);
		expect(await db.count('sources')).toBe(0);
	});
});

describe('the bundled copy', () => {
	it('puts the data as loaded back after an import, and is not overwritten when kept again', async () => {
		await staging([{ row: 1, event: event('n-1', 'A new seminar') }]);
		const before = await db.rows('SELECT * FROM events ORDER BY id');
		await db.exec(...keepBundledSql(), ...swapInSql(staged, 'add'), ...keepBundledSql());
		expect(await db.count('events')).toBe(3);
		await db.exec(...swapInSql(bundled, 'replace'));
		expect(await db.rows('SELECT * FROM events ORDER BY id')).toEqual(before);
		expect(await db.rows('SELECT file, text FROM sources')).toEqual([{ file: 'a.txt', text: 'the first text' }]);
		expect(await db.count('event_orgs')).toBe(2);
	});
});

describe('staging', () => {
	it('exports a staged table in the model’s columns, without the import row', async () => {
		await staging([{ row: 7, event: event('n-1', 'A new seminar') }]);
		for (const t of DATA_TABLES) {
			const cols = await db.rows<{ column_name: string }>(`DESCRIBE ${exportSql(t)}`);
			expect(cols.map((c) => c.column_name)).toEqual(Object.keys(TABLES[t]));
		}
	});

	it('is created afresh over an earlier import and leaves nothing once dropped', async () => {
		await staging([{ row: 1, event: event('n-1', 'A new seminar') }]);
		await db.exec('CREATE TABLE import_raw (__row INTEGER)', duplicatesSql('add'));
		await db.exec(...createStagingSql());
		expect(await db.count(staged('events'))).toBe(0);
		await db.exec(...dropStagingSql());
		const left = await db.rows<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'import%'");
		expect(left).toEqual([]);
	});
});
