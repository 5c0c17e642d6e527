// The registry of the selection's dimensions and the page's URL parameters: names in both languages, how values are named, what each parameter holds.
import type { Lang } from '$lib/i18n/lang';
import type { Names } from '$lib/views/format';
import type { Dimension } from './selection';

/** The dimensions that hold a list of ids, in the URL's parameter order (each is its own parameter). */
export const LIST_DIMENSIONS = ['partner', 'country', 'place', 'org', 'kind', 'topic'] as const;
export type ListDimension = (typeof LIST_DIMENSIONS)[number];

interface DimensionWords {
	/** One selected dimension, as the pills, the scenes' summaries and the exports say it ("Partner: OSCE"). */
	label: string;
	/** The filter column's heading for the group of its values. */
	group: string;
}

const WORDS: Record<Lang, Record<Dimension, DimensionWords>> = {
	en: {
		time: { label: 'Dates', group: 'Dates' },
		place: { label: 'Place', group: 'Places' },
		country: { label: 'Country', group: 'Countries' },
		org: { label: 'Organisation', group: 'Organisations' },
		partner: { label: 'Partner', group: 'Partners' },
		kind: { label: 'Kind', group: 'Kind of activity' },
		topic: { label: 'Topic', group: 'Topic' },
		q: { label: 'Search', group: 'Search' }
	},
	ru: {
		time: { label: 'Даты', group: 'Даты' },
		place: { label: 'Место', group: 'Места' },
		country: { label: 'Страна', group: 'Страны' },
		org: { label: 'Организация', group: 'Организации' },
		partner: { label: 'Партнёр', group: 'Партнёры' },
		kind: { label: 'Вид', group: 'Вид мероприятия' },
		topic: { label: 'Тема', group: 'Тема' },
		q: { label: 'Поиск', group: 'Поиск' }
	}
};

/** A dimension's name for one selected filter ("Partner"), in `lang`. */
export function dimensionLabel(dim: Dimension, lang: Lang): string {
	return WORDS[lang][dim].label;
}

/** A dimension's heading over its group of values ("Partners"), in `lang`. */
export function dimensionGroup(dim: Dimension, lang: Lang): string {
	return WORDS[lang][dim].group;
}

/** Every dimension's label in `lang`, keyed by dimension. */
export function dimensionLabels(lang: Lang): Record<Dimension, string> {
	return Object.fromEntries(Object.entries(WORDS[lang]).map(([d, w]) => [d, w.label])) as Record<Dimension, string>;
}

/** The display name of one selected value of a list dimension, in the language `names` was built for. */
export function valueName(dim: ListDimension, v: string, names: Names): string {
	switch (dim) {
		case 'place':
			return names.place(v);
		case 'country':
			return names.country(v);
		case 'org':
		case 'partner':
			return names.org(v);
		case 'kind':
			return names.kind(v);
		case 'topic':
			return names.topic(v);
	}
}

/** The words searched for, as the pills, summaries and exports show them: in quotes. */
export function searchWords(q: string, lang: Lang): string {
	return lang === 'ru' ? `«${q}»` : `“${q}”`;
}

export function isListDimension(param: string): param is ListDimension {
	return (LIST_DIMENSIONS as readonly string[]).includes(param);
}

/** What the page reads from its query string. Kept beside the dimensions so the contract is listed in one place. */
export const URL_PARAMS = {
	from: 'first day of the time window, YYYY-MM-DD',
	to: 'last day of the time window, YYYY-MM-DD',
	partner: 'partner organisations, comma-separated (any accepted spelling)',
	pmode: '`all`: events with every chosen partner (default: any of them)',
	country: 'countries, ISO 3166 alpha-3, comma-separated',
	place: 'place ids, comma-separated',
	org: 'organisation ids, comma-separated',
	kind: 'kinds of activity, comma-separated',
	topic: 'topic ids, comma-separated',
	q: 'words searched in titles, places, organisations and source text (case and accents ignored)',
	net: '`country`: the network by country (default: by agency)',
	lang: '`en` or `ru`',
	data: 'a generated benchmark dataset, e.g. `bench-10000`',
	present: '`1`: presentation mode',
	deck: 'a shared deck of scenes',
	scene: 'the scene shown, counted from 1'
} as const;
export type UrlParam = keyof typeof URL_PARAMS;
