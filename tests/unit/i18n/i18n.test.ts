// English and Russian: the `lang` parameter, the switch's URL, dates, plurals, numbers and registry names in either language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { OrgRow, PlaceRow } from '../../../src/lib/crossfilter/rows';
import { langOf, searchWithLang } from '../../../src/lib/i18n/lang';
import { orgShortRu } from '../../../src/lib/i18n/orgShortRu';
import { formatNumber, formatRange, kindName, monthName, namesOf, ruForm } from '../../../src/lib/views/format';

describe('langOf', () => {
	it('ru is Russian; nothing, en or empty is English without a notice; anything else is English with one', () => {
		expect(langOf(new URLSearchParams('lang=ru'))).toEqual({ lang: 'ru', unknown: null });
		expect(langOf(new URLSearchParams('lang=RU'))).toEqual({ lang: 'ru', unknown: null });
		expect(langOf(new URLSearchParams(''))).toEqual({ lang: 'en', unknown: null });
		expect(langOf(new URLSearchParams('lang=en'))).toEqual({ lang: 'en', unknown: null });
		expect(langOf(new URLSearchParams('lang='))).toEqual({ lang: 'en', unknown: null });
		expect(langOf(new URLSearchParams('lang=fr'))).toEqual({ lang: 'en', unknown: 'fr' });
		expect(langOf(new URLSearchParams('lang=' + 'x'.repeat(500))).unknown!.length).toBeLessThan(45);
	});
});

describe('searchWithLang', () => {
	it('sets or drops lang and keeps every other parameter, repeats and order included', () => {
		const s = new URLSearchParams('partner=OSCE,INL&from=2018-01-01&net=country&tag=a&tag=b');
		expect(searchWithLang(s, 'ru')).toBe('?partner=OSCE,INL&from=2018-01-01&net=country&tag=a&tag=b&lang=ru');
		const back = new URLSearchParams(searchWithLang(new URLSearchParams('partner=OSCE&lang=ru&kind=workshop'), 'en'));
		expect([...back]).toEqual([
			['partner', 'OSCE'],
			['kind', 'workshop']
		]);
		expect(searchWithLang(new URLSearchParams('lang=ru'), 'en')).toBe('');
	});
});

describe('dates and numbers', () => {
	it('ranges read naturally in both languages', () => {
		expect(formatRange('2019-03-12', '2019-03-14')).toBe('12–14 Mar 2019');
		expect(formatRange('2019-03-12', '2019-03-14', 'ru')).toBe('12–14 мар. 2019');
		expect(formatRange('2018-01-29', '2018-02-01', 'ru')).toBe('29 янв. – 1 февр. 2018');
		expect(formatRange('2018-12-20', '2019-01-03', 'ru')).toBe('20 дек. 2018 – 3 янв. 2019');
		expect(formatRange('2019-05-07', '2019-05-07', 'ru')).toBe('7 мая 2019');
		expect(monthName(5, 'ru', true)).toBe('май');
	});

	it('Russian plural forms follow the last two digits', () => {
		const f = (n: number) => ruForm(n, 'событие', 'события', 'событий');
		expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map(f)).toEqual([
			'событие', 'события', 'события', 'событий', 'событий', 'событий', 'событий',
			'событие', 'события', 'событий', 'событие', 'событий', 'событий'
		]);
	});

	it('numbers group thousands by the language', () => {
		expect(formatNumber(12345)).toBe('12,345');
		expect(formatNumber(12345, 'ru').replace(/\s/g, ' ')).toBe('12 345');
		// Whole numbers are grouped without Intl: the same text as Intl gives, in both languages.
		for (const n of [0, 7, 999, 1000, 12_345, 1_234_567, -4321, 1_000_000]) {
			expect(formatNumber(n, 'en'), String(n)).toBe(new Intl.NumberFormat('en-GB').format(n));
			expect(formatNumber(n, 'ru'), String(n)).toBe(new Intl.NumberFormat('ru-RU').format(n));
		}
	});
});

