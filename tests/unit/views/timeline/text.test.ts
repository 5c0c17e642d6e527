// The timeline's names: countries and places from the registry in the page's language, the shared lanes and missing places in words.
import { describe, expect, it } from 'vitest';
import type { PlaceRow } from '../../../../src/lib/crossfilter/rows';
import { namesOf } from '../../../../src/lib/views/format';
import { OTHER_LANE } from '../../../../src/lib/views/timeline/binning';
import { countryName, laneName, periodLabel, placeLabel, TEXT } from '../../../../src/lib/views/timeline/text';

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
	it('names the series of the countries outside the five', () => {
		expect(laneName(OTHER_LANE, en, TEXT.en)).toBe('Other countries');
		expect(laneName(OTHER_LANE, ru, TEXT.ru)).toBe('Другие страны');
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

describe('periodLabel', () => {
	it('names a month, a quarter or a year in either language', () => {
		expect(periodLabel('2019-03-01', 'month', 'en')).toBe('Mar 2019');
		expect(periodLabel('2019-10-01', 'quarter', 'en')).toBe('Q4 2019');
		expect(periodLabel('2019-04-01', 'quarter', 'ru')).toBe('2 кв. 2019');
		expect(periodLabel('2019-01-01', 'year', 'ru')).toBe('2019');
		expect(periodLabel('2019-03-01', 'month', 'ru')).toBe('март 2019');
	});
	it('counts events in words', () => {
		expect(TEXT.en.events(1, '1')).toBe('1 event');
		expect(TEXT.ru.events(22, '22')).toBe('22 события');
	});
});

describe('TEXT', () => {
	it('has every English string in Russian too', () => {
		expect(Object.keys(TEXT.ru).sort()).toEqual(Object.keys(TEXT.en).sort());
		expect(TEXT.ru.helpLines).toHaveLength(TEXT.en.helpLines.length);
	});
});
