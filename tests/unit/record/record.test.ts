// The public record becomes events through the import's checks (a bad row names file, line, column and reason), and merges with the seed news one event per session.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBundle, readRegistry } from '../../../scripts/bundle';
import type { Event } from '../../../src/lib/model/event';
import { mergeSources } from '../../../src/lib/record/merge';
import { readRecord, RECORD_COLUMNS } from '../../../src/lib/record/read';
import { registry as reg } from '../ingest/registries';

const FILE = 'bomca-public-record-2015-2022.csv';
const text = readFileSync(`data/record/${FILE}`, 'utf8');
const header = RECORD_COLUMNS.join(',');
/** A one-row record with `over` replacing cells of a valid row. */
function oneRow(over: Partial<Record<(typeof RECORD_COLUMNS)[number], string>>): string {
	const base: Record<string, string> = {
		record: 'T001',
		session: '1',
		date_start: '2019-05-14',
		date_end: '2019-05-16',
		date_note: 'year_stated',
		city: 'Bishkek',
		country: 'KGZ',
		kind: 'workshop',
		topic: 'risk analysis',
		participant_countries: 'KGZ;TJK',
		agencies: 'State Customs Service (Kyrgyzstan)',
		partners: 'OSCE',
		participants: '',
		source_url: 'https://www.bomca-eu.org/en/news',
		title: 'A workshop'
	};
	const row = { ...base, ...over };
	return `${header}\n${RECORD_COLUMNS.map((c) => row[c] ?? "").map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, `""`)}"` : v)).join(",")}\n`;
}

describe('readRecord on the bundled file', () => {
	const r = readRecord(FILE, text, reg);

	it('reads all 117 sessions with no problem', () => {
		expect(r.problems).toEqual([]);
		expect(r.events).toHaveLength(117);
	});

	it('keeps the 23 undated rows, with no date and flagged, and flags the others as the record notes them', () => {
		const undated = r.events.filter((e) => e.flags.includes('undated'));
		expect(undated).toHaveLength(23);
		expect(undated.every((e) => e.date_start === null && e.date_end === null)).toBe(true);
		expect(r.events.filter((e) => e.flags.includes('invalid_date'))).toHaveLength(3);
		const endUnknown = r.events.filter((e) => e.flags.includes('end_unknown'));
		expect(endUnknown).toHaveLength(1);
		expect(endUnknown[0].date_end).toBe(endUnknown[0].date_start);
		expect(r.events.filter((e) => e.year_explicit)).toHaveLength(36);
	});

	it('gives every session its page, its line and its row as source text', () => {
		for (const e of r.events) {
			expect(e.source_url).toMatch(/^https:\/\/(www\.)?bomca-eu\.org\//);
			expect(e.source).toBe(FILE);
			const row = text.slice(e.spans.item[0], e.spans.item[1]);
			expect(row.startsWith(`${e.item_id},${e.session},`), e.id).toBe(true);
			expect(text.split('\n')[e.record_line! - 1].replace(/\r$/, ''), e.id).toBe(row);
		}
	});

	it('places abroad (Riga, Vienna, Latvia, Lithuania, Estonia) are real places and countries', () => {
		const abroad = r.events.filter((e) => ['LVA', 'LTU', 'EST', 'AUT'].includes(e.country ?? ''));
		expect(abroad.length).toBeGreaterThanOrEqual(8);
		expect(abroad.map((e) => e.place?.id).filter(Boolean)).toEqual(expect.arrayContaining(['riga', 'vienna']));
	});

	it('"over 100" participants is kept as its lower bound', () => {
		const over = text.split('\n').findIndex((l) => l.includes(',>100,'));
		expect(r.events.find((e) => e.record_line === over + 1)?.participants_count).toBe(100);
	});
});

describe('readRecord on bad rows', () => {
	const problem = (over: Parameters<typeof oneRow>[0]) => {
		const r = readRecord('bad.csv', oneRow(over), reg);
		expect(r.events).toEqual([]);
		return r.problems;
	};

	it('names file, line, the record’s own column and why', () => {
		expect(problem({ date_start: '2019-02-30' })).toEqual([
			{ file: 'bad.csv', line: 2, column: 'date_start', reason: '“2019-02-30” is not a date written YYYY-MM-DD' }
		]);
		expect(problem({ city: 'Atlantis' })[0]).toMatchObject({ line: 2, column: 'city' });
		expect(problem({ agencies: 'Ministry of Magic (Kyrgyzstan)' })[0]).toMatchObject({ column: 'agencies' });
		expect(problem({ partners: 'Nobody Inc' })[0]).toMatchObject({ column: 'partners' });
		expect(problem({ kind: 'party' })[0]).toMatchObject({ column: 'kind' });
		expect(problem({ participants: 'many' })[0]).toMatchObject({ column: 'participants' });
		expect(problem({ date_note: 'sometime' })[0]).toMatchObject({ column: 'date_note' });
		expect(problem({ session: 'x' })[0]).toMatchObject({ column: 'session' });
	});

	it('refuses a link that is not a web page, and a dated row without a day', () => {
		expect(problem({ source_url: 'javascript:alert(1)' })[0]).toMatchObject({ column: 'source_url' });
		expect(problem({ date_start: '' })[0]).toMatchObject({ column: 'date_start' });
	});

	it('accepts an undated row without a day', () => {
		const r = readRecord('ok.csv', oneRow({ date_start: '', date_end: '', date_note: 'undated' }), reg);
		expect(r.problems).toEqual([]);
		expect(r.events[0]).toMatchObject({ date_start: null, date_end: null, flags: ['undated'] });
	});

	it('counts lines across a quoted cell with a line break', () => {
		const two = oneRow({ title: 'first\nline' }) + oneRow({ record: 'T002', city: 'Atlantis' }).split('\n')[1] + '\n';
		const r = readRecord('multi.csv', two, reg);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ line: 4, column: 'city' });
	});

	it('a missing or unknown column stops at the header', () => {
		const r = readRecord('cols.csv', 'record,session,when\nL1,1,2019\n', reg);
		expect(r.problems.every((p) => p.line === 1)).toBe(true);
		expect(r.problems.map((p) => p.column)).toEqual(expect.arrayContaining(['date_start', 'when']));
	});
});

describe('the merge on the real files', () => {
	const b = readBundle('data', readRegistry('data'));

	it('makes one event per session: 20 news + 117 record − the merged', () => {
		expect(b.problems).toEqual([]);
		expect(b.news).toHaveLength(20);
		expect(b.recordSessions).toBe(117);
		expect(b.merges.length).toBeGreaterThanOrEqual(12);
		expect(b.events).toHaveLength(20 + 117 - b.merges.length);
		expect(new Set(b.events.map((e) => e.id)).size).toBe(b.events.length);
	});

	it('a merged event keeps the news text’s spans and gains the record’s page and line', () => {
		const m = b.merges.find((x) => x.record === 'L021-1')!;
		expect(m.why).toBe('same start day 2019-03-12 and city Almaty');
		const e = b.events.find((x) => x.id === m.news)!;
		expect(e.spans.date).toBeDefined();
		expect(e.spans.place).toBeDefined();
		expect(e.record_line).toBe(m.line);
		expect(e.source_url).toMatch(/^https:\/\/(www\.)?bomca-eu\.org\//);
		expect(b.events.some((x) => x.id === 'L021-1')).toBe(false);
	});

	it('every news event links to a page: its file’s listing (`# source:`), or the record’s page once merged', () => {
		const listing: Record<string, string> = {
			'000_f6a86c3b39ff6cad.txt': 'https://www.bomca-eu.org/en/news?start=48',
			'001_1df92eaf2cb8e708.txt': 'https://www.bomca-eu.org/en/news?start=72'
		};
		for (const e of b.events.filter((x) => x.source.endsWith('.txt'))) {
			if (e.record_line) expect(e.source_url, e.id).toMatch(/^https:\/\/(www\.)?bomca-eu\.org\//);
			else expect(e.source_url, e.id).toBe(listing[e.source]);
		}
	});

	it('covers 2015–2022 with the undated kept', () => {
		const years = b.events.flatMap((e) => (e.date_start ? [Number(e.date_start.slice(0, 4))] : []));
		expect(Math.min(...years)).toBe(2015);
		expect(Math.max(...years)).toBe(2022);
		expect(b.events.filter((e) => e.date_start === null)).toHaveLength(23);
	});
});