describe('names', () => {
	const places: PlaceRow[] = [
		{ id: 'KGZ', name: 'Kyrgyzstan', name_ru: 'Кыргызстан', country: 'KGZ', kind: 'country', lat: 41, lon: 75 },
		{ id: 'bishkek', name: 'Bishkek', name_ru: 'Бишкек', country: 'KGZ', kind: 'city', lat: 42.9, lon: 74.6 },
		{ id: 'nowhere', name: 'Nowhere', name_ru: '', country: 'KGZ', kind: 'city', lat: 42, lon: 74 }
	] as PlaceRow[];
	const org = (id: string, short: string, name: string, name_ru: string, country = ''): OrgRow =>
		({ id, short, name, name_ru, country, type: 'x', is_partner: !country }) as OrgRow;
	const orgs = [
		org('OSCE', 'OSCE', 'Organization for Security and Co-operation in Europe', 'Организация по безопасности и сотрудничеству в Европе'),
		org('kgz-border', 'KG Border Service', 'Border Service of the Kyrgyz Republic', 'Пограничная служба Кыргызской Республики', 'KGZ'),
		org('BPOL', 'BPOL', 'German Federal Police', 'Федеральная полиция Германии', 'DEU'),
		org('GIZ', 'GIZ', 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'Германское общество по международному сотрудничеству')
	];
	const topics = [{ id: 'canine', name: 'K-9 and dog handling', name_ru: 'Кинология' }];

	it('English is the default and unchanged', () => {
		const n = namesOf(places, orgs);
		expect([n.place('bishkek'), n.country('KGZ'), n.org('kgz-border'), n.orgFull('OSCE')]).toEqual([
			'Bishkek',
			'Kyrgyzstan',
			'KG Border Service',
			'Organization for Security and Co-operation in Europe'
		]);
	});

	it('Russian comes from the registries, English where a Russian name is missing', () => {
		const n = namesOf(places, orgs, 'ru', topics);
		expect(n.place('bishkek')).toBe('Бишкек');
		expect(n.country('KGZ')).toBe('Кыргызстан');
		expect(n.place('nowhere')).toBe('Nowhere');
		expect(n.orgFull('OSCE')).toBe('Организация по безопасности и сотрудничеству в Европе');
		expect(n.org('OSCE')).toBe('ОБСЕ');
		expect(n.org('kgz-border')).toBe('Погранслужба КР');
		expect(n.org('BPOL')).toBe('Федеральная полиция Германии');
		expect(n.org('GIZ')).toBe('GIZ');
		expect(n.topic('canine')).toBe('Кинология');
		expect(n.kind('study_visit')).toBe(kindName('study_visit', 'ru'));
		expect(n.shorts('GIZ, OSCE')).toBe('GIZ, ОБСЕ');
		expect(n.place('unknown-id')).toBe('unknown-id');
	});

	it('every organisation of the registry gets a Russian short name: Cyrillic, or a Latin acronym', () => {
		const rows = csvParse(readFileSync(join(import.meta.dirname, '../../../data/orgs.csv'), 'utf8'));
		expect(rows.length).toBeGreaterThan(50);
		for (const r of rows) {
			const ru = orgShortRu({ id: r.id!, short: r.short!, name: r.name!, name_ru: r.name_ru! });
			expect(/[А-Яа-яЁё]/.test(ru) || /^[A-Z0-9-]+$/.test(ru), `${r.id}: ${ru}`).toBe(true);
			expect(ru.length, r.id).toBeLessThanOrEqual(40);
		}
	});

	it('an agency of a known country with an unknown description keeps its registry name', () => {
		expect(orgShortRu({ id: 'x', short: 'TJ Drug Control Agency', name: '', name_ru: '' })).toBe('Агентство по контролю за наркотиками РТ');
		expect(orgShortRu({ id: 'y', short: 'XX Something', name: 'Something', name_ru: '' })).toBe('XX Something');
	});
});
