// Words for exported pictures and the print summary: the active filters in plain language, the event count, the export's date and file names.
import { activeDimensions, type Dimension, type Selection } from '$lib/crossfilter/selection';
import type { Lang } from '$lib/i18n/lang';
import { ruForm, type Names } from '$lib/views/format';

const TEXT = {
	en: {
		title: 'BOMCA activity atlas',
		dim: {
			time: 'Dates',
			place: 'Place',
			country: 'Country',
			org: 'Organisation',
			partner: 'Partner',
			kind: 'Kind',
			topic: 'Topic'
		} as Record<Dimension, string>,
		filters: 'Filters',
		noFilters: 'No filters: all events',
		count: (n: number, total: number | null, f: (x: number) => string) =>
			total === null ? `${f(n)} ${n === 1 ? 'event' : 'events'}` : `${f(n)} of ${f(total)} events`,
		exported: (when: string) => `Exported ${when}`,
		locale: 'en-GB'
	},
	ru: {
		title: 'Атлас деятельности BOMCA',
		dim: {
			time: 'Даты',
			place: 'Место',
			country: 'Страна',
			org: 'Организация',
			partner: 'Партнёр',
			kind: 'Вид',
			topic: 'Тема'
		} as Record<Dimension, string>,
		filters: 'Фильтры',
		noFilters: 'Без фильтров: все события',
		count: (n: number, total: number | null, f: (x: number) => string) =>
			total === null
				? `${f(n)} ${ruForm(n, 'событие', 'события', 'событий')}`
				: `${f(n)} из ${f(total)} ${ruForm(total, 'события', 'событий', 'событий')}`,
		exported: (when: string) => `Экспорт: ${when}`,
		locale: 'ru-RU'
	}
};

/** The dimensions' names in a language, as the filter pills and exported captions say them. */
export function dimensionNames(lang: Lang): Record<Dimension, string> {
	return TEXT[lang].dim;
}

export function exportTitle(lang: Lang): string {
	return TEXT[lang].title;
}

/** The display name of one selected value of a dimension (not time). */
export function valueName(dim: Exclude<Dimension, 'time'>, v: string, names: Names): string {
	if (dim === 'place') return names.place(v);
	if (dim === 'country') return names.country(v);
	if (dim === 'org' || dim === 'partner') return names.org(v);
	if (dim === 'kind') return names.kind(v);
	return names.topic(v);
}

/** "Partner: OSCE, INL" per active dimension, in the page's order and language. */
export function filterParts(sel: Selection, names: Names, lang: Lang): string[] {
	const T = TEXT[lang];
	return activeDimensions(sel).map((dim) => {
		if (dim === 'time') return `${T.dim.time}: ${sel.time ? names.range(sel.time[0], sel.time[1]) : ''}`;
		return `${T.dim[dim]}: ${sel[dim].map((v) => valueName(dim, v, names)).join(', ')}`;
	});
}

/** One line: "Filters: Partner: OSCE; Dates: 1 Jan – 31 Dec 2018", or that there are none. */
export function filterLine(sel: Selection, names: Names, lang: Lang): string {
	const parts = filterParts(sel, names, lang);
	return parts.length ? `${TEXT[lang].filters}: ${parts.join('; ')}` : TEXT[lang].noFilters;
}

export function countLine(count: number, total: number | null, names: Names, lang: Lang): string {
	return TEXT[lang].count(count, total, names.number);
}

/** "Exported 3 May 2024, 14:05" in the reader's language (the local time of the machine that exported). */
export function exportedLine(when: Date, lang: Lang): string {
	const f = new Intl.DateTimeFormat(TEXT[lang].locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
	return TEXT[lang].exported(f.format(when));
}

/** YYYY-MM-DD of the local day, for file names (bomca-events-2024-05-03.csv). */
export function dayStamp(when: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${when.getFullYear()}-${p(when.getMonth() + 1)}-${p(when.getDate())}`;
}

/** Hands a generated file to the browser as a download (a temporary object URL on an <a download>). */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.appendChild(a);
	a.click();
	a.remove();
	// Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
