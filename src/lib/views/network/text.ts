// The network's words in both languages: the level and view switches, the link threshold, the neighbourhood, the matrix, the picture's label, the tooltip, the legends and the table.
import type { NetworkLevel } from '$lib/crossfilter/queries';
import { formatNumber, ruForm } from '../format';

export const TEXT = {
	en: {
		loading: 'Loading…',
		levelGroup: 'Show the network of',
		agencies: 'Agencies',
		countries: 'Countries',
		svgLabel: (level: NetworkLevel) =>
			`${level === 'org' ? 'Network of agencies and partners' : 'Network of countries and partners'} that attended the same events. ` +
			'Arrow keys move between them, largest first; Enter or Space selects, with Shift adds to the selection; plus and minus zoom, 0 resets.',
		international: 'International',
		countryNode: 'All agencies of the country',
		events: (n: number, total: number) => (n === total ? `${total} ${total === 1 ? 'event' : 'events'}` : `${n} of ${total} events`),
		worksWith: 'Most shared events with',
		ofTotal: (n: number, total: number) => `${n} of ${total}`,
		noneShared: 'No shared events',
		legendSizes: 'Legend: sizes',
		legendColours: 'Legend: colours',
		otherCountries: 'Other countries',
		partners: 'International partners',
		size: 'events',
		width: 'shared events',
		resetZoom: 'Reset zoom',
		tableCaption: (level: NetworkLevel): string =>
			level === 'org' ? 'Agencies and partners in the network' : 'Countries and partners in the network',
		name: 'Name',
		country: 'Country',
		eventsColumn: 'Events',
		select: 'Select',
		selectedMark: 'selected',
		viewGroup: 'Show as',
		graph: 'Graph',
		matrix: 'Matrix',
		strongest: (n: number, m: number) =>
			n >= m ? `All ${formatNumber(m)} ${m === 1 ? 'link' : 'links'}` : `Strongest ${formatNumber(n)} of ${formatNumber(m)} links`,
		thresholdInput: 'Links drawn, strongest first',
		fewer: 'Fewer links',
		more: 'More links',
		workedWith: (name: string) => `${name} worked with`,
		neighboursGroup: 'Who the selection worked with',
		sharedEvents: (n: number, total: number) => (n === total ? `${n}` : `${n} / ${total}`),
		sharedHint: 'Shared events (under the other filters / in all)',
		noNeighbours: 'No shared events',
		matrixCaption: (level: NetworkLevel) =>
			`Shared events: ${level === 'org' ? 'agencies' : 'countries'} (rows) with international partners (columns)`,
		matrixEmpty: 'No events shared between partners and agencies',
		cell: (row: string, col: string, n: number) => `${row} with ${col}: ${n} shared ${n === 1 ? 'event' : 'events'}`
	},
	ru: {
		loading: 'Загрузка…',
		levelGroup: 'Показать сеть',
		agencies: 'Ведомства',
		countries: 'Страны',
		svgLabel: (level: NetworkLevel) =>
			`${level === 'org' ? 'Сеть ведомств и партнёров' : 'Сеть стран и партнёров'}, участвовавших в одних и тех же событиях. ` +
			'Стрелки переходят между ними, начиная с крупнейших; Enter или пробел выбирает, с Shift — добавляет к выбору; плюс и минус меняют масштаб, 0 сбрасывает.',
		international: 'Международная организация',
		countryNode: 'Все ведомства страны',
		events: (n: number, total: number) =>
			n === total
				? `${total} ${ruForm(total, 'событие', 'события', 'событий')}`
				: `${n} из ${total} ${ruForm(total, 'события', 'событий', 'событий')}`,
		worksWith: 'Больше всего общих событий с',
		ofTotal: (n: number, total: number) => `${n} из ${total}`,
		noneShared: 'Общих событий нет',
		legendSizes: 'Легенда: размеры',
		legendColours: 'Легенда: цвета',
		otherCountries: 'Другие страны',
		partners: 'Международные партнёры',
		size: 'события',
		width: 'общие события',
		resetZoom: 'Сбросить масштаб',
		tableCaption: (level: NetworkLevel): string => (level === 'org' ? 'Ведомства и партнёры в сети' : 'Страны и партнёры в сети'),
		name: 'Название',
		country: 'Страна',
		eventsColumn: 'События',
		select: 'Выбрать',
		selectedMark: 'выбрано',
		viewGroup: 'Показать как',
		graph: 'Граф',
		matrix: 'Матрица',
		strongest: (n: number, m: number) =>
			n >= m ? `Все связи: ${formatNumber(m, 'ru')}` : `Самые сильные связи: ${formatNumber(n, 'ru')} из ${formatNumber(m, 'ru')}`,
		thresholdInput: 'Сколько связей показать, начиная с сильнейших',
		fewer: 'Меньше связей',
		more: 'Больше связей',
		workedWith: (name: string) => `${name}: с кем работали`,
		neighboursGroup: 'С кем работал выбранный участник',
		sharedEvents: (n: number, total: number) => (n === total ? `${n}` : `${n} / ${total}`),
		sharedHint: 'Общие события (при других фильтрах / всего)',
		noNeighbours: 'Общих событий нет',
		matrixCaption: (level: NetworkLevel) =>
			`Общие события: ${level === 'org' ? 'ведомства' : 'страны'} (строки) и международные партнёры (столбцы)`,
		matrixEmpty: 'Общих событий партнёров и ведомств нет',
		cell: (row: string, col: string, n: number) => `${row} и ${col}: ${n} ${ruForm(n, 'общее событие', 'общих события', 'общих событий')}`
	}
};

export type Text = (typeof TEXT)['en'];
