// The network's graph from query rows: what a node stands for in each language, when the rows fit the level, the ranking, neighbours, tooltip words, legend and table.
import { describe, expect, it } from 'vitest';
import type { NetworkEdgeRow, NetworkNodeRow, OrgRow, PlaceRow } from '../../../../src/lib/crossfilter/rows';
import { namesOf } from '../../../../src/lib/views/format';
import { COUNTRY_COLOUR, OTHER_COLOUR, PARTNER_COLOUR } from '../../../../src/lib/views/palette';
import {
	consistentRows,
	describeNode,
	legendCountries,
	neighboursOf,
	rankNodes,
	registryOf,
	ShapeMemo,
	tableRows,
	tipText
} from '../../../../src/lib/views/network/graph';
import { TEXT } from '../../../../src/lib/views/network/text';

const orgs: OrgRow[] = [
	{ id: 'kz-border', short: 'KZ Border Service', name: 'Border Service of Kazakhstan', name_ru: 'Пограничная служба Казахстана', country: 'KAZ', type: 'border', is_partner: false },
	{ id: 'kg-customs', short: 'KG Customs', name: 'Customs Service of Kyrgyzstan', name_ru: 'Таможенная служба Кыргызстана', country: 'KGZ', type: 'customs', is_partner: false },
	{ id: 'lv-guard', short: 'LV Border Guard', name: 'State Border Guard of Latvia', name_ru: 'Пограничная охрана Латвии', country: 'LVA', type: 'border', is_partner: false },
	{ id: 'osce', short: 'OSCE', name: 'Organization for Security and Co-operation in Europe', name_ru: 'ОБСЕ', country: '', type: 'io', is_partner: true },
	{ id: 'unodc', short: 'UNODC', name: 'United Nations Office on Drugs and Crime', name_ru: 'УНП ООН', country: 'AUT', type: 'io', is_partner: true }
];
const place = (id: string, name: string, name_ru: string, kind: PlaceRow['kind'] = 'country'): PlaceRow => ({
	id,
	name,
	name_ru,
	country: id,
	kind,
	lat: 0,
	lon: 0
});
const places: PlaceRow[] = [
	place('KAZ', 'Kazakhstan', 'Казахстан'),
	place('KGZ', 'Kyrgyzstan', 'Кыргызстан'),
	place('LVA', 'Latvia', 'Латвия'),
	place('AUT', 'Austria', 'Австрия'),
	place('BISHKEK', 'Bishkek', 'Бишкек', 'city')
];
const en = { names: namesOf(places, orgs, 'en'), T: TEXT.en };
const ru = { names: namesOf(places, orgs, 'ru'), T: TEXT.ru };
const reg = registryOf(orgs, places, en.names);
const infoOf = (ids: string[], lang = en) => {
	const r = registryOf(orgs, places, lang.names);
	return new Map(ids.map((id) => [id, describeNode(id, r, lang.names, lang.T)]));
};

describe('describeNode', () => {
	it('an agency: its short label, full name, country and colour, grouped by its country', () => {
		expect(describeNode('kz-border', reg, en.names, en.T)).toEqual({
			dim: 'org',
			label: 'KZ Border Service',
			name: 'Border Service of Kazakhstan',
			country: 'Kazakhstan',
			colour: COUNTRY_COLOUR.KAZ,
			group: 'KAZ'
		});
	});

	it('a partner, with or without a seat: the partners’ colour, in the middle group', () => {
		const osce = describeNode('osce', reg, en.names, en.T);
		expect([osce.country, osce.colour, osce.group]).toEqual(['International', PARTNER_COLOUR, '']);
		const unodc = describeNode('unodc', reg, en.names, en.T);
		expect([unodc.country, unodc.colour, unodc.group]).toEqual(['Austria', PARTNER_COLOUR, '']);
	});

	it('a collapsed country: selects the country, named in the page’s language', () => {
		const r = registryOf(orgs, places, ru.names);
		expect(describeNode('KGZ', r, ru.names, ru.T)).toEqual({
			dim: 'country',
			label: 'Кыргызстан',
			name: 'Кыргызстан',
			country: 'Все ведомства страны',
			colour: COUNTRY_COLOUR.KGZ,
			group: 'KGZ'
		});
	});

	it('names only countries from the places: a city with the same id, or an unknown one, shows its id', () => {
		expect(describeNode('BISHKEK', reg, en.names, en.T).label).toBe('BISHKEK');
		expect(describeNode('XYZ', reg, en.names, en.T)).toMatchObject({ label: 'XYZ', colour: OTHER_COLOUR, dim: 'country' });
	});
});

describe('consistentRows', () => {
	const node = (id: string): NetworkNodeRow => ({ id, n: 1, total: 1 });
	const edge = (source: string, target: string): NetworkEdgeRow => ({ source, target, n: 1, total: 1 });

	it('agrees when the nodes match the level and every edge joins two of them', () => {
		expect(consistentRows([node('kz-border'), node('osce')], [edge('kz-border', 'osce')], 'org', reg.orgById)).toBe(true);
		expect(consistentRows([node('KAZ'), node('osce')], [edge('KAZ', 'osce')], 'country', reg.orgById)).toBe(true);
	});

	it('waits when the nodes are of the other level, or an edge has an end the nodes lack', () => {
		expect(consistentRows([node('KAZ')], [], 'org', reg.orgById)).toBe(false);
		expect(consistentRows([node('kz-border')], [], 'country', reg.orgById)).toBe(false);
		expect(consistentRows([node('kz-border'), node('osce')], [edge('kg-customs', 'osce')], 'org', reg.orgById)).toBe(false);
	});
});

