// The filter panel's words: the header's Filters button, the panel's head and close button.
import { ruForm } from '../format';

export const FILTERS_TEXT = {
	en: {
		open: (n: number) => (n ? `Filters (${n})` : 'Filters'),
		openTitle: 'Show the filters: partners, countries, kinds of event, topics',
		heading: 'Filters',
		close: 'Close the filters',
		shows: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`
	},
	ru: {
		open: (n: number) => (n ? `Фильтры (${n})` : 'Фильтры'),
		openTitle: 'Показать фильтры: партнёры, страны, виды мероприятий, темы',
		heading: 'Фильтры',
		close: 'Закрыть фильтры',
		shows: (n: number) => `${n} ${ruForm(n, 'событие', 'события', 'событий')}`
	}
};
