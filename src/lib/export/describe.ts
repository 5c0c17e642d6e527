// Words for exported pictures and the print summary: the active filters in plain language, the event count, the export's date and file names.
import { dimensionLabel, searchWords, valueName } from '$lib/crossfilter/dimensions';
import { activeDimensions, type Selection } from '$lib/crossfilter/selection';
import type { Lang } from '$lib/i18n/lang';
import { ruForm, type Names } from '$lib/views/format';

/** Where the events come from, in words; `imported` when the user's imports are part of the data. */
type DataFrom = 'public' | 'imported' | 'generated' | 'unknown';
const FROM: Record<'en' | 'ru', Record<DataFrom, string>> = {
	en: {
		public: ' from the programme’s public news',
		imported: ' from the programme’s public news and imported data',
		generated: ' (benchmark data)',
		unknown: ''
	},
	ru: {
		public: ' из публичных новостей программы',
		imported: ' из публичных новостей программы и импортированных данных',
		generated: ' (сгенерированные данные для замеров)',
		unknown: ''
	}
};

const TEXT = {
	en: {
		title: 'BOMCA activity atlas',
		filters: 'Filters',
		noFilters: 'No filters: all events',
		anyOf: 'any of',
		allOf: 'all of',
		count: (n: number, total: number | null, f: (x: number) => string) =>
			total === null ? `${f(n)} ${n === 1 ? 'event' : 'events'}` : `${f(n)} of ${f(total)} events`,
		exported: (when: string) => `Exported ${when}`,
		data: (n: string, plural: boolean, years: string, undated: string | null, from: DataFrom, _count = 0, _afterOf = false) =>
			`${n} ${from === 'generated' ? 'generated ' : ''}${plural ? 'events' : 'event'}${FROM.en[from]}${years ? `, ${years}` : ''}${undated ? ` (${undated} undated)` : ''}`,
		locale: 'en-GB'
	},
	ru: {
		title: 'Атлас деятельности BOMCA',
		filters: 'Фильтры',
		noFilters: 'Без фильтров: все события',
		anyOf: 'любой из',
		allOf: 'все из',
		count: (n: number, total: number | null, f: (x: number) => string) =>
			total === null
				? `${f(n)} ${ruForm(n, 'событие', 'события', 'событий')}`
				: `${f(n)} из ${f(total)} ${ruForm(total, 'события', 'событий', 'событий')}`,
		exported: (when: string) => `Экспорт: ${when}`,
		data: (n: string, _plural: boolean, years: string, undated: string | null, from: DataFrom, count = 0, afterOf = false) =>
			`${n} ${afterOf ? ruForm(count, 'события', 'событий', 'событий') : ruForm(count, 'событие', 'события', 'событий')}${FROM.ru[from]}${years ? `, ${years}` : ''}${undated ? ` (${undated} без даты)` : ''}`,
		locale: 'ru-RU'
	}
};

export function exportTitle(lang: Lang): string {
	return TEXT[lang].title;
}

/** How several partners combine, in words ("all of"), or '' for a single partner. */
export function partnerModeWords(sel: Selection, lang: Lang): string {
	if (sel.partner.length < 2) return '';
	return sel.pmode === 'all' ? TEXT[lang].allOf : TEXT[lang].anyOf;
}

/** "Partner: OSCE", "Partner (all of): OSCE, INL" per active dimension, in the page's order and language. */
export function filterParts(sel: Selection, names: Names, lang: Lang): string[] {
	const T = TEXT[lang];
	return activeDimensions(sel).map((dim) => {
		if (dim === 'time') return `${dimensionLabel('time', lang)}: ${sel.time ? names.range(sel.time[0], sel.time[1]) : ''}`;
		if (dim === 'q') return `${dimensionLabel('q', lang)}: ${searchWords(sel.q ?? '', lang)}`;
		const mode = dim === 'partner' ? partnerModeWords(sel, lang) : '';
		return `${dimensionLabel(dim, lang)}${mode ? ` (${mode})` : ''}: ${sel[dim].map((v) => valueName(dim, v, names)).join(', ')}`;
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

/** What the whole dataset holds (see fetchCensus): the events, the years their days fall in, how many have no day. */
export interface DataCensus {
	total: number;
	undated?: number;
	years?: [number, number] | null;
	origin?: 'public' | 'generated';
}

/**
 * What the data is, said beside every count and export: "131 events from the programme's public news, 2015–2022 (23
 * undated)". `imported`: the user's imports are part of it; `afterOf`: worded to follow "of" ("12 of …"), which in Russian
 * takes the genitive ("из 131 события").
 */
export function dataLine(c: DataCensus, names: Names, lang: Lang, imported = false, afterOf = false): string {
	const years = c.years ? (c.years[0] === c.years[1] ? String(c.years[0]) : `${c.years[0]}–${c.years[1]}`) : '';
	const undated = c.undated ? names.number(c.undated) : null;
	const from: DataFrom = c.origin === 'generated' ? 'generated' : !c.origin ? 'unknown' : imported ? 'imported' : 'public';
	return TEXT[lang].data(names.number(c.total), c.total !== 1, years, undated, from, c.total, afterOf);
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
