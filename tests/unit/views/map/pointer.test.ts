// What the pointer reaches: the smallest of the marks under it, the countries it may select, the places inside a dragged box.
import { describe, expect, it } from 'vitest';
import { registry } from '../../ingest/registries';
import { namesOf } from '../../../../src/lib/views/format';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';
import { marksOf } from '../../../../src/lib/views/map/marks';
import { countryTitle, dragRect, isDrag, placesInBox, selectable, smallestMark } from '../../../../src/lib/views/map/pointer';
import type { CountryActivityRow, HostRow } from '../../../../src/lib/crossfilter/rows';

const places = new Map(registry.places.map((p) => [p.id, p]));
const hosts: HostRow[] = [
	{ key: 'almaty', place_id: 'almaty', country: 'KAZ', n: 9, n_selected: 0 },
	{ key: 'bishkek', place_id: 'bishkek', country: 'KGZ', n: 3, n_selected: 0 },
	{ key: '@KGZ', place_id: null, country: 'KGZ', n: 2, n_selected: 0 },
	{ key: 'tashkent', place_id: 'tashkent', country: 'UZB', n: 5, n_selected: 0 }
];
const marks = marksOf(hosts, {
	places,
	names: namesOf(registry.places, [], 'en'),
	selected: { place: ['dushanbe'], country: [] },
	framed: FRAME
});
const markByKey = new Map(marks.map((m) => [m.key, m]));

describe('smallestMark', () => {
	it('picks the mark with the fewest events of those hit, so a small one under a big one is reachable', () => {
		expect(smallestMark(['almaty', 'bishkek', 'tashkent'], markByKey)?.key).toBe('bishkek');
		expect(smallestMark(['almaty', '@KGZ'], markByKey)?.key).toBe('@KGZ');
	});
	it('ignores hits that are no mark (an empty one left in the source) and finds nothing in nothing', () => {
		expect(smallestMark(['gone', 'almaty'], markByKey)?.key).toBe('almaty');
		expect(smallestMark([], markByKey)).toBeNull();
	});
});

describe('selectable', () => {
	const activity = new Map<string, CountryActivityRow>([
		['LVA', { country: 'LVA', n: 2, hosted: 2 }],
		['AUT', { country: 'AUT', n: 0, hosted: 0 }]
	]);
	it('allows the programme countries always, others only with events', () => {
		expect(selectable('TKM', activity)).toBe(true);
		expect(selectable('LVA', activity)).toBe(true);
		expect(selectable('AUT', activity)).toBe(false);
		expect(selectable('CHN', activity)).toBe(false);
	});
});

describe('countryTitle', () => {
	it('names a basemap country in the page’s language, in English where no Russian name is given', () => {
		expect(countryTitle({ iso3: 'KAZ', name: 'Kazakhstan', name_ru: 'Казахстан' }, 'ru')).toBe('Казахстан');
		expect(countryTitle({ iso3: 'KAZ', name: 'Kazakhstan', name_ru: 'Казахстан' }, 'en')).toBe('Kazakhstan');
		expect(countryTitle({ iso3: 'XKX', name: 'Kosovo' }, 'ru')).toBe('Kosovo');
		expect(countryTitle(null, 'en')).toBe('');
	});
});

describe('the shift-drag box', () => {
	it('is a drag only past a few pixels, so a shift-click stays a click', () => {
		expect(isDrag(10, 10, 12, 12)).toBe(false);
		expect(isDrag(10, 10, 13, 12)).toBe(true);
	});
	it('is the same rectangle whichever way it was dragged', () => {
		const r = { left: 10, top: 20, width: 30, height: 40 };
		expect(dragRect({ x0: 10, y0: 20, x1: 40, y1: 60 })).toEqual(r);
		expect(dragRect({ x0: 40, y0: 60, x1: 10, y1: 20 })).toEqual(r);
	});
	it('selects the cities with events inside it, edges included, never country-only or empty marks', () => {
		// A plain equirectangular projection, 10 px a degree: enough to place the marks apart.
		const project = (lon: number, lat: number) => ({ x: lon * 10, y: (90 - lat) * 10 });
		const { x: ax, y: ay } = project(places.get('almaty')!.lon, places.get('almaty')!.lat);
		const all = { x0: 0, y0: 0, x1: 1800, y1: 1800 };
		expect(placesInBox(marks, all, project).sort()).toEqual(['almaty', 'bishkek', 'tashkent']);
		expect(placesInBox(marks, { x0: ax, y0: ay, x1: ax + 5, y1: ay - 5 }, project)).toEqual(['almaty']);
		expect(placesInBox(marks, { x0: 0, y0: 0, x1: 10, y1: 10 }, project)).toEqual([]);
	});
});
