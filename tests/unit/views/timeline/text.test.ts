// The timeline's names: countries and places from the registry in the page's language, the shared lanes and missing places in words.
import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../../../src/lib/crossfilter/rows';
import { namesOf } from '../../../../src/lib/views/format';
import { OTHER_LANE } from '../../../../src/lib/views/timeline/binning';
import { countryName, laneName, placeLabel, TEXT } from '../../../../src/lib/views/timeline/text';

const place = (id: string, name: string, name_ru: string, country: string, kind: 'city' | 'country'): PlaceRow => ({ id, name, name_ru, country, kind, lat: 0, lon: 0 });
const places = [
	place('KGZ', 'Kyrgyzstan', 'Кыргызстан', 'KGZ', 'country'),
	place('LVA', 'Latvia', 'Латвия', 'LVA', 'country'),
	place('osh', 'Osh', 'Ош', 'KGZ', 'city'),
	place('riga', 'Riga', 'Рига', 'LVA', 'city')
];
const en = namesOf(places, [], 'en');
const ru = namesOf(places, [], 'ru');

describe('countryName and laneName', () => {
	it('names a country from the registry, in either language', () => {
		expect(countryName('KGZ', en, TEXT.en)).toBe('Kyrgyzstan');
		expect(countryName('KGZ', ru, TEXT.ru)).toBe('Кыргызстан');
	});
	it('says when there is no place', () => {
		expect(countryName(null, en, TEXT.en)).toBe('No place');
		expect(laneName('', ru, TEXT.ru)).toBe('Без места');
	});
	it('names the density view’s lane of other countries', () => {
		expect(laneName(OTHER_LANE, en, TEXT.en)).toBe('Other countries / no place');
		expect(laneName('LVA', en, TEXT.en)).toBe('Latvia');
	});
});

describe('placeLabel', () => {
	it('gives a city with its country', () => {
		expect(placeLabel({ country: 'KGZ', place_id: 'osh' }, en, TEXT.en)).toBe('Osh, Kyrgyzstan');
		expect(placeLabel({ country: 'LVA', place_id: 'riga' }, ru, TEXT.ru)).toBe('Рига, Латвия');
	});
	it('gives the country alone when the place is the country or missing', () => {
		expect(placeLabel({ country: 'KGZ', place_id: 'KGZ' }, en, TEXT.en)).toBe('Kyrgyzstan');
		expect(placeLabel({ country: 'LVA', place_id: null }, en, TEXT.en)).toBe('Latvia');
	});
	it('gives a city without a country alone, and nothing known as no place', () => {
		expect(placeLabel({ country: null, place_id: 'osh' }, en, TEXT.en)).toBe('Osh');
		expect(placeLabel({ country: null, place_id: null }, en, TEXT.en)).toBe('No place');
	});
});

describe('TEXT', () => {
	it('has every English string in Russian too', () => {
		expect(Object.keys(TEXT.ru).sort()).toEqual(Object.keys(TEXT.en).sort());
		expect(TEXT.ru.helpLines).toHaveLength(TEXT.en.helpLines.length);
	});
});
