// What the data is, in words beside the count and on every export: the record and news, imports, generated data; English and Russian plurals.
import { describe, expect, it } from 'vitest';
import { dataLine } from '../../../src/lib/export/describe';
import { formatRange, namesOf } from '../../../src/lib/views/format';

const en = namesOf([], [], 'en');
const ru = namesOf([], [], 'ru');

describe('dataLine', () => {
	it('says how many events, from where, which years and how many have no day', () => {
		const c = { total: 121, undated: 23, years: [2015, 2022] as [number, number], origin: 'public' as const };
		expect(dataLine(c, en, 'en')).toBe('121 events from the programme’s public news, 2015–2022 (23 undated)');
		expect(dataLine(c, en, 'en', true)).toBe('121 events from the programme’s public news and imported data, 2015–2022 (23 undated)');
		expect(dataLine({ ...c, undated: 0, years: [2019, 2019] }, en, 'en')).toBe('121 events from the programme’s public news, 2019');
		expect(dataLine({ total: 1, origin: 'public' }, en, 'en')).toBe('1 event from the programme’s public news');
	});

	it('never calls generated data the programme’s news', () => {
		const line = dataLine({ total: 10000, undated: 200, years: [2003, 2025], origin: 'generated' }, en, 'en');
		expect(line).toBe('10,000 generated events (benchmark data), 2003–2025 (200 undated)');
		expect(dataLine({ total: 5 }, en, 'en')).toBe('5 events');
	});

	it('in Russian, with the plural after a number and after «из»', () => {
		const c = { total: 121, undated: 23, years: [2015, 2022] as [number, number], origin: 'public' as const };
		expect(dataLine(c, ru, 'ru')).toBe('121 событие из публичных новостей программы, 2015–2022 (23 без даты)');
		expect(dataLine(c, ru, 'ru', false, true)).toBe('121 события из публичных новостей программы, 2015–2022 (23 без даты)');
		expect(dataLine({ ...c, total: 125 }, ru, 'ru', false, true)).toContain('125 событий');
	});
});

describe('formatRange of an undated event', () => {
	it('says there is no date instead of an empty cell', () => {
		expect(formatRange(null, null, 'en')).toBe('no date');
		expect(formatRange(null, null, 'ru')).toBe('без даты');
		expect(formatRange('2019-03-12', null, 'en')).toBe('12 Mar 2019');
	});
});
