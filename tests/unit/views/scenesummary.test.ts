// A saved scene's one-line summary: filters by their labels and value names, the partners' mode, the saved zoom and map, both languages.
import { describe, expect, it } from 'vitest';
import { sceneSummary } from '../../../src/lib/views/scenes/summary';
import { namesOf } from '../../../src/lib/views/format';
import type { OrgRow } from '../../../src/lib/crossfilter/rows';

const orgs: OrgRow[] = [
	{ id: 'frontex', short: 'FRONTEX', name: 'European Border and Coast Guard Agency', name_ru: 'Фронтекс', country: '', type: 'eu', is_partner: true },
	{ id: 'osce', short: 'OSCE', name: 'Organization for Security and Co-operation in Europe', name_ru: 'ОБСЕ', country: '', type: 'io', is_partner: true }
];
const en = namesOf([], orgs, 'en');
const ru = namesOf([], orgs, 'ru');
const view = { level: 'org' as const, domain: null, camera: null };

describe('sceneSummary', () => {
	it('names every filter by its label and its values by their names', () => {
		const line = sceneSummary({ ...view, search: 'partner=frontex,osce&from=2018-03-01' }, en, 'en');
		expect(line).toBe('from 1 Mar 2018 · Partner: FRONTEX, OSCE');
	});

	it('says when every chosen partner must take part', () => {
		expect(sceneSummary({ ...view, search: 'partner=frontex,osce&pmode=all' }, en, 'en')).toBe('Partner (all of): FRONTEX, OSCE');
		// With one partner "all of" says nothing more than "any of".
		expect(sceneSummary({ ...view, search: 'partner=frontex&pmode=all' }, en, 'en')).toBe('Partner: FRONTEX');
	});

	it('says "all events" without filters, and what else the scene keeps', () => {
		const line = sceneSummary({ search: '', level: 'country', domain: ['2019-01-01', '2019-12-31'], camera: { center: [70, 41], zoom: 5 } as never }, en, 'en');
		expect(line.split(' · ')[0]).toBe('all events');
		expect(line).toContain('network: countries');
		expect(line).toContain('timeline zoom: ');
		expect(line).toContain('map view saved');
	});

	it('says the searched words in quotes, commas and all', () => {
		expect(sceneSummary({ ...view, search: 'partner=osce&q=border,%20customs' }, en, 'en')).toBe('Partner: OSCE · Search: “border, customs”');
		expect(sceneSummary({ ...view, search: 'q=таможн' }, ru, 'ru')).toBe('Поиск: «таможн»');
		expect(sceneSummary({ ...view, search: 'q=%20' }, en, 'en')).toBe('all events');
	});

	it('speaks Russian with Russian names', () => {
		expect(sceneSummary({ ...view, search: 'partner=frontex,osce&pmode=all' }, ru, 'ru')).toBe('Партнёр (все из): Фронтекс, ОБСЕ');
		expect(sceneSummary({ ...view, search: '' }, ru, 'ru')).toBe('все события');
	});
});
