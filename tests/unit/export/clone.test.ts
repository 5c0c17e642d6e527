// A copied SVG's fonts and ids: Noto Sans (or the export family) first without repeats, and id references renamed only where the id was.
import { describe, expect, it } from 'vitest';
import { notoFirst, renameIdRefs, renameUrls } from '../../../src/lib/export/clone';

describe('notoFirst', () => {
	it('puts Noto Sans before what the view asked for', () => {
		expect(notoFirst('system-ui, sans-serif')).toBe('"Noto Sans", system-ui, sans-serif');
	});

	it('does not repeat Noto Sans however it was quoted', () => {
		expect(notoFirst('"Noto Sans", system-ui, sans-serif')).toBe('"Noto Sans", system-ui, sans-serif');
		expect(notoFirst("Arial, 'Noto Sans', sans-serif")).toBe('"Noto Sans", Arial, sans-serif');
	});

	it('puts another family first when told, and drops both it and Noto Sans from the rest', () => {
		expect(notoFirst('"BOMCA Export Sans", "Noto Sans", system-ui', '"BOMCA Export Sans"')).toBe('"BOMCA Export Sans", system-ui');
	});

	it('gives the first family alone for an empty value', () => {
		expect(notoFirst('')).toBe('"Noto Sans"');
	});
});

describe('renameUrls', () => {
	const ids = new Map([
		['clip', 'print-clip'],
		['grad', 'print-grad']
	]);

	it('renames url(#id) with or without quotes, keeping the quotes', () => {
		expect(renameUrls('url(#clip)', ids)).toBe('url(#print-clip)');
		expect(renameUrls('url("#grad")', ids)).toBe('url("#print-grad")');
		expect(renameUrls("fill:url('#grad');stroke:url(#clip)", ids)).toBe("fill:url('#print-grad');stroke:url(#print-clip)");
	});

	it('leaves references to ids outside the copy and non-local urls alone', () => {
		expect(renameUrls('url(#elsewhere)', ids)).toBe('url(#elsewhere)');
		expect(renameUrls('url(pattern.svg#clip)', ids)).toBe('url(pattern.svg#clip)');
	});
});

describe('renameIdRefs', () => {
	const ids = new Map([
		['a', 'p-a'],
		['b', 'p-b']
	]);
	const attr = (name: string, value: string, localName = name) => ({ name, localName, value });

	it('renames a local href, whatever its namespace prefix', () => {
		expect(renameIdRefs(attr('href', '#a'), ids)).toBe('#p-a');
		expect(renameIdRefs(attr('xlink:href', '#b', 'href'), ids)).toBe('#p-b');
	});

	it('keeps hrefs that point outside the copy', () => {
		expect(renameIdRefs(attr('href', '#zzz'), ids)).toBe('#zzz');
		expect(renameIdRefs(attr('href', 'https://example.org/#a'), ids)).toBe('https://example.org/#a');
	});

	it('renames each id of an aria list, keeping the others', () => {
		expect(renameIdRefs(attr('aria-describedby', 'a other b'), ids)).toBe('p-a other p-b');
		expect(renameIdRefs(attr('aria-labelledby', 'b'), ids)).toBe('p-b');
	});

	it('is null for attributes that name no ids, and for empty references', () => {
		expect(renameIdRefs(attr('class', 'a'), ids)).toBeNull();
		expect(renameIdRefs(attr('aria-label', 'a'), ids)).toBeNull();
		expect(renameIdRefs(attr('href', ''), ids)).toBeNull();
	});
});
