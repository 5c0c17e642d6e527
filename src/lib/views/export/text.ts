// Words of the Export menu and of the printed summary, in English and Russian.

/** The Export menu: its items, the pictures' view names, labels and credits, and the progress notes. */
export const MENU_TEXT = {
	en: {
		menu: 'Export',
		menuTitle: 'Save the dashboard or a view as a picture, or the selected events as a table',
		dashboard: 'Dashboard (PNG)',
		map: 'Map (PNG)',
		timeline: 'Timeline',
		network: 'Network',
		png: 'PNG',
		svg: 'SVG',
		timelinePng: 'Timeline (PNG)',
		timelineSvg: 'Timeline (SVG)',
		networkPng: 'Network (PNG)',
		networkSvg: 'Network (SVG)',
		events: 'Events (CSV)',
		csv: 'CSV',
		csvTitle: 'Download every selected event as a CSV table (UTF-8, opens in Excel)',
		csvWaiting: 'The table can be saved once the database is ready',
		views: { map: 'Map', timeline: 'Timeline', network: 'Network' },
		labels: { map: 'Where', timeline: 'When', network: 'With whom' },
		working: 'Preparing the file…',
		saved: (file: string) => `Saved ${file}`,
		savedRows: (file: string, n: number) => `Saved ${file} (${n} ${n === 1 ? 'event' : 'events'})`,
		failed: (why: string) => `The export failed: ${why}`,
		noView: 'That view is not on the page',
		noMap: 'The map could not be drawn in this browser',
		mapCredit: 'Circle area: events at a place · Boundaries: Natural Earth',
		credit: 'BOMCA activity atlas · Map boundaries: Natural Earth',
		otherCountries: 'Other countries',
		nodes: (n: number, links: number) => `${n} nodes, ${links} links`,
		bars: (n: number) => `${n} events on the timeline`
	},
	ru: {
		menu: 'Экспорт',
		menuTitle: 'Сохранить панель или отдельный вид как изображение, а выбранные события — как таблицу',
		dashboard: 'Вся панель (PNG)',
		map: 'Карта (PNG)',
		timeline: 'Хронология',
		network: 'Сеть',
		png: 'PNG',
		svg: 'SVG',
		timelinePng: 'Хронология (PNG)',
		timelineSvg: 'Хронология (SVG)',
		networkPng: 'Сеть (PNG)',
		networkSvg: 'Сеть (SVG)',
		events: 'События (CSV)',
		csv: 'CSV',
		csvTitle: 'Скачать все выбранные события таблицей CSV (UTF-8, открывается в Excel)',
		csvWaiting: 'Таблицу можно сохранить, когда база данных будет готова',
		views: { map: 'Карта', timeline: 'Хронология', network: 'Сеть' },
		labels: { map: 'Где', timeline: 'Когда', network: 'С кем' },
		working: 'Файл готовится…',
		saved: (file: string) => `Сохранён файл ${file}`,
		savedRows: (file: string, n: number) => `Сохранён файл ${file} (событий: ${n})`,
		failed: (why: string) => `Экспорт не удался: ${why}`,
		noView: 'Этого вида нет на странице',
		noMap: 'Карту не удалось нарисовать в этом браузере',
		mapCredit: 'Площадь круга: число событий в месте · Границы: Natural Earth',
		credit: 'Атлас деятельности BOMCA · Границы на карте: Natural Earth',
		otherCountries: 'Другие страны',
		nodes: (n: number, links: number) => `узлов: ${n}, связей: ${links}`,
		bars: (n: number) => `событий на шкале: ${n}`
	}
};

export type MenuText = (typeof MENU_TEXT)['en'];

/** The printed summary's captions, table heads and notes. */
export const PRINT_TEXT = {
	en: {
		map: 'Where',
		timeline: 'When',
		events: 'Selected events',
		mapAlt: 'Map of Central Asia with the places of the selected events',
		noMap: 'The map could not be drawn in this browser.',
		dates: 'Dates',
		title: 'Title',
		place: 'Place',
		partners: 'Partners',
		more: (n: number) => `… and ${n} more ${n === 1 ? 'event' : 'events'} (Export → Events (CSV) lists them all)`,
		none: 'No event matches the filters.',
		credit: 'Map boundaries: Natural Earth'
	},
	ru: {
		map: 'Где',
		timeline: 'Когда',
		events: 'Выбранные события',
		mapAlt: 'Карта Центральной Азии с местами выбранных событий',
		noMap: 'Карту не удалось нарисовать в этом браузере.',
		dates: 'Даты',
		title: 'Название',
		place: 'Место',
		partners: 'Партнёры',
		more: (n: number) => `… и ещё событий: ${n} (полный список — Экспорт → События (CSV))`,
		none: 'Ни одно событие не подходит под фильтры.',
		credit: 'Границы на карте: Natural Earth'
	}
};
