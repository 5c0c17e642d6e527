// The event list's words in English and Russian.
import { formatNumber } from '../format';

export const LIST_TEXT = {
	en: {
		heading: (n: number) => `Events (${formatNumber(n)})`,
		date: 'Date',
		event: 'Event',
		place: 'Place',
		kind: 'Kind',
		topic: 'Topic',
		partners: 'Partners',
		sortBy: (col: string) => `Sort by ${col.toLowerCase()}`,
		none: 'No event matches the current filters. Remove a filter or press “Clear all”.',
		noneFor: (q: string) => `No event mentions “${q}” under the current filters. Try fewer letters, or remove a filter.`,
		open: (title: string) => `Show the source of “${title}”`,
		countryOnly: 'somewhere in the country: no city named',
		inferredYear: 'year inferred from neighbouring items',
		invalid: 'the source gives an impossible date; day clamped',
		endUnknown: 'only the first day is known',
		yearUnknown: 'the source states no year',
		undatedHeading: (n: number, shown: number) =>
			shown < n ? `No date (${formatNumber(shown)} of ${formatNumber(n)} on this page)` : `No date (${formatNumber(n)})`,
		undatedWhy: 'The source gives no day (“mid-February”, “April 2017”, deliveries over months). These events count under every filter but time.',
		leftOut: (n: number) =>
			`${formatNumber(n)} ${n === 1 ? 'event has' : 'events have'} no date and ${n === 1 ? 'is' : 'are'} left out by the time window.`,
		search: 'Search events',
		searchHint: 'Title, place, organisation or source text…',
		searchTitle: 'Finds events whose title, place, organisations or source text contain these letters (any case, with or without accents, English or Russian). Enter searches at once.',
		pages: 'Pages of the list',
		prev: 'Previous',
		next: 'Next',
		prevTitle: 'The previous page of events',
		nextTitle: 'The next page of events',
		loading: 'Loading…'
	},
	ru: {
		heading: (n: number) => `События (${formatNumber(n, 'ru')})`,
		date: 'Дата',
		event: 'Событие',
		place: 'Место',
		kind: 'Вид',
		topic: 'Тема',
		partners: 'Партнёры',
		sortBy: (col: string) => `Сортировать: ${col.toLowerCase()}`,
		none: 'Ни одно событие не соответствует текущим фильтрам. Снимите фильтр или нажмите «Сбросить всё».',
		noneFor: (q: string) => `Ни в одном событии нет «${q}» при текущих фильтрах. Сократите запрос или снимите фильтр.`,
		open: (title: string) => `Показать источник «${title}»`,
		countryOnly: 'где-то в стране: город не назван',
		inferredYear: 'год восстановлен по соседним сообщениям',
		invalid: 'в источнике несуществующая дата; день исправлен',
		endUnknown: 'известен только первый день',
		yearUnknown: 'в источнике не указан год',
		undatedHeading: (n: number, shown: number) =>
			shown < n ? `Без даты (${formatNumber(shown, 'ru')} из ${formatNumber(n, 'ru')} на этой странице)` : `Без даты (${formatNumber(n, 'ru')})`,
		undatedWhy: 'В источнике не указан день («в середине февраля», «в апреле 2017 года», поставки в течение месяцев). Эти события учитываются во всех фильтрах, кроме времени.',
		leftOut: (n: number) => `${formatNumber(n, 'ru')} ${n % 10 === 1 && n % 100 !== 11 ? 'событие без даты не входит' : 'событий без даты не входят'} в выбранный период.`,
		search: 'Поиск событий',
		searchHint: 'Название, место, организация или текст…',
		searchTitle: 'Находит события, в названии, месте, организациях или тексте источника которых есть эти буквы (регистр и диакритика не важны, русский или английский). Enter — искать сразу.',
		pages: 'Страницы списка',
		prev: 'Назад',
		next: 'Далее',
		prevTitle: 'Предыдущая страница событий',
		nextTitle: 'Следующая страница событий',
		loading: 'Загрузка…'
	}
};
