// The registries (places, orgs, topics) parsed from their CSV text, with the name index ingest matches against.
import { csvParseRows, type DSVRowArray } from 'd3-dsv';
import { ORG_TYPES, type Org, type OrgType, type Place, type Topic } from '../model/event';

/**
 * Rows as objects keyed by the header, like d3's csvParse. Not csvParse itself: it compiles its row builder with
 * `new Function`, which the page's Content-Security-Policy forbids, and the page runs ingest on pasted news.
 */
function csvParse(csv: string): DSVRowArray<string> {
	const [columns = [], ...rows] = csvParseRows(csv);
	const objects = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
	return Object.assign(objects, { columns });
}

export interface Registry {
	places: Place[];
	orgs: Org[];
	topics: Topic[];
	placeById: Map<string, Place>;
	orgById: Map<string, Org>;
	/** Every name and alias, longest first, for leftmost-longest matching. */
	names: NameEntry[];
}

/** A name the text may use for a place, a country (by name or adjective) or an org. */
export interface NameEntry {
	text: string;
	kind: 'place' | 'country' | 'adjective' | 'org';
	/** Place id (ISO3 for countries) or org id; several when an alias is shared. */
	ids: string[];
	/** Acronyms and names match case-sensitively; "customs" must not match "Customs Committee"'s alias by accident. */
	caseSensitive: boolean;
}

export class RegistryError extends Error {}

const list = (s: string | undefined) =>
	(s ?? '')
		.split('|')
		.map((x) => x.trim())
		.filter(Boolean);

function requireColumns(file: string, columns: string[], wanted: string[]) {
	const missing = wanted.filter((c) => !columns.includes(c));
	if (missing.length) throw new RegistryError(`${file}: missing column(s) ${missing.join(', ')}`);
}

export function parsePlaces(csv: string, file = 'places.csv'): Place[] {
	const rows = csvParse(csv);
	requireColumns(file, rows.columns, ['id', 'name', 'name_ru', 'country', 'kind', 'lat', 'lon', 'aliases']);
	return rows.map((r, i) => {
		const lat = Number(r.lat);
		const lon = Number(r.lon);
		if (!r.id || !Number.isFinite(lat) || !Number.isFinite(lon) || (r.kind !== 'city' && r.kind !== 'country')) {
			throw new RegistryError(`${file}:${i + 2}: a place needs an id, kind city|country and numeric lat/lon`);
		}
		return {
			id: r.id,
			name: r.name ?? r.id,
			name_ru: r.name_ru ?? '',
			country: r.country ?? '',
			kind: r.kind,
			lat,
			lon,
			aliases: list(r.aliases),
			adjectives: list(r.adjectives)
		};
	});
}

export function parseOrgs(csv: string, file = 'orgs.csv'): Org[] {
	const rows = csvParse(csv);
	requireColumns(file, rows.columns, ['id', 'short', 'name', 'name_ru', 'country', 'type', 'primary_for', 'aliases']);
	const isType = (t: string): t is OrgType => (ORG_TYPES as readonly string[]).includes(t);
	return rows.map((r, i) => {
		const type = r.type ?? '';
		if (!r.id || !isType(type)) throw new RegistryError(`${file}:${i + 2}: an org needs an id and a known type (got "${type}")`);
		return {
			id: r.id,
			short: r.short || r.id,
			name: r.name || r.id,
			name_ru: r.name_ru ?? '',
			country: r.country ?? '',
			type,
			primary_for: list(r.primary_for).filter(isType),
			aliases: list(r.aliases)
		};
	});
}

export function parseTopics(csv: string, file = 'topics.csv'): Topic[] {
	const rows = csvParse(csv);
	requireColumns(file, rows.columns, ['id', 'name', 'name_ru', 'keywords']);
	return rows.map((r) => ({ id: r.id ?? '', name: r.name ?? '', name_ru: r.name_ru ?? '', keywords: list(r.keywords) }));
}

/**
 * Place names and adjectives are proper nouns and match case-sensitively ("Mary" the city, not "mary"); long org names
 * vary in capitalisation between news items ("Border Guard Academy" / "border guard academy") and match in any case,
 * but acronyms (OSCE, CNS RK) never do.
 */
function caseSensitiveName(text: string, kind: NameEntry['kind']): boolean {
	if (kind !== 'org') return true;
	return text.length <= 12 || !text.includes(' ') || /\b[A-Z]{2,}\b/.test(text);
}

