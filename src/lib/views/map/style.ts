// The map's MapLibre style: the local basemap, the hosts' and flows' sources, and every layer's paint and layout expressions.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CENTRAL_ASIA } from '$lib/model/event';
import type { Lang } from '$lib/i18n/lang';
import { ACCENT, DIAMOND_STRETCH, MAP_COLOURS } from '../palette';
import { DIAMOND_HALF } from './diamond';
import { ORIGIN_R } from './features';

const PROGRAMME: string[] = [...CENTRAL_ASIA];
const isProgramme: ExpressionSpecification = ['in', ['get', 'iso3'], ['literal', PROGRAMME]];
const share: ExpressionSpecification = ['coalesce', ['feature-state', 'share'], 0];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** A mark's drawn value: paint reads the feature-state (set on every update), layout reads the properties (see sync.ts). */
const drawn = (key: string, fallback: number | boolean): ExpressionSpecification => ['coalesce', ['feature-state', key], fallback];
/** A place inside a group at this zoom (grouping.ts): drawn as nothing until it splits off again. */
const grouped: ExpressionSpecification = ['boolean', ['feature-state', 'grouped'], false];
const stateR: ExpressionSpecification = ['case', grouped, 0, drawn('r', 0)];
const stateSel: ExpressionSpecification = ['case', grouped, 0, drawn('rSel', 0)];
const isCity: ExpressionSpecification = ['==', ['get', 'kind'], 'city'];
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };
const FONT = ['Noto Sans Regular'];

/** The layers a pointer picks marks from. */
export const MARK_LAYERS = ['country-marks', 'host-circles', 'host-outline'];
/** The layer a pointer picks groups of places from. */
export const GROUP_LAYER = 'group-circles';
/** The layer a pointer picks countries from. */
export const COUNTRY_LAYER = 'country-fill';

/** Where the style's files are, as absolute URLs (MapLibre fetches them from its worker). */
export interface StyleFiles {
	latinFont: string;
	cyrillicFont: string;
	basemap: string;
}

/** The whole style: the basemap's sources and layers, empty hosts and flows filled in later, country names in `lang`. */
export function buildStyle(files: StyleFiles, lang: Lang): StyleSpecification {
	return {
		version: 8,
		// No `glyphs`: MapLibre draws label glyphs in the page, from the font files shipped with the site.
		'font-faces': {
			'Noto Sans Regular': [
				{
					url: files.latinFont,
					'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212']
				},
				{ url: files.cyrillicFont, 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] }
			]
		},
		sources: {
			countries: { type: 'geojson', data: files.basemap, promoteId: 'iso3' },
			flows: { type: 'geojson', data: emptyCollection, promoteId: 'fid' },
			hosts: { type: 'geojson', data: emptyCollection, promoteId: 'key' },
			groups: { type: 'geojson', data: emptyCollection, promoteId: 'id' }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': MAP_COLOURS.water } },
			{
				id: COUNTRY_LAYER,
				type: 'fill',
				source: 'countries',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: {
					'fill-color': landFill(true),
					// The border layer draws the edges; the fill's own antialiased outline would draw them again, and
					// with software WebGL that second pass costs ~10 ms of every brush step's frame.
					'fill-antialias': false
				}
			},
			{
				id: 'country-border',
				type: 'line',
				source: 'countries',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: {
					'line-color': ['case', isProgramme, MAP_COLOURS.border.programme.colour, MAP_COLOURS.border.other.colour],
					'line-width': ['case', isProgramme, MAP_COLOURS.border.programme.width, MAP_COLOURS.border.other.width]
				}
			},
			{
				id: 'country-selected',
				type: 'line',
				source: 'countries',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: {
					'line-color': ACCENT,
					'line-width': 2.5,
					'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0]
				}
			},
			// Flows lie under every mark, light, so the marks stay readable however many arcs meet at them.
			{
				id: 'flows',
				type: 'line',
				source: 'flows',
				filter: ['==', ['get', 'part'], 'arc'],
				layout: { 'line-cap': 'round' },
				paint: { 'line-color': ['get', 'colour'], 'line-width': drawn('width', 0), 'line-opacity': drawn('alpha', 0) }
			},
			{
				id: 'flow-heads',
				type: 'symbol',
				source: 'flows',
				filter: ['==', ['get', 'part'], 'head'],
				layout: {
					'icon-image': ['concat', 'flow-head:', ['get', 'colour']],
					'icon-size': ['get', 'size'],
					'icon-rotate': ['get', 'bearing'],
					'icon-rotation-alignment': 'map',
					'icon-allow-overlap': true,
					'icon-ignore-placement': true
				},
				paint: { 'icon-opacity': drawn('alpha', 0) }
			},
			markCircles('flow-origins', 'flows', ['==', ['get', 'part'], 'origin'], ORIGIN_R, drawn('alpha', 0), 1.2, drawn('alpha', 0)),
			markCircles(
				'host-circles',
				'hosts',
				isCity,
				stateR,
				drawn('alpha', 0),
				['case', hovered, 2.5, 1],
				['case', ['>', stateR, 0], ['max', drawn('alpha', 0), 0.5], 0]
			),
			markCircles('host-selected-part', 'hosts', isCity, stateSel, ['case', ['>', stateSel, 0], 1, 0], 1, ['case', ['>', stateSel, 0], 1, 0]),
			{
				id: 'host-outline',
				type: 'circle',
				source: 'hosts',
				filter: ['==', ['get', 'kind'], 'city'],
				paint: {
					'circle-radius': ['max', ['+', stateR, 2.5], 5],
					'circle-opacity': 0,
					'circle-stroke-color': ACCENT,
					'circle-stroke-width': 2.5,
					'circle-stroke-opacity': ['case', ['==', drawn('selected', false), true], 1, 0]
				}
			},
			{
				id: GROUP_LAYER,
				type: 'circle',
				source: 'groups',
				paint: {
					// Sized by feature-state as a brush moves (the group's places as they are now); its data comes at rest.
					'circle-radius': ['coalesce', ['feature-state', 'r'], ['get', 'r']],
					'circle-color': ['get', 'colour'],
					'circle-opacity': 0.9,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			},
			{
				id: 'group-labels',
				type: 'symbol',
				source: 'groups',
				layout: {
					'text-field': ['get', 'label'],
					'text-font': FONT,
					'text-size': 11.5,
					'text-allow-overlap': true,
					'text-ignore-placement': true
				},
				paint: { 'text-color': '#ffffff', 'text-halo-color': 'rgba(0,0,0,0.35)', 'text-halo-width': 1 }
			},
			countryLabels('neighbour-labels', false, lang),
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'hosts',
				filter: ['all', ['==', ['get', 'kind'], 'city'], ['>', ['get', 'n'], 0], ['!=', ['get', 'grouped'], true]],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': 12.5,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': ['+', 0.35, ['/', ['get', 'r'], 12.5]],
					'symbol-sort-key': ['-', 0, ['get', 'n']]
				},
				paint: {
					'text-color': MAP_COLOURS.cityName.colour,
					'text-halo-color': MAP_COLOURS.cityName.halo,
					'text-halo-width': 1.6,
					'text-opacity': ['case', grouped, 0, ['==', drawn('dim', false), true], 0.55, 1]
				}
			},
			{
				id: 'country-marks',
				type: 'symbol',
				source: 'hosts',
				filter: ['all', ['==', ['get', 'kind'], 'country'], ['>', ['get', 'r'], 0]],
				layout: {
					'icon-image': ['concat', 'diamond:', ['get', 'colour']],
					'icon-size': ['/', ['*', ['get', 'r'], DIAMOND_STRETCH], DIAMOND_HALF],
					'icon-allow-overlap': true
				},
				paint: { 'icon-opacity': drawn('alpha', 0) }
			},
			{
				id: 'country-marks-selected-part',
				type: 'symbol',
				source: 'hosts',
				filter: ['all', ['==', ['get', 'kind'], 'country'], ['>', ['get', 'rSel'], 0]],
				layout: {
					'icon-image': ['concat', 'diamond:', ['get', 'colour']],
					'icon-size': ['/', ['*', ['get', 'rSel'], DIAMOND_STRETCH], DIAMOND_HALF],
					'icon-allow-overlap': true,
					'icon-ignore-placement': true
				}
			},
			{
				id: 'country-marks-outline',
				type: 'symbol',
				source: 'hosts',
				filter: ['==', ['get', 'kind'], 'country'],
				layout: {
					'icon-image': 'diamond-ring',
					'icon-size': ['/', ['max', ['+', ['*', ['get', 'r'], DIAMOND_STRETCH], 4], 7], DIAMOND_HALF],
					'icon-allow-overlap': true,
					'icon-ignore-placement': true
				},
				paint: { 'icon-opacity': ['case', ['==', drawn('selected', false), true], 1, hovered, 0.6, 0] }
			},
			// On top, so placed first: city labels and country-only marks make way for the programme countries' names.
			countryLabels('programme-labels', true, lang)
		]
	};
}

