// The map's words: the same entries in both languages, Russian plurals, and the failure notice worded for a missing WebGL.
import { describe, expect, it } from 'vitest';
import { NO_WEBGL, TEXT, failureText } from '../../../../src/lib/views/map/text';

describe('map texts', () => {
	it('has every entry in both languages', () => {
		expect(Object.keys(TEXT.ru).sort()).toEqual(Object.keys(TEXT.en).sort());
	});
	it('counts events with the right plural', () => {
		expect([1, 2, 5].map(TEXT.en.events)).toEqual(['1 event', '2 events', '5 events']);
		expect([1, 3, 11, 21].map(TEXT.ru.events)).toEqual(['1 событие', '3 события', '11 событий', '21 событие']);
		expect(TEXT.en.countryEvents(1, 0)).toBe('1 event hosted or attended (0 hosted)');
		expect(TEXT.en.countryEvents(0, 0)).toBe('No events under the current filters');
	});
	it('explains a missing WebGL 2 plainly and any other failure with its message', () => {
		expect(failureText(TEXT.en, NO_WEBGL)).toBe(TEXT.en.noWebgl);
		expect(failureText(TEXT.ru, 'context lost')).toBe(TEXT.ru.mapFailed('context lost'));
		expect(failureText(TEXT.en, 'context lost')).toContain('(context lost)');
	});
});
