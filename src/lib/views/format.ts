// Display formats shared by the views, in English or Russian: date ranges, numbers, plurals, names of ids and kinds.
import type { OrgRow, PlaceRow } from '$lib/crossfilter/rows';
import type { TopicRow } from '$lib/crossfilter/views';
import type { Lang } from '$lib/i18n/lang';
import { orgShortRu } from '$lib/i18n/orgShortRu';

const TEXT = {
	en: {
		locale: 'en-GB',
		undated: 'no date',
		/** After a day number ("12 Mar"). */
		months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
		/** On their own (an axis tick "Mar"): the same in English. */
		monthsAlone: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
		kinds: {
			workshop: 'Workshop',
			training: 'Training',
			meeting: 'Meeting',
			mission: 'Mission',
			study_visit: 'Study visit',
			handover: 'Handover',
			conference: 'Conference',
			other: 'Other'
		} as Record<string, string>
	},
	ru: {
		locale: 'ru-RU',
		undated: 'без даты',
		// Genitive after a day ("12 мар."), nominative alone ("март"): the abbreviations Russian dates use.
		months: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
		monthsAlone: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
		kinds: {
			workshop: 'Семинар',
			training: 'Обучение',
			meeting: 'Встреча',
			mission: 'Миссия',
			study_visit: 'Ознакомительный визит',
			handover: 'Передача оборудования',
			conference: 'Конференция',
			other: 'Другое'
		} as Record<string, string>
	}
};

/** A month's abbreviation, 1-based: after a day number, or on its own (`alone`, for axis ticks). */
export function monthName(month: number, lang: Lang = 'en', alone = false): string {
	return (alone ? TEXT[lang].monthsAlone : TEXT[lang].months)[month - 1] ?? String(month);
}

/**
 * The shortest unambiguous range: "12–14 Mar 2019", "29 Jan – 1 Feb 2018", "20 Dec 2018 – 3 Jan 2019";
 * in Russian "12–14 мар. 2019", "29 янв. – 1 февр. 2018".
 */
export function formatRange(start: string | null, end: string | null, lang: Lang = 'en'): string {
	// An undated event (the source gives no day) says so rather than showing an empty cell.
	if (start === null) return TEXT[lang].undated;
	end ??= start;
	const [y1, m1, d1] = start.split('-').map(Number);
	const [y2, m2, d2] = end.split('-').map(Number);
	const m = (i: number) => monthName(i, lang);
	if (start === end) return `${d1} ${m(m1)} ${y1}`;
	if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${m(m1)} ${y1}`;
	if (y1 === y2) return `${d1} ${m(m1)} – ${d2} ${m(m2)} ${y1}`;
	return `${d1} ${m(m1)} ${y1} – ${d2} ${m(m2)} ${y2}`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** 12,345 in English, 12 345 (no-break space) in Russian. */
export function formatNumber(n: number, lang: Lang = 'en'): string {
	// Whole numbers are grouped here: Intl's first use loads locale data (about 90 ms, on the first picture's path).
	if (Number.isSafeInteger(n)) return groupDigits(n, lang === 'ru' ? '\u00a0' : ',');
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(TEXT[lang].locale)));
	return f.format(n);
}

/** A whole number with its thousands grouped by `sep`, as Intl writes it in both languages. */
function groupDigits(n: number, sep: string): string {
	const digits = String(Math.abs(n));
	let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
	for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
	return n < 0 ? `-${out}` : out;
}

/** The Russian plural form for n: 1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25… → many. */
export function ruForm(n: number, one: string, few: string, many: string): string {
	const a = Math.abs(Math.trunc(n));
	const t = a % 100;
	const u = a % 10;
	if (t >= 11 && t <= 14) return many;
	if (u === 1) return one;
	if (u >= 2 && u <= 4) return few;
	return many;
}

/** The kind of activity by its id, translated; an unknown id shows as itself. */
export function kindName(kind: string, lang: Lang = 'en'): string {
	return TEXT[lang].kinds[kind] ?? kind;
}

/**
 * Lookups from ids to display names in `lang`, built once per registry and language. Russian names come from the
 * registries' name_ru (English where one is missing); organisations' short names from orgShortRu.
 */
export function namesOf(places: PlaceRow[], orgs: OrgRow[], lang: Lang = 'en', topics: TopicRow[] = []) {
	const ru = lang === 'ru';
	const place = new Map(places.map((p) => [p.id, p]));
	const org = new Map(orgs.map((o) => [o.id, o]));
	const topic = new Map(topics.map((t) => [t.id, t]));
	const byShort = new Map(orgs.map((o) => [o.short, o]));
	const placeName = (id: string) => {
		const p = place.get(id);
		return p ? (ru && p.name_ru) || p.name : id;
	};
	const orgShort = (o: OrgRow) => (ru ? orgShortRu(o) : o.short || o.name || o.id);
	return {
		lang,
		place: (id: string | null | undefined) => (id ? placeName(id) : ''),
		country: (iso3: string | null | undefined) => (iso3 ? placeName(iso3) : ''),
		org: (id: string) => {
			const o = org.get(id);
			return o ? orgShort(o) : id;
		},
		orgFull: (id: string) => {
			const o = org.get(id);
			return o ? (ru && o.name_ru) || o.name : id;
		},
		topic: (id: string) => {
			const t = topic.get(id);
			return t ? (ru && t.name_ru) || t.name : id;
		},
		kind: (id: string) => kindName(id, lang),
		/** A list of organisations' English short names joined by ", " (the event list's `partners` column), in `lang`. */
		shorts: (list: string | null | undefined) =>
			list
				? list
						.split(', ')
						.map((s) => {
							const o = byShort.get(s);
							return o ? orgShort(o) : s;
						})
						.join(', ')
				: '',
		number: (n: number) => formatNumber(n, lang),
		range: (start: string | null, end: string | null) => formatRange(start, end, lang)
	};
}
export type Names = ReturnType<typeof namesOf>;
