// The map's words in both languages: its controls, legend, tooltips, failure notices and the table alternative.
import { ruForm } from '../format';

export const TEXT = {
	en: {
		region: 'Map of Central Asia',
		canvas: 'Map of Central Asia. Arrow keys pan, plus and minus zoom.',
		zoomIn: 'Zoom the map in',
		zoomOut: 'Zoom the map out',
		reset: 'Show all of Central Asia',
		legend: 'Legend',
		legendSize: 'events at a place',
		legendCountryOnly: 'events at a country only',
		legendFlow: 'participant country → host',
		legendStrongest: (shown: number, total: number) => `strongest ${shown} of ${total} flows`,
		legendGroup: 'several places (click to zoom in)',
		layers: 'Layers',
		layersTitle: 'Show or hide the map’s layers',
		layerFlows: 'Flows',
		layerHosts: 'Host places',
		layerShading: 'Country shading',
		groupTitle: (places: number) => `${places} places`,
		groupDetail: (n: number) => `${n} ${n === 1 ? 'event' : 'events'} · click to zoom in`,
		legendSelected: 'selected',
		legendShade: 'country activity',
		legendBox: 'Shift-drag: select a box',
		credit: 'Boundaries: Natural Earth',
		events: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
		selectedOf: (sel: number, n: number) => `${sel} of ${n} selected`,
		countryOnly: 'country only',
		countryEvents: (n: number, hosted: number) =>
			n ? `${n} ${n === 1 ? 'event' : 'events'} hosted or attended (${hosted} hosted)` : 'No events under the current filters',
		noWebgl: 'The map cannot be drawn: this browser offers no WebGL 2. The places that hosted events are listed here instead.',
		mapFailed: (why: string) => `The map cannot be drawn (${why}). The places that hosted events are listed here instead.`,
		noBasemap: 'The country outlines (data/basemap.json) could not be loaded.',
		tableCaption: 'Places that hosted events, with the number of events under the current filters',
		colPlace: 'Place',
		colCountry: 'Country',
		colEvents: 'Events',
		colSelect: 'Select',
		select: (name: string) => `Select ${name}`,
		deselect: (name: string) => `Deselect ${name}`
	},
	ru: {
		region: 'Карта Центральной Азии',
		canvas: 'Карта Центральной Азии. Стрелки сдвигают карту, плюс и минус меняют масштаб.',
		zoomIn: 'Приблизить карту',
		zoomOut: 'Отдалить карту',
		reset: 'Показать всю Центральную Азию',
		legend: 'Легенда',
		legendSize: 'события в городе',
		legendCountryOnly: 'события без города, только страна',
		legendFlow: 'страна участников → место проведения',
		legendStrongest: (shown: number, total: number) => `${shown} сильнейших из ${total} потоков`,
		legendGroup: 'несколько мест (щелчок приближает)',
		layers: 'Слои',
		layersTitle: 'Показать или скрыть слои карты',
		layerFlows: 'Потоки',
		layerHosts: 'Места проведения',
		layerShading: 'Заливка стран',
		groupTitle: (places: number) => `${places} ${ruForm(places, 'место', 'места', 'мест')}`,
		groupDetail: (n: number) => `${n} ${ruForm(n, 'событие', 'события', 'событий')} · щелчок приближает`,
		legendSelected: 'выбрано',
		legendShade: 'активность страны',
		legendBox: 'Shift + перетаскивание: выбор рамкой',
		credit: 'Границы: Natural Earth',
		events: (n: number) => `${n} ${ruForm(n, 'событие', 'события', 'событий')}`,
		selectedOf: (sel: number, n: number) => `выбрано ${sel} из ${n}`,
		countryOnly: 'только страна',
		countryEvents: (n: number, hosted: number) =>
			n
				? `${n} ${ruForm(n, 'событие', 'события', 'событий')} проведено или с участием страны (проведено здесь: ${hosted})`
				: 'Нет событий при текущих фильтрах',
		noWebgl: 'Карту нельзя нарисовать: браузер не поддерживает WebGL 2. Вместо неё здесь перечислены места проведения событий.',
		mapFailed: (why: string) => `Карту нельзя нарисовать (${why}). Вместо неё здесь перечислены места проведения событий.`,
		noBasemap: 'Не удалось загрузить контуры стран (data/basemap.json).',
		tableCaption: 'Места проведения событий и число событий при текущих фильтрах',
		colPlace: 'Место',
		colCountry: 'Страна',
		colEvents: 'События',
		colSelect: 'Выбор',
		select: (name: string) => `Выбрать: ${name}`,
		deselect: (name: string) => `Снять выбор: ${name}`
	}
};

export type MapText = (typeof TEXT)['en'];

/** Thrown when the browser has no WebGL 2; worded in the page's language when shown. */
export const NO_WEBGL = 'no-webgl2';

/** Why the table stands in for the map: a missing WebGL 2 in plain words, any other failure with its own message. */
export function failureText(T: MapText, failure: string): string {
	return failure === NO_WEBGL ? T.noWebgl : T.mapFailed(failure);
}