export function buildRegistry(places: Place[], orgs: Org[], topics: Topic[]): Registry {
	const byKey = new Map<string, NameEntry>();
	const add = (text: string, kind: NameEntry['kind'], id: string) => {
		const t = text.trim();
		// Two letters ("EU", "US") match inside everyday phrases such as "EU-funded": too weak to name anything.
		if (t.length < 3) return;
		// A case-sensitive name keeps its own spelling in the key: "Frontex" and "FRONTEX" are two names, and folding
		// them into one would keep only the first spelling.
		const caseSensitive = caseSensitiveName(t, kind);
		const key = `${kind}|${caseSensitive ? t : t.toLowerCase()}`;
		const entry = byKey.get(key);
		if (entry) {
			if (!entry.ids.includes(id)) entry.ids.push(id);
		} else {
			byKey.set(key, { text: t, kind, ids: [id], caseSensitive });
		}
	};
	for (const p of places) {
		const kind = p.kind === 'country' ? 'country' : 'place';
		for (const n of [p.name, ...p.aliases]) add(n, kind, p.id);
		for (const a of p.adjectives) add(a, 'adjective', p.id);
	}
	for (const o of orgs) for (const n of [o.name, o.short, ...o.aliases]) add(n, 'org', o.id);
	const names = [...byKey.values()].sort((a, b) => b.text.length - a.text.length);
	return {
		places,
		orgs,
		topics,
		placeById: new Map(places.map((p) => [p.id, p])),
		orgById: new Map(orgs.map((o) => [o.id, o])),
		names
	};
}

export function parseRegistry(csv: { places: string; orgs: string; topics: string }): Registry {
	return buildRegistry(parsePlaces(csv.places), parseOrgs(csv.orgs), parseTopics(csv.topics));
}

export interface NameMatch {
	entry: NameEntry;
	start: number;
	end: number;
}


/**
 * Lower-cases A–Z only. Unlike toLowerCase it never changes the string's length, so offsets stay valid, and matching
 * lowered text with a case-sensitive pattern is many times faster than a case-insensitive Unicode alternation.
 */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name ready to be tested where a word starts: a sticky pattern that lets any run of spaces stand for a space. */
interface Candidate {
	pattern: RegExp;
	entries: NameEntry[];
	length: number;
}
/** Candidates keyed by their first word (A–Z lower-cased for names matched in any case). */
type Matcher = { sensitive: Map<string, Candidate[]>; insensitive: Map<string, Candidate[]> };
const matchers = new WeakMap<Registry, Map<string, Matcher>>();

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

function matcherFor(reg: Registry, only: NameEntry['kind'][] | null): Matcher {
	const cacheKey = only ? only.join(',') : '*';
	let perReg = matchers.get(reg);
	if (!perReg) matchers.set(reg, (perReg = new Map()));
	let m = perReg.get(cacheKey);
	if (m) return m;
	m = { sensitive: new Map(), insensitive: new Map() };
	const byText = new Map<string, Candidate>();
	for (const e of reg.names) {
		if (only && !only.includes(e.kind)) continue;
		const text = e.caseSensitive ? e.text : asciiLower(e.text);
		const first = FIRST_WORD.exec(text)?.[0];
		if (!first) continue;
		const id = `${e.caseSensitive ? 's' : 'i'}|${text}`;
		const known = byText.get(id);
		if (known) {
			known.entries.push(e);
			continue;
		}
		const cand: Candidate = {
			pattern: new RegExp(`${escapeRe(text).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'uy'),
			entries: [e],
			length: text.length
		};
		byText.set(id, cand);
		const index = e.caseSensitive ? m.sensitive : m.insensitive;
		const list = index.get(first) ?? [];
		list.push(cand);
		index.set(first, list);
	}
	for (const index of [m.sensitive, m.insensitive]) for (const list of index.values()) list.sort((a, b) => b.length - a.length);
	perReg.set(cacheKey, m);
	return m;
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;

/**
 * Leftmost-longest, non-overlapping mentions of registry names in text[from, to). At each word start the names that
 * begin with that word are tried, longest first: a map lookup per word keeps this linear in the text. A name shared
 * by a place, a country and an org yields one match per entry at the same span. `only` limits the search to some
 * kinds of name, e.g. places inside an organisation's name.
 */
export function findNames(reg: Registry, text: string, from = 0, to = text.length, only: NameEntry['kind'][] | null = null): NameMatch[] {
	const { sensitive, insensitive } = matcherFor(reg, only);
	const slice = text.slice(from, to);
	const lowered = asciiLower(slice);
	const out: NameMatch[] = [];
	WORD_START.lastIndex = 0;
	for (let w = WORD_START.exec(slice); w; w = WORD_START.exec(slice)) {
		let best: { end: number; entries: NameEntry[] } | null = null;
		const tries: [Candidate[] | undefined, string][] = [
			[sensitive.get(w[0]), slice],
			[insensitive.get(asciiLower(w[0])), lowered]
		];
		for (const [cands, hay] of tries) {
			if (!cands) continue;
			for (const c of cands) {
				c.pattern.lastIndex = w.index;
				const m = c.pattern.exec(hay);
				if (m && (!best || w.index + m[0].length > best.end)) best = { end: w.index + m[0].length, entries: c.entries };
				if (m) break;
			}
		}
		if (!best) continue;
		for (const entry of best.entries) out.push({ entry, start: from + w.index, end: from + best.end });
		WORD_START.lastIndex = best.end;
	}
	return out;
}

/** The matches inside [from, to) of a list sorted by start (as findNames returns it), found by binary search. */
export function namesIn(names: NameMatch[], from: number, to: number): NameMatch[] {
	let lo = 0;
	let hi = names.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (names[mid].start < from) lo = mid + 1;
		else hi = mid;
	}
	const out: NameMatch[] = [];
	for (let i = lo; i < names.length && names[i].start < to; i++) if (names[i].end <= to) out.push(names[i]);
	return out;
}
