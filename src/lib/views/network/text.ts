// The network's words in both languages: the level switch, the picture's label, the tooltip, the legends and the table.
import type { NetworkLevel } from '$lib/crossfilter/queries';
import { ruForm } from '../format';

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
		selectedMark: 'selected'
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
		selectedMark: 'выбрано'
	}
};

export type Text = (typeof TEXT)['en'];