/** The land's colour: shaded by each country's activity, or (the shading hidden) by programme or not alone. */
export function landFill(shaded: boolean): ExpressionSpecification {
	const ramp = (colours: readonly string[]): ExpressionSpecification =>
		shaded ? ['interpolate', ['linear'], share, 0, colours[0], 1, colours[1]] : ['to-color', colours[0]];
	return ['case', isProgramme, ramp(MAP_COLOURS.land.programme), ramp(MAP_COLOURS.land.other)];
}

type Paint = number | ExpressionSpecification;

/** Filled circles in each feature's colour with a white edge: flow origins, host places and their selected parts. */
function markCircles(id: string, source: string, filter: ExpressionSpecification, r: Paint, opacity: Paint, strokeWidth: Paint, strokeOpacity: Paint): LayerSpecification {
	return {
		id,
		type: 'circle',
		source,
		filter,
		paint: {
			'circle-radius': r,
			'circle-color': ['get', 'colour'],
			'circle-opacity': opacity,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': strokeWidth,
			'circle-stroke-opacity': strokeOpacity
		}
	};
}

/** Basemap labels: English `name`, or `name_ru` (written by scripts/basemap.ts from the registry) in Russian. */
export function countryLabelField(l: Lang): ExpressionSpecification {
	return l === 'ru' ? ['coalesce', ['get', 'name_ru'], ['get', 'name']] : ['get', 'name'];
}
/** The layers whose text follows the page's language. */
export const COUNTRY_LABEL_LAYERS = ['neighbour-labels', 'programme-labels'];

function countryLabels(id: string, programme: boolean, lang: Lang): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'countries',
		filter: ['all', ['==', ['geometry-type'], 'Point'], programme ? isProgramme : ['!', isProgramme]],
		layout: {
			'text-field': countryLabelField(lang),
			'text-font': FONT,
			'text-size': programme ? 12.5 : 10.5,
			'text-transform': 'uppercase',
			'text-letter-spacing': programme ? 0.1 : 0.06,
			'text-max-width': 7,
			'text-variable-anchor': ['center', 'top', 'bottom'],
			'text-radial-offset': 1
		},
		paint: {
			'text-color': MAP_COLOURS.countryName[programme ? 'programme' : 'other'].colour,
			'text-halo-color': MAP_COLOURS.countryName[programme ? 'programme' : 'other'].halo,
			'text-halo-width': 1.2
		}
	};
}
