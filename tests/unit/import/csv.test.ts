// CSV chunking: chunks end on record boundaries even with quoted line breaks; the header is read with quotes and delimiters.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, firstRecordEnd, lastRecordEnd, parseRecord } from '../../../src/lib/import/csv';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('record boundaries', () => {
	it('cut after the last line feed outside quotes', () => {
		const text = 'a,b\n1,"two\nlines"\n3,"x';
		expect(lastRecordEnd(bytes(text))).toBe(text.indexOf('3,'));
		expect(firstRecordEnd(bytes(text))).toBe(4);
	});
	it('doubled quotes inside a field keep the parity', () => {
		const text = '1,"say ""hi""\n"\n2,x';
		expect(lastRecordEnd(bytes(text))).toBe(text.indexOf('2,x'));
	});
	it('no complete record gives -1', () => {
		expect(lastRecordEnd(bytes('"open\nquote'))).toBe(-1);
		expect(firstRecordEnd(bytes('id,title'))).toBe(-1);
	});
});

describe('header', () => {
	it('reads quoted names, drops BOM and CR', () => {
		expect(parseRecord('\uFEFFid,"date_start",title\r\n', ',')).toEqual(['id', 'date_start', 'title']);
		expect(parseRecord('"a ""b""",c', ',')).toEqual(['a "b"', 'c']);
	});
	it('detects comma, semicolon and tab', () => {
		expect(detectDelimiter('id,title')).toBe(',');
		expect(detectDelimiter('id;title')).toBe(';');
		expect(detectDelimiter('id\ttitle')).toBe('\t');
		expect(detectDelimiter('"a,b";c')).toBe(';');
	});
});
