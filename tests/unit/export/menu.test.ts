// The Export menu without the page: its items in both languages, the files' names, the pictures' heading, the map's keys and pixel density.
import { describe, expect, it } from 'vitest';
import { emptySelection, toggle } from '../../../src/lib/crossfilter/selection';
import { fileName, mapLegend, mapPixelRatio, menuItems, pictureHeading, slideWords, viewFormat } from '../../../src/lib/views/export/actions';
import { MENU_TEXT } from '../../../src/lib/views/export/text';
import { namesOf } from '../../../src/lib/views/format';

const en = namesOf([], [], 'en');
const ru = namesOf([], [], 'ru');

describe('menuItems', () => {
	it('offers the slide, the deck, the dashboard, the map, two formats of each drawn view and the table, in that order', () => {
		const items = menuItems(MENU_TEXT.en);
		expect(items.map((i) => i.action)).toEqual(['slide', 'deck', 'dashboard', 'map', 'timeline-png', 'timeline-svg', 'network-png', 'network-svg', 'csv']);
		expect(items.filter((i) => i.group === 'timeline').map((i) => i.short)).toEqual(['PNG', 'SVG']);
		expect(items.find((i) => i.action === 'network-svg')?.label).toBe('Network (SVG)');
	});

	it('names every item in Russian too, with the same actions', () => {
		const items = menuItems(MENU_TEXT.ru);
		expect(items.map((i) => i.action)).toEqual(menuItems(MENU_TEXT.en).map((i) => i.action));
		expect(items[0].label).toBe('Слайд (PNG, 16:9)…');
		expect(items[2].label).toBe('Вся панель (PNG)');
		expect(items.at(-1)?.label).toBe('События (CSV)');
	});
});

describe('file names and formats', () => {
	it('names a file by what it holds and the local day', () => {
		expect(fileName('network', 'svg', new Date(2024, 4, 3, 23, 59))).toBe('bomca-network-2024-05-03.svg');
		expect(fileName('events', 'csv', new Date(2019, 11, 31))).toBe('bomca-events-2019-12-31.csv');
	});

	it('splits a view action into the view and the format', () => {
		expect(viewFormat('timeline-png')).toEqual(['timeline', 'png']);
		expect(viewFormat('network-svg')).toEqual(['network', 'svg']);
	});

	it('draws the map at twice the density at least, more on a denser screen', () => {
		expect(mapPixelRatio(1)).toBe(2);
		expect(mapPixelRatio(0)).toBe(2);
		expect(mapPixelRatio(3)).toBe(3);
	});
});

describe('pictureHeading', () => {
	const when = new Date(2024, 4, 3, 14, 5);
	const base = { lang: 'en' as const, names: en, selection: emptySelection(), count: 12, total: 131, source: '' };

	it('titles the view, counts against the total, dates the export and says there are no filters', () => {
		const h = pictureHeading('Map', when, base);
		expect(h.title).toBe('BOMCA activity atlas — Map');
		expect(h.lines).toHaveLength(2);
		expect(h.lines[0].startsWith('12 of 131 events · Exported 3 May 2024')).toBe(true);
		expect(h.lines[1]).toBe('No filters: all events');
	});

	it('has the atlas alone as the dashboard title, the filters and the source line when there is one', () => {
		const selection = toggle(emptySelection(), 'country', 'KAZ', false);
		const h = pictureHeading(null, when, { ...base, selection, count: null, source: '131 events from the programme’s public news' });
		expect(h.title).toBe('BOMCA activity atlas');
		expect(h.lines[0].startsWith('Exported ')).toBe(true);
		expect(h.lines[1]).toMatch(/^Filters: .*KAZ/);
		expect(h.lines[2]).toBe('131 events from the programme’s public news');
	});

	it('speaks Russian for a Russian page', () => {
		const h = pictureHeading('Сеть', when, { ...base, lang: 'ru', names: ru });
		expect(h.title).toBe('Атлас деятельности BOMCA — Сеть');
		expect(h.lines[0]).toContain('Экспорт: ');
		expect(h.lines[1]).toBe('Без фильтров: все события');
	});
});

describe('mapLegend', () => {
	it('keys the five programme countries by their colours, then every other country', () => {
		const keys = mapLegend(en, MENU_TEXT.en.otherCountries);
		expect(keys).toHaveLength(6);
		expect(keys[0]).toEqual({ colour: '#0072b2', opacity: 1, label: en.country('KAZ') });
		expect(keys.at(-1)).toEqual({ colour: '#8a8f98', opacity: 1, label: 'Other countries' });
	});
});

describe('slideWords', () => {
	const when = new Date(2024, 4, 3, 14, 5);
	const d = { lang: 'en' as const, names: en, selection: toggle(emptySelection(), 'country', 'KAZ', false), count: 12, total: 131, source: '131 events from the programme’s public news, 2015–2022' };

	it('says the filters, what the data is, how many events are shown and when it was exported', () => {
		const w = slideWords(when, d, MENU_TEXT.en);
		expect(w.filters).toMatch(/^Filters: Country: /);
		expect(w.source).toBe('Source: BOMCA activity atlas, 131 events from the programme’s public news, 2015–2022. Shown: 12 of 131 events. Exported 3 May 2024 at 14:05. Boundaries: Natural Earth');
	});

	it('words it in Russian, and marks a count still unknown', () => {
		const w = slideWords(when, { ...d, lang: 'ru', names: ru, count: null, selection: emptySelection() }, MENU_TEXT.ru);
		expect(w.filters).toBe('Без фильтров: все события');
		expect(w.source).toMatch(/^Источник: атлас деятельности BOMCA, .*Показано: …\. Экспорт: 3 мая 2024/);
	});
});
