// The page's languages: the `lang` URL parameter read into 'en' | 'ru', and the URL that switches language keeping everything else.

import { queryOf } from '$lib/crossfilter/url';

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** What the `lang` parameter said: the language to show, and the raw value when it named no language of the page. */
export interface LangChoice {
	lang: Lang;
	/** The rejected value (shortened), for a notice; null when the parameter was absent or valid. */
	unknown: string | null;
}

/**
 * `lang=ru` (any case, surrounding spaces ignored) is Russian; no parameter, `en` or anything else is English, and only
 * "anything else" earns a notice, so a link that spells out `lang=en` reads as clean.
 */
export function langOf(search: URLSearchParams): LangChoice {
	const raw = search.get('lang');
	if (raw === null) return { lang: 'en', unknown: null };
	const v = raw.trim().toLowerCase();
	if (v === 'ru') return { lang: 'ru', unknown: null };
	if (v === 'en' || v === '') return { lang: 'en', unknown: null };
	return { lang: 'en', unknown: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw };
}

/**
 * The query string (with its "?", or "" for none) that shows `lang` and keeps every other parameter as it is, repeats
 * included: the selection, the network level and any parameter another feature owns survive the switch. English is
 * the default, so it drops the parameter instead of writing `lang=en`.
 */
export function searchWithLang(search: URLSearchParams, lang: Lang): string {
	const next = new URLSearchParams();
	for (const [k, v] of search) if (k !== 'lang') next.append(k, v);
	if (lang !== 'en') next.set('lang', lang);
	const s = queryOf(next);
	return s ? `?${s}` : '';
}
