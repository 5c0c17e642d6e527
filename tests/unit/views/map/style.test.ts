// The MapLibre style: its files where it is told, every layer on a declared source, the drawing order, labels in either language.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { COUNTRY_LABEL_LAYERS, COUNTRY_LAYER, MARK_LAYERS, buildStyle, countryLabelField } from '../../../../src/lib/views/map/style';
import { diamondSpec } from '../../../../src/lib/views/map/diamond';

const files = { latinFont: 'https://atlas.test/latin.woff2', cyrillicFont: 'https://atlas.test/cyrillic.woff2', basemap: 'https://atlas.test/data/basemap.json' };
const style = buildStyle(files, 'en');
const ids = style.layers.map((l) => l.id);
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification & { layout?: Record<string, unknown> };

describe('buildStyle', () => {
	it('reads the basemap and both fonts from the URLs it is given, and hosts and flows start empty', () => {
		expect(style.sources.countries).toMatchObject({ type: 'geojson', data: files.basemap, promoteId: 'iso3' });
		expect(style.sources.hosts).toMatchObject({ data: { type: 'FeatureCollection', features: [] }, promoteId: 'key' });
		expect(style.sources.flows).toMatchObject({ promoteId: 'fid' });
		const faces = JSON.stringify(style['font-faces']);
		expect(faces).toContain(files.latinFont);
		expect(faces).toContain(files.cyrillicFont);
		// No glyph server: labels are drawn from the shipped fonts.
		expect(style.glyphs).toBeUndefined();
	});

	it('has unique layers, each on a declared source, including those the map picks from and relabels', () => {
		expect(new Set(ids).size).toBe(ids.length);
		for (const l of style.layers) if ('source' in l) expect(Object.keys(style.sources)).toContain(l.source);
		for (const id of [...MARK_LAYERS, COUNTRY_LAYER, ...COUNTRY_LABEL_LAYERS]) expect(ids).toContain(id);
	});

	it('draws water, land, flows and marks from the bottom up, with the programme countries’ names on top', () => {
		const at = (id: string) => ids.indexOf(id);
		expect(at('water')).toBe(0);
		expect(at(COUNTRY_LAYER)).toBeLessThan(at('flows'));
		expect(at('flows')).toBeLessThan(at('host-circles'));
		expect(at('host-circles')).toBeLessThan(at('host-selected-part'));
		expect(at('neighbour-labels')).toBeLessThan(at('city-labels'));
		expect(ids[ids.length - 1]).toBe('programme-labels');
	});

	it('asks only for diamond images the map can make', () => {
		for (const id of ['country-marks', 'country-marks-selected-part', 'country-marks-outline']) {
			const image = layer(id).layout?.['icon-image'];
			if (typeof image === 'string') expect(diamondSpec(image)).not.toBeNull();
			else expect(JSON.stringify(image)).toContain('"diamond:"');
		}
		expect(diamondSpec('diamond:#0072b2')).not.toBeNull();
	});
});

describe('country labels', () => {
	it('are English names, or Russian ones where the basemap has them', () => {
		expect(countryLabelField('en')).toEqual(['get', 'name']);
		expect(countryLabelField('ru')).toEqual(['coalesce', ['get', 'name_ru'], ['get', 'name']]);
	});
	it('follow the language the style is built in', () => {
		const ru = buildStyle(files, 'ru');
		for (const id of COUNTRY_LABEL_LAYERS) {
			const l = ru.layers.find((x) => x.id === id) as { layout: Record<string, unknown> };
			expect(l.layout['text-field']).toEqual(countryLabelField('ru'));
		}
		expect(layer('programme-labels').layout?.['text-field']).toEqual(countryLabelField('en'));
	});
});
