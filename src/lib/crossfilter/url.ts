// The selection ⇄ the query string: from, to, partner, country, place, org, kind, topic. Unknown or malformed values become notices, never errors.
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

export interface ParsedUrl {
	selection: Selection;
	notices: string[];
}

const LIST_PARAMS = ['partner', 'country', 'place', 'org', 'kind', 'topic'] as const;

export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function parseSearch(search: URLSearchParams, vocab: Vocabulary): ParsedUrl {
	const sel = emptySelection();
	const notices: string[] = [];
	const from = search.get('from');
	const to = search.get('to');
	const okFrom = from !== null && isIsoDate(from);
	const okTo = to !== null && isIsoDate(to);
	if (from !== null && !okFrom) notices.push(`from="${shown(from)}" is not a date (YYYY-MM-DD): ignored`);
	if (to !== null && !okTo) notices.push(`to="${shown(to)}" is not a date (YYYY-MM-DD): ignored`);
	if (okFrom || okTo) {
		let a = okFrom ? from! : '0001-01-01';
		let b = okTo ? to! : '9999-12-31';
		if (a > b) {
			notices.push(`from is after to: the two were swapped`);
			[a, b] = [b, a];
		}
		sel.time = [a, b];
	}
	for (const param of LIST_PARAMS) {
		const raw = search.getAll(param).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
		for (const v of raw) {
			const id = resolve(param, v, vocab);
			if (id === null) notices.push(`${param}="${shown(v)}" is not in the data: ignored`);
			else if (!sel[param].includes(id)) sel[param].push(id);
		}
	}
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
	for (const p of LIST_PARAMS) if (sel[p].length) out.set(p, sel[p].join(','));
	// append, not set: a kept parameter may repeat (tag=a&tag=b) and must keep every value.
	const ours: string[] = ['from', 'to', ...LIST_PARAMS];
	if (keep) for (const [k, v] of keep) if (!ours.includes(k)) out.append(k, v);
	return out.toString().replace(/%2C/g, ',');
}
