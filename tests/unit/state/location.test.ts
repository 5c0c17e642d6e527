// The URL owner's pure helpers: extra parameters applied to a query string, and whether a write would change the address at all.
import { describe, expect, it } from 'vitest';
import { sameSearch, withParams } from '../../../src/lib/state/location.svelte';

describe('withParams', () => {
	it('sets new parameters and replaces existing ones, keeping the rest in place', () => {
		const params = new URLSearchParams('lang=ru&kind=training&net=country');
		expect(withParams(params, { kind: 'meeting', scene: '2' }).toString()).toBe('lang=ru&kind=meeting&net=country&scene=2');
	});

	it('removes a parameter given null, and ignores null for one that is absent', () => {
		const params = new URLSearchParams('lang=ru&present=1&deck=abc');
		expect(withParams(params, { present: null, deck: null, scene: null }).toString()).toBe('lang=ru');
	});

	it('replaces every value of a repeated parameter by the one given', () => {
		expect(withParams(new URLSearchParams('kind=a&kind=b&lang=en'), { kind: 'c' }).toString()).toBe('kind=c&lang=en');
	});

	it('leaves the given parameters untouched', () => {
		const params = new URLSearchParams('lang=ru');
		withParams(params, { lang: null, net: 'country' });
		expect(params.toString()).toBe('lang=ru');
	});

	it('with nothing to apply, gives an equal copy', () => {
		const params = new URLSearchParams('from=2018-01-01&to=2018-12-31');
		const next = withParams(params, {});
		expect(next).not.toBe(params);
		expect(next.toString()).toBe(params.toString());
	});
});

describe('sameSearch', () => {
	it('compares a query string without "?" to the address, which has one', () => {
		expect(sameSearch('kind=training', '?kind=training')).toBe(true);
		expect(sameSearch('kind=training', '?kind=meeting')).toBe(false);
		expect(sameSearch('kind=training', 'kind=training')).toBe(false);
	});

	it('takes an empty query as the same as an address with none', () => {
		expect(sameSearch('', '')).toBe(true);
		expect(sameSearch('', '?lang=ru')).toBe(false);
		expect(sameSearch('lang=ru', '')).toBe(false);
	});

	it('counts a different order of the same parameters as a change', () => {
		expect(sameSearch('lang=ru&kind=training', '?kind=training&lang=ru')).toBe(false);
	});
});
