// The import's decisions apart from the database: edited preview rows checked into events, a free name for a source text, duplicates by preview row, and the notice after stored imports are replayed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editRecord, extractNews, previewRecord } from '../../../src/lib/import/news';
import { duplicatesByRow, freeSourceName, replayNotice, unreadableError, validatePreview } from '../../../src/lib/import/plan';
import type { Duplicate } from '../../../src/lib/import/stage';
import { ctx, registry } from './registry';

const text = readFileSync('tests/fixtures/import/pasted-news.txt', 'utf8');

describe('validatePreview', () => {
	const x = extractNews(text, 'pasted-0a1b2c3d.txt', registry);
	const records = x.events.map(previewRecord);

	it('turns every extracted row into an event with its preview row, keeping what the text gave', () => {
		const { items, errors } = validatePreview(records, x.events, ctx);
		expect(errors).toEqual([]);
		expect(items.map((i) => i.row)).toEqual(x.events.map((_, i) => i + 1));
		expect(items[0].event.spans).toEqual(x.events[0].spans);
		expect(items[0].event.source).toBe(x.events[0].source);
	});

	it('leaves out a row edited into a mistake and names its row and column', () => {
		const edited = records.map((r, i) => (i === 1 ? editRecord(r, 'date_start', '2019-02-30') : r));
		const { items, errors } = validatePreview(edited, x.events, ctx);
		expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'date_start', 'bad_date']]);
		expect(items.map((i) => i.row)).not.toContain(2);
		expect(items).toHaveLength(x.events.length - 1);
	});

	it('drops the highlight of a fact changed by hand', () => {
		expect(x.events[0].spans.kind).toBeDefined();
		const edited = records.map((r, i) => (i === 0 ? editRecord(r, 'kind', r.kind === 'meeting' ? 'training' : 'meeting') : r));
		const [first] = validatePreview(edited, x.events, ctx).items;
		expect(first.event.spans.kind).toBeUndefined();
	});
});

describe('freeSourceName', () => {
	const kept = new Map([
		['news.txt', 'first text'],
		['news-2.txt', 'second text'],
		['notes', 'a text']
	]);
	const taken = (text: string) => async (file: string) => kept.has(file) && kept.get(file) !== text;

	it('keeps a new name, and the name of the same text pasted again', async () => {
		expect(await freeSourceName('other.txt', taken('anything'))).toBe('other.txt');
		expect(await freeSourceName('news.txt', taken('first text'))).toBe('news.txt');
		expect(await freeSourceName('news.txt', taken('second text'))).toBe('news-2.txt');
	});

	it('numbers a name held by another text, before the extension or at the end', async () => {
		expect(await freeSourceName('news.txt', taken('third text'))).toBe('news-3.txt');
		expect(await freeSourceName('notes', taken('another text'))).toBe('notes-2');
	});
});

describe('duplicatesByRow', () => {
	it('keys each duplicate by its preview row', () => {
		const d = (row: number): Duplicate => ({ row, id: `x-${row}`, title: 't', date_start: '2020-01-01', reason: 'same_id', other: 'a-1' });
		expect(duplicatesByRow([d(2), d(5)])).toEqual({ 2: d(2), 5: d(5) });
	});
});

describe('replayNotice', () => {
	const steps = [{ events: 3 }, { events: '2' }, { events: undefined }];

	it('says how many imports and events came back when all could be read', () => {
		expect(replayNotice(steps, { applied: [0, 1, 2], failed: [] })).toEqual({ active: true, notice: { kind: 'restored', imports: 3, events: 5 } });
	});

	it('counts the lost ones and joins their reasons when some could not be read', () => {
		const res = { applied: [1], failed: [{ index: 0, detail: 'bad bytes' }, { index: 2, detail: 'no events' }] };
		expect(replayNotice(steps, res)).toEqual({
			active: true,
			notice: { kind: 'partial', imports: 1, events: 2, lost: 2, detail: 'bad bytes; no events' }
		});
	});

	it('reports the store unreadable and the bundled data in effect when none could be read', () => {
		expect(replayNotice(steps, { applied: [], failed: [{ index: 0, detail: 'bad bytes' }] })).toEqual({
			active: false,
			notice: { kind: 'corrupt', detail: 'bad bytes' }
		});
	});
});

describe('unreadableError', () => {
	it('carries the message of whatever was thrown', () => {
		expect(unreadableError(new Error('disk full'))).toEqual({ row: null, column: null, code: 'unreadable', value: null, detail: 'disk full' });
		expect(unreadableError('plain').detail).toBe('plain');
	});
});
