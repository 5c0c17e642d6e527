// The page's own words: its title and lede, an event source that failed to open, the count's caption, the clear button, the panels' names, the debug footer.
export const PAGE_TEXT = {
	en: {
		title: 'BOMCA activity atlas',
		lede: 'Border Management Programme in Central Asia: where, when and with whom it worked',
		sourceFailed: (why: string) => `The event's source could not be opened: ${why}`,
		of: (data: string) => `of ${data}`,
		events: 'events',
		clear: 'Clear all',
		clearTitle: 'Remove every filter and selection',
		map: 'Where',
		timeline: 'When',
		network: 'With whom',
		updated: (ms: number) => `Views updated in ${ms} ms`
	},
	ru: {
		title: 'Атлас деятельности BOMCA',
		sourceFailed: (why: string) => `Не удалось открыть источник события: ${why}`,
		lede: 'Программа содействия управлению границами в Центральной Азии: где, когда и с кем она работала',
		of: (data: string) => `из ${data}`,
		events: 'событий',
		clear: 'Сбросить всё',
		clearTitle: 'Снять все фильтры и выделения',
		map: 'Где',
		timeline: 'Когда',
		network: 'С кем',
		updated: (ms: number) => `Представления обновлены за ${ms} мс`
	}
};