describe('mergeSources', () => {
	const ev = (id: string, day: string | null, place: string | null, country: string | null): Event => ({
		id,
		item_id: id,
		session: 1,
		source: 's',
		title: id,
		date_start: day,
		date_end: day,
		year_explicit: true,
		flags: [],
		place: place ? { id: place, name: place, country: country! } : null,
		country,
		kind: 'workshop',
		topic: null,
		participant_countries: [],
		partners: [],
		agencies: [],
		participants_count: null,
		spans: {}
	});

	it('merges on the same start day and city, or country where one names no city; never two cities or two days', () => {
		const news = [ev('n1', '2019-01-10', 'bishkek', 'KGZ'), ev('n2', '2019-01-10', null, 'TJK'), ev('n3', '2019-02-01', 'osh', 'KGZ')];
		const record = [
			{ ...ev('r1', '2019-01-10', 'bishkek', 'KGZ'), source_url: 'https://x/1', record_line: 2 },
			{ ...ev('r2', '2019-01-10', 'dushanbe', 'TJK'), record_line: 3 },
			{ ...ev('r3', '2019-02-01', 'bishkek', 'KGZ'), record_line: 4 },
			{ ...ev('r4', '2019-02-03', 'osh', 'KGZ'), record_line: 5 },
			{ ...ev('r5', null, null, 'KGZ'), record_line: 6 }
		];
		const m = mergeSources(news, record);
		expect(m.merges.map((x) => [x.news, x.record])).toEqual([
			['n1', 'r1'],
			['n2', 'r2']
		]);
		expect(m.events.map((e) => e.id)).toEqual(['n1', 'n2', 'n3', 'r3', 'r4', 'r5']);
		expect(m.events[0].source_url).toBe('https://x/1');
		expect(m.events[1].place?.id).toBe('dushanbe');
		expect(m.nearMisses.map((x) => [x.news, x.record])).toEqual([['n3', 'r4']]);
	});
});
