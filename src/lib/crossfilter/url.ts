// The selection ⇄ the query string: from, to, partner, pmode, country, place, org, kind, topic, q. Unknown or malformed values become notices, never errors.
import type { Lang } from '../i18n/lang';
import { LIST_DIMENSIONS as LIST_PARAMS } from './dimensions';
import { emptySelection, type Selection } from './selection';

/** The values the dataset knows, for validating a URL. Partners map every accepted spelling (lower-case) to the id. */
export interface Vocabulary {
	places: Set<string>;
	countries: Set<string>;
	orgs: Set<string>;
	partners: Map<string, string>;
	kinds: Set<string>;
	topics: Set<string>;
}

/**
 * Why a URL value was not used, as data: the page words it in its language (noticeText). `value` is the value as
 * given, shortened to 40 characters, so a notice stays short whatever the link holds.
 */
export interface UrlNotice {
	param: string;
	value: string;
	/** not-a-date: from/to not YYYY-MM-DD; swapped: from after to (both used, exchanged); unknown: not in the data; unknown-lang: no such language. */
	reason: 'not-a-date' | 'swapped' | 'unknown' | 'unknown-lang';
}

export interface ParsedUrl {
	selection: Selection;
	notices: UrlNotice[];
}

const TEXT = {
	en: {
		'not-a-date': (n: UrlNotice) => `${n.param}="${n.value}" is not a date (YYYY-MM-DD): ignored`,
		swapped: () => `from is after to: the two were swapped`,
		unknown: (n: UrlNotice) => `${n.param}="${n.value}" is not in the data: ignored`,
		'unknown-lang': (n: UrlNotice) => `${n.param}="${n.value}" is not a language of this page (en, ru): English is shown`
	},
	ru: {
		'not-a-date': (n: UrlNotice) => `${n.param}="${n.value}" — не дата в формате ГГГГ-ММ-ДД: не учтено`,
		swapped: () => `from позже, чем to: даты поменяны местами`,
		unknown: (n: UrlNotice) => `${n.param}="${n.value}" нет в данных: не учтено`,
		'unknown-lang': (n: UrlNotice) => `${n.param}="${n.value}" — такого языка на странице нет (en, ru): показан английский`
	}
};

/** A notice as a sentence in `lang`; the parameter's name and value stay as written in the link. */
export function noticeText(n: UrlNotice, lang: Lang = 'en'): string {
	return TEXT[lang][n.reason](n);
}

export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A query string (no "?") with its lists' commas left readable: `partner=OSCE,INL`, not `OSCE%2CINL`. */
export function queryOf(params: URLSearchParams): string {
	return params.toString().replace(/%2C/g, ',');
}

/** The longest search kept from a URL (characters). */
export const MAX_Q = 200;

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function parseSearch(search: URLSearchParams, vocab: Vocabulary): ParsedUrl {
	const sel = emptySelection();
	const notices: UrlNotice[] = [];
	const from = search.get('from');
	const to = search.get('to');
	const okFrom = from !== null && isIsoDate(from);
	const okTo = to !== null && isIsoDate(to);
	if (from !== null && !okFrom) notices.push({ param: 'from', value: shown(from), reason: 'not-a-date' });
	if (to !== null && !okTo) notices.push({ param: 'to', value: shown(to), reason: 'not-a-date' });
	if (okFrom || okTo) {
		let a = okFrom ? from! : '0001-01-01';
		let b = okTo ? to! : '9999-12-31';
		if (a > b) {
			notices.push({ param: 'from', value: from!, reason: 'swapped' });
			[a, b] = [b, a];
		}
		sel.time = [a, b];
	}
	for (const param of LIST_PARAMS) {
		const raw = search.getAll(param).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
		for (const v of raw) {
			const id = resolve(param, v, vocab);
			if (id === null) notices.push({ param, value: shown(v), reason: 'unknown' });
			else if (!sel[param].includes(id)) sel[param].push(id);
		}
	}
	const pmode = search.get('pmode');
	if (pmode === 'all') sel.pmode = 'all';
	else if (pmode !== null && pmode !== 'any') notices.push({ param: 'pmode', value: shown(pmode), reason: 'unknown' });
	// Free words: any text is valid; spaces are folded and the length capped so a pasted page cannot become the query.
	const q = (search.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_Q);
	if (q) sel.q = q;
	return { selection: sel, notices };
}

function resolve(param: (typeof LIST_PARAMS)[number], v: string, vocab: Vocabulary): string | null {
	switch (param) {
		case 'partner':
			return vocab.partners.get(v.toLowerCase()) ?? null;
		case 'country':
			return vocab.countries.has(v.toUpperCase()) ? v.toUpperCase() : null;
		case 'place':
			return vocab.places.has(v) ? v : null;
		case 'org':
			return vocab.orgs.has(v) ? v : null;
		case 'kind':
			return vocab.kinds.has(v) ? v : null;
		case 'topic':
			return vocab.topics.has(v) ? v : null;
	}
}

/** The selection as a query string (no leading "?"), in a fixed parameter order so equal selections give equal URLs. */
export function toSearch(sel: Selection, keep: URLSearchParams | null = null): string {
	const out = new URLSearchParams();
	if (sel.time) {
		if (sel.time[0] !== '0001-01-01') out.set('from', sel.time[0]);
		if (sel.time[1] !== '9999-12-31') out.set('to', sel.time[1]);
	}
	for (const p of LIST_PARAMS) {
		if (sel[p].length) out.set(p, sel[p].join(','));
		// Right after the partners it qualifies; "any of" is the default and is not written.
		if (p === 'partner' && sel.pmode === 'all') out.set('pmode', 'all');
	}
	if (sel.q?.trim()) out.set('q', sel.q.trim());
	// append, not set: a kept parameter may repeat (tag=a&tag=b) and must keep every value.
	const ours: string[] = ['from', 'to', 'pmode', ...LIST_PARAMS, 'q'];
	if (keep) for (const [k, v] of keep) if (!ours.includes(k)) out.append(k, v);
	return queryOf(out);
}
