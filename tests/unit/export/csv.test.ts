// The CSV writer: RFC 4180 quoting, CRLF records, the BOM, Cyrillic kept, and the formula-injection guard; read back with d3-dsv as a check.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { BOM, cellText, csvRow, quote, toCsv } from '../../../src/lib/export/csv';

describe('quote', () => {
	it('leaves plain text alone', () => {
		expect(quote('Bishkek')).toBe('Bishkek');
		expect(quote('')).toBe('');
	});
	it('encloses commas, quotes and line breaks, doubling the quotes', () => {
		expect(quote('Osh, Kyrgyzstan')).toBe('"Osh, Kyrgyzstan"');
		expect(quote('the "Silk Road" seminar')).toBe('"the ""Silk Road"" seminar"');
		expect(quote('line one\nline two')).toBe('"line one\nline two"');
		expect(quote('a\r\nb')).toBe('"a\r\nb"');
	});
});

describe('cellText', () => {
	it('writes empty for null and undefined, numbers and booleans as they are', () => {
		expect(cellText(null)).toBe('');
		expect(cellText(undefined)).toBe('');
		expect(cellText(12)).toBe('12');
		expect(cellText(-3)).toBe('-3');
		expect(cellText(Number.NaN)).toBe('');
		expect(cellText(true)).toBe('true');
		expect(cellText(false)).toBe('false');
	});
	it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
		for (const s of ['=1+1', '+7 700', '-2', '@SUM(A1)', '\t=x', '\r=x']) expect(cellText(s)).toBe(`'${s}`);
		expect(cellText('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
	});
	it('leaves those characters alone when they are not first', () => {
		expect(cellText('a=b')).toBe('a=b');
		expect(cellText('2019-03-12')).toBe('2019-03-12');
		expect(cellText('user@example')).toBe('user@example');
	});
});

describe('toCsv', () => {
	const columns = ['id', 'title', 'place_ru', 'n'] as const;
	type R = Record<(typeof columns)[number], string | number | null>;
	const rows: R[] = [
		{ id: 'a-1-1', title: 'Workshop on risk analysis, Osh', place_ru: 'Ош', n: 25 },
		{ id: 'a-2-1', title: 'The "green corridor"\nhandover', place_ru: 'Душанбе', n: null },
		{ id: 'a-3-1', title: '=cmd|" /C calc"!A0', place_ru: null, n: 0 }
	];

	it('starts with the BOM, one header row, one CRLF-ended record per row', () => {
		const text = toCsv(columns, rows);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.slice(1).startsWith('id,title,place_ru,n\r\n')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text).toContain('\r\na-1-1,"Workshop on risk analysis, Osh",Ош,25\r\n');
		expect(text).toContain('\r\na-2-1,"The ""green corridor""\nhandover",Душанбе,\r\n');
	});

	it('leaves the BOM out on request', () => {
		expect(toCsv(columns, rows, { bom: false }).startsWith('id,')).toBe(true);
	});

	it('reads back into the same values (Cyrillic intact, quoting undone)', () => {
		const parsed = csvParse(toCsv(columns, rows).slice(BOM.length));
		expect(parsed.columns).toEqual([...columns]);
		expect(parsed.length).toBe(rows.length);
		expect(parsed[0]).toEqual({ id: 'a-1-1', title: 'Workshop on risk analysis, Osh', place_ru: 'Ош', n: '25' });
		expect(parsed[1].title).toBe('The "green corridor"\nhandover');
		expect(parsed[1].place_ru).toBe('Душанбе');
		expect(parsed[1].n).toBe('');
		expect(parsed[2].title).toBe(`'=cmd|" /C calc"!A0`);
	});

	it('encodes to UTF-8 bytes with the BOM first and Cyrillic as two-byte sequences', () => {
		const bytes = new TextEncoder().encode(toCsv(['place_ru'], [{ place_ru: 'Ош' }]));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${BOM}place_ru\r\nОш\r\n`);
		expect([...bytes.slice(-6, -2)]).toEqual([0xd0, 0x9e, 0xd1, 0x88]);
	});

	it('joins list values with "; " and guards each element', () => {
		expect(toCsv(['xs'], [{ xs: ['OSCE', 'IOM'] }], { bom: false })).toBe('xs\r\nOSCE; IOM\r\n');
		expect(csvRow(['a', 1, null, true])).toBe('a,1,,true');
	});
});
