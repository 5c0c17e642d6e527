// The one selection every view shares: a clause per dimension, turned into SQL predicates with bound parameters.

/** Dimensions a view can select on; each maps to one URL parameter. */
export const DIMENSIONS = ['time', 'place', 'country', 'org', 'partner', 'kind', 'topic', 'q'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Selection {
	/** Inclusive [from, to] in YYYY-MM-DD; an event matches when its start-end range overlaps. */
	time: [string, string] | null;
	place: string[];
	country: string[];
	org: string[];
	/** Partner org ids (the canonical short names). */
	partner: string[];
	/** How several partners combine: events with any of them (absent, the default) or with all of them (URL `pmode=all`). */
	pmode?: 'all';
	kind: string[];
	topic: string[];
	/** Words searched in titles, place and organisation names (both languages) and the source text; absent or '' = no search. */
	q?: string;
}

export const EMPTY: Selection = Object.freeze({ time: null, place: [], country: [], org: [], partner: [], kind: [], topic: [] }) as Selection;

export function emptySelection(): Selection {
	return { time: null, place: [], country: [], org: [], partner: [], kind: [], topic: [] };
}

/**
 * `next`, sharing what it has in common with `prev`: `prev` itself when every clause is equal, else a new selection
 * whose unchanged clauses are `prev`'s own arrays. A brush step changes only the time; views that compare their
 * clauses by identity (the network's selected nodes, the map's places) then see nothing new and do not redraw.
 */
export function sharedWith(prev: Selection | null, next: Selection): Selection {
	if (!prev) return next;
	const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
	const keys = new Set([...Object.keys(prev), ...Object.keys(next)]) as Set<keyof Selection>;
	let changed = false;
	const out: Record<string, unknown> = {};
	for (const k of keys) {
		if (!(k in next)) {
			changed = true;
			continue;
		}
		if (same(prev[k], next[k])) out[k] = prev[k];
		else {
			out[k] = next[k];
			changed = true;
		}
	}
	return changed ? (out as unknown as Selection) : prev;
}

/** Whether the selection has a clause on `d`. */
export function isActive(sel: Selection, d: Dimension): boolean {
	if (d === 'time') return !!sel.time;
	if (d === 'q') return !!sel.q;
	return sel[d].length > 0;
}

export function isEmpty(sel: Selection): boolean {
	return DIMENSIONS.every((d) => !isActive(sel, d));
}

export function activeDimensions(sel: Selection): Dimension[] {
	return DIMENSIONS.filter((d) => isActive(sel, d));
}

/** `q` as a LIKE pattern's middle: lower-cased words with `\`, `%` and `_` escaped (the SQL strips accents and adds `%` around). */
export function likeText(q: string): string {
	return q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Events whose title, place (English or Russian name), organisations (short, English or Russian name) or source text
 * (the event's own item of its file) hold the words. Both sides go through strip_accents(lower(…)), so case and
 * accents do not matter, in Latin and Cyrillic alike.
 */
const SEARCH_SQL = `e.id IN (SELECT x.id FROM (SELECT '%' || strip_accents(lower(?)) || '%' AS pat) w, events x
		LEFT JOIN places p ON p.id = x.place_id LEFT JOIN sources s ON s.file = x.source
		WHERE strip_accents(lower(x.title)) LIKE w.pat ESCAPE '\\' OR strip_accents(lower(p.name)) LIKE w.pat ESCAPE '\\'
			OR strip_accents(lower(p.name_ru)) LIKE w.pat ESCAPE '\\'
			OR strip_accents(lower(substring(s.text, x.span_start + 1, x.span_end - x.span_start))) LIKE w.pat ESCAPE '\\'
		UNION SELECT eo.event_id FROM (SELECT '%' || strip_accents(lower(?)) || '%' AS pat) w, event_orgs eo JOIN orgs o ON o.id = eo.org_id
		WHERE strip_accents(lower(o.short)) LIKE w.pat ESCAPE '\\' OR strip_accents(lower(o.name)) LIKE w.pat ESCAPE '\\'
			OR strip_accents(lower(o.name_ru)) LIKE w.pat ESCAPE '\\')`;

/** A SQL fragment and the values bound to its `?` placeholders, in order. */
export interface Predicate {
	sql: string;
	params: unknown[];
}

const placeholders = (n: number) => new Array(n).fill('?').join(', ');

/**
 * The WHERE clause for events (aliased `e`) under every clause of the selection except `except`: how a view keeps
 * its own context while every other selection filters it. Values only ever travel as bound parameters.
 */
export function toPredicate(sel: Selection, except: Dimension | Dimension[] | null = null): Predicate {
	const skip = new Set(Array.isArray(except) ? except : except ? [except] : []);
	const parts: string[] = [];
	const params: unknown[] = [];
	if (sel.time && !skip.has('time')) {
		// TRY_CAST: a malformed bound (a hand-edited URL, a bad scene) selects nothing instead of failing the query.
		parts.push('e.date_end >= TRY_CAST(? AS DATE) AND e.date_start <= TRY_CAST(? AS DATE)');
		params.push(sel.time[0], sel.time[1]);
	}
	if (sel.place.length && !skip.has('place')) {
		parts.push(`e.place_id IN (${placeholders(sel.place.length)})`);
		params.push(...sel.place);
	}
	if (sel.country.length && !skip.has('country')) {
		parts.push(`e.id IN (SELECT event_id FROM event_countries WHERE country IN (${placeholders(sel.country.length)}))`);
		params.push(...sel.country);
	}
	if (sel.org.length && !skip.has('org')) {
		parts.push(`e.id IN (SELECT event_id FROM event_orgs WHERE org_id IN (${placeholders(sel.org.length)}))`);
		params.push(...sel.org);
	}
	if (sel.partner.length && !skip.has('partner')) {
		if (sel.pmode === 'all' && sel.partner.length > 1) {
			// Every one of them: the event's partner rows among the chosen ones, counted distinct, must be all of them.
			parts.push(
				`e.id IN (SELECT event_id FROM event_orgs WHERE role = 'partner' AND org_id IN (${placeholders(sel.partner.length)}) GROUP BY event_id HAVING count(DISTINCT org_id) = ?)`
			);
			params.push(...sel.partner, new Set(sel.partner).size);
		} else {
			parts.push(`e.id IN (SELECT event_id FROM event_orgs WHERE role = 'partner' AND org_id IN (${placeholders(sel.partner.length)}))`);
			params.push(...sel.partner);
		}
	}
	if (sel.kind.length && !skip.has('kind')) {
		parts.push(`e.kind IN (${placeholders(sel.kind.length)})`);
		params.push(...sel.kind);
	}
	if (sel.topic.length && !skip.has('topic')) {
		parts.push(`e.topic IN (${placeholders(sel.topic.length)})`);
		params.push(...sel.topic);
	}
	if (sel.q?.trim() && !skip.has('q')) {
		parts.push(SEARCH_SQL);
		params.push(likeText(sel.q), likeText(sel.q));
	}
	return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** Toggles a value of a list dimension; `additive` keeps the others (shift-click), otherwise it replaces them. */
export function toggle(sel: Selection, dim: Exclude<Dimension, 'time' | 'q'>, value: string, additive: boolean): Selection {
	const current = sel[dim];
	const has = current.includes(value);
	let next: string[];
	if (additive) next = has ? current.filter((v) => v !== value) : [...current, value];
	else next = has && current.length === 1 ? [] : [value];
	return { ...sel, [dim]: next };
}

export function withTime(sel: Selection, time: [string, string] | null): Selection {
	return { ...sel, time };
}

export function clearDimension(sel: Selection, dim: Dimension): Selection {
	if (dim === 'partner') return { ...withPartnerMode(sel, 'any'), partner: [] };
	if (dim === 'q') return withSearch(sel, '');
	return dim === 'time' ? { ...sel, time: null } : { ...sel, [dim]: [] };
}

/** Partners combined as any of them (the default) or all of them. */
export function withPartnerMode(sel: Selection, mode: 'any' | 'all'): Selection {
	const next = { ...sel };
	if (mode === 'all') next.pmode = 'all';
	else delete next.pmode;
	return next;
}

/** The selection searching for `q` (trimmed; empty removes the search). */
export function withSearch(sel: Selection, q: string): Selection {
	const next = { ...sel };
	const t = q.trim();
	if (t) next.q = t;
	else delete next.q;
	return next;
}
