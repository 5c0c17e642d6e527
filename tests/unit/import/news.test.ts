// Pasted news: the browser runs the CLI's ingest; extracted events survive the round trip through the editable preview row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editRecord, extractNews, mergeExtracted, pastedName, previewRecord } from '../../../src/lib/import/news';
import { validateRecord } from '../../../src/lib/import/validate';
import { ingestFile } from '../../../src/lib/ingest/index';
import { ctx, registry } from './registry';

const text = readFileSync('tests/fixtures/import/pasted-news.txt', 'utf8');

describe('extractNews', () => {
	const x = extractNews(text, 'pasted-0a1b2c3d.txt', registry);
	it('gives the same events as the CLI ingest of the same text', () => {
		expect(x.events).toEqual(ingestFile({ name: x.name, text }, registry).events);
		expect(x.events.length).toBeGreaterThanOrEqual(2);
		expect(x.events[0].id.startsWith('pasted-0a1b2c3d-1-')).toBe(true);
	});
	it('every extracted event validates unchanged and keeps its spans', () => {
		for (const [i, e] of x.events.entries()) {
			const rec = previewRecord(e);
			const v = validateRecord(rec, i + 1, ctx, x.name);
			expect(v.errors).toEqual([]);
			const merged = mergeExtracted(v.event!, e, rec);
			expect(merged).toEqual({ ...e, participant_countries: v.event!.participant_countries });
		}
	});
	it('an edited place brings its own country and drops the place highlight', () => {
		const e = x.events[0];
		const rec = editRecord(previewRecord(e), 'place_id', 'Osh');
		expect(rec.country).toBe('');
		const v = validateRecord(rec, 1, ctx, x.name);
		expect(v.errors).toEqual([]);
		const merged = mergeExtracted(v.event!, e, rec);
		expect(merged.country).toBe('KGZ');
		expect(merged.spans.place).toBeUndefined();
		expect(merged.spans.kind).toEqual(e.spans.kind);
	});
	it('a mistyped date is an error of that row and column', () => {
		const rec = editRecord(previewRecord(x.events[1]), 'date_start', '2020-02-31');
		expect(validateRecord(rec, 2, ctx, x.name).errors).toMatchObject([{ row: 2, column: 'date_start', code: 'bad_date' }]);
	});
});

describe('pastedName', () => {
	it('names a text by its content: the same text the same name, another text another', () => {
		expect(pastedName(text)).toMatch(/^pasted-[0-9a-f]{8}\.txt$/);
		expect(pastedName(text)).toBe(pastedName(`${text}`));
		expect(pastedName(`${text} `)).not.toBe(pastedName(text));
	});
});