describe('rankNodes and neighboursOf', () => {
	it('ranks by events, largest first, ties by id', () => {
		const ranked = rankNodes([
			{ id: 'b', total: 5, group: '' },
			{ id: 'c', total: 9, group: '' },
			{ id: 'a', total: 5, group: '' }
		]);
		expect(ranked).toEqual(['c', 'a', 'b']);
	});

	it('links both ends of every edge', () => {
		const m = neighboursOf([
			{ source: 'a', target: 'b' },
			{ source: 'a', target: 'c' }
		]);
		expect([...m.get('a')!].sort()).toEqual(['b', 'c']);
		expect([...m.get('c')!]).toEqual(['a']);
		expect(m.has('d')).toBe(false);
	});
});

describe('tipText', () => {
	const info = infoOf(['kz-border', 'kg-customs', 'lv-guard', 'osce', 'unodc']);
	const edges: NetworkEdgeRow[] = [
		{ source: 'kz-border', target: 'osce', n: 2, total: 6 },
		{ source: 'kg-customs', target: 'kz-border', n: 4, total: 4 },
		{ source: 'kz-border', target: 'lv-guard', n: 2, total: 3 },
		{ source: 'kz-border', target: 'unodc', n: 1, total: 9 },
		{ source: 'lv-guard', target: 'osce', n: 7, total: 7 }
	];

	it('names the three heaviest partners under the filters, with their share of the total', () => {
		expect(tipText({ id: 'kz-border', n: 5, total: 12 }, edges, info, en.T)).toEqual({
			name: 'Border Service of Kazakhstan',
			country: 'Kazakhstan',
			events: '5 of 12 events',
			partners: 'Most shared events with: KG Customs (4), OSCE (2 of 6), LV Border Guard (2 of 3)'
		});
	});

	it('says so when the node shares no event, in Russian too', () => {
		const tip = tipText({ id: 'unodc', n: 1, total: 1 }, [], infoOf(['unodc'], ru), ru.T);
		expect(tip).toMatchObject({ events: '1 событие', partners: 'Общих событий нет' });
	});

	it('has nothing to say about a node it does not know', () => {
		expect(tipText({ id: 'nobody', n: 1, total: 1 }, edges, info, en.T)).toBeNull();
	});
});

describe('legendCountries', () => {
	it('lists the programme’s countries drawn in their fixed order, then one swatch for the rest', () => {
		const info = infoOf(['lv-guard', 'kg-customs', 'osce', 'kz-border']);
		expect(legendCountries(info.values(), reg.countryNames, en.T)).toEqual([
			{ name: 'Kazakhstan', colour: COUNTRY_COLOUR.KAZ },
			{ name: 'Kyrgyzstan', colour: COUNTRY_COLOUR.KGZ },
			{ name: 'Other countries', colour: OTHER_COLOUR }
		]);
	});

	it('leaves out the other countries’ swatch when only the programme’s and partners are drawn', () => {
		const info = infoOf(['kg-customs', 'osce']);
		expect(legendCountries(info.values(), reg.countryNames, en.T).map((c) => c.name)).toEqual(['Kyrgyzstan']);
	});
});

describe('tableRows', () => {
	it('follows the ranking, skips ids without rows and marks the selected', () => {
		const info = infoOf(['kz-border', 'osce']);
		const rows = new Map([
			['osce', { id: 'osce', n: 3, total: 8 }],
			['kz-border', { id: 'kz-border', n: 0, total: 2 }]
		]);
		const table = tableRows(['osce', 'ghost', 'kz-border'], info, rows, new Set(['kz-border']));
		expect(table.map((r) => [r.id, r.n, r.total, r.selected, r.label])).toEqual([
			['osce', 3, 8, false, 'OSCE'],
			['kz-border', 0, 2, true, 'KZ Border Service']
		]);
	});
});

describe('ShapeMemo', () => {
	const nodes = (ns: number[]): NetworkNodeRow[] => [
		{ id: 'a', n: ns[0], total: 9 },
		{ id: 'b', n: ns[1], total: 4 }
	];
	const edges = (n: number, total = 3): NetworkEdgeRow[] => [{ source: 'a', target: 'b', n, total }];

	it('hands back the same shape while only the filtered counts change', () => {
		const memo = new ShapeMemo();
		const first = memo.of(nodes([9, 4]), edges(3));
		expect(memo.of(nodes([2, 1]), edges(1))).toBe(first);
		expect(memo.of(nodes([0, 0]), edges(0))).toBe(first);
	});

	it('gives a new shape when an id, a total or the order changes', () => {
		const memo = new ShapeMemo();
		const first = memo.of(nodes([9, 4]), edges(3));
		const moreEvents = memo.of(nodes([9, 4]), edges(3, 5));
		expect(moreEvents).not.toBe(first);
		expect(moreEvents.edges[0].total).toBe(5);
		const reordered = memo.of([...nodes([9, 4])].reverse(), edges(3, 5));
		expect(reordered).not.toBe(moreEvents);
		const fewer = memo.of(nodes([9, 4]).slice(0, 1), []);
		expect(fewer.nodes.map((n) => n.id)).toEqual(['a']);
		expect(memo.of(nodes([9, 4]).slice(0, 1), [])).toBe(fewer);
	});
});
