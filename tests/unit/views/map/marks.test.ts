// The map's marks: one per host row with its place's position and names, selected places kept as empty rings, abroad told apart.
import { describe, expect, it } from 'vitest';
import { registry } from '../../ingest/registries';
import { namesOf } from '../../../../src/lib/views/format';
import { FRAME } from '../../../../src/lib/views/map/mapRegion';
import { markChange, markDetail, marksOf, type MarkContext } from '../../../../src/lib/views/map/marks';
import { TEXT } from '../../../../src/lib/views/map/text';
import type { HostRow } from '../../../../src/lib/crossfilter/rows';

const places = new Map(registry.places.map((p) => [p.id, p]));
const hosts: HostRow[] = [
	{ key: 'almaty', place_id: 'almaty', country: 'KAZ', n: 5, n_selected: 2 },
	{ key: '@TJK', place_id: null, country: 'TJK', n: 3, n_selected: 0 },
	{ key: 'riga', place_id: 'riga', country: 'LVA', n: 2, n_selected: 2 }
];
const context = (over: Partial<MarkContext> = {}): MarkContext => ({
	places,
	names: namesOf(registry.places, [], 'en'),
	selected: { place: [], country: [] },
	framed: FRAME,
	...over
});

describe('marksOf', () => {
	it('makes a city mark per place and a country-only mark per country host, in the rows’ order', () => {
		const marks = marksOf(hosts, context());
		expect(marks.map((m) => [m.key, m.kind, m.id])).toEqual([
			['almaty', 'city', 'almaty'],
			['@TJK', 'country', 'TJK'],
			['riga', 'city', 'riga']
		]);
		const almaty = marks[0];
		expect(almaty).toMatchObject({ name: 'Almaty', country: 'KAZ', countryName: 'Kazakhstan', n: 5, nSelected: 2, selected: false });
		expect([almaty.lon, almaty.lat]).toEqual([places.get('almaty')!.lon, places.get('almaty')!.lat]);
		// A country-only mark stands at the country's own point.
		expect([marks[1].lon, marks[1].lat]).toEqual([places.get('TJK')!.lon, places.get('TJK')!.lat]);
	});

	it('tells places inside the frame from places abroad', () => {
		const marks = marksOf(hosts, context());
		expect(marks.map((m) => m.inFrame)).toEqual([true, true, false]);
		// A wider frame (a wide panel) takes Riga in.
		expect(marksOf(hosts, context({ framed: [20, 30, 90, 60] }))[2].inFrame).toBe(true);
	});

	it('marks what the map’s clauses select, and keeps a selected place without events as an empty mark', () => {
		const marks = marksOf(hosts, context({ selected: { place: ['riga', 'tashkent'], country: ['TJK'] } }));
		expect(marks.filter((m) => m.selected).map((m) => m.key)).toEqual(['@TJK', 'riga', 'tashkent']);
		expect(marks[3]).toMatchObject({ key: 'tashkent', kind: 'city', country: 'UZB', countryName: 'Uzbekistan', n: 0, nSelected: 0 });
		// A selected country is not a place: no empty ring for it.
		expect(marks).toHaveLength(4);
	});

	it('names marks in the page’s language, and an unknown place by its id, without a position', () => {
		const ru = marksOf(hosts, context({ names: namesOf(registry.places, [], 'ru') }));
		expect(ru[0]).toMatchObject({ name: 'Алматы', countryName: 'Казахстан' });
		const [lost] = marksOf([{ key: 'atlantis', place_id: 'atlantis', country: '', n: 1, n_selected: 0 }], context());
		expect(lost).toMatchObject({ name: 'atlantis', countryName: '', lon: null, lat: null, inFrame: false });
	});
});

describe('markDetail', () => {
	const [almaty, tajikistan] = marksOf(hosts, context());
	it('says where and how many, and how many of them are selected when the map selects', () => {
		expect(markDetail(almaty, TEXT.en, false)).toBe('Kazakhstan · 5 events');
		expect(markDetail(almaty, TEXT.en, true)).toBe('Kazakhstan · 5 events (2 of 5 selected)');
		expect(markDetail(tajikistan, TEXT.en, false)).toBe('country only · 3 events');
	});
	it('speaks Russian with Russian plurals', () => {
		const ru = marksOf(hosts, context({ names: namesOf(registry.places, [], 'ru') }));
		expect(markDetail(ru[0], TEXT.ru, false)).toBe('Казахстан · 5 событий');
		expect(markDetail(ru[1], TEXT.ru, true)).toBe('только страна · 3 события (выбрано 0 из 3)');
	});
});

describe('markChange', () => {
	it('selects a city’s place and a country-only mark’s country, adding to the selection on request', () => {
		const [almaty, tajikistan] = marksOf(hosts, context());
		expect(markChange(almaty, false)).toEqual({ dim: 'place', values: ['almaty'], additive: false });
		expect(markChange(tajikistan, true)).toEqual({ dim: 'country', values: ['TJK'], additive: true });
	});
});
