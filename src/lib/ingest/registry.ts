// The registries (places, orgs, topics) parsed from their CSV text, with the name index ingest matches against.
import { csvParse } from 'd3-dsv';
import { ORG_TYPES, type Org, type OrgType, type Place, type Topic } from '../model/event';

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
		const key = `${kind}|${t.toLowerCase()}`;
		const entry = byKey.get(key);
		if (entry) {
			if (!entry.ids.includes(id)) entry.ids.push(id);
		} else {
			byKey.set(key, { text: t, kind, ids: [id], caseSensitive: caseSensitiveName(t, kind) });
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two compiled alternations (case-sensitive and not) over every name, longest first, cached per registry. */
type Matcher = { sensitive: RegExp | null; insensitive: RegExp | null; lookup: Map<string, NameEntry[]> };
const matchers = new WeakMap<Registry, Map<string, Matcher>>();

function matcherFor(reg: Registry, only: NameEntry['kind'][] | null): Matcher {
	const key = only ? only.join(',') : '*';
	let perReg = matchers.get(reg);
	if (!perReg) matchers.set(reg, (perReg = new Map()));
	let m = perReg.get(key);
	if (m) return m;
	const lookup = new Map<string, NameEntry[]>();
	const sens: string[] = [];
	const insens: string[] = [];
	for (const e of reg.names) {
		if (only && !only.includes(e.kind)) continue;
		const key = e.caseSensitive ? e.text : e.text.toLowerCase();
		const bucket = lookup.get(key);
		if (bucket) bucket.push(e);
		else {
			lookup.set(key, [e]);
			(e.caseSensitive ? sens : insens).push(escapeRe(e.text).replace(/\s+/g, '\\s+'));
		}
	}
	const compile = (alts: string[], flags: string) =>
		alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
	m = { sensitive: compile(sens, 'gu'), insensitive: compile(insens, 'giu'), lookup };
	perReg.set(key, m);
	return m;
}

/**
 * Leftmost-longest, non-overlapping mentions of registry names in text[from, to). A name shared by a place, a country
 * and an org (e.g. an org named after its city) yields one match per entry kind at the same span. `only` limits the
 * search to some kinds of name, e.g. places inside an organisation's name.
 */
export function findNames(reg: Registry, text: string, from = 0, to = text.length, only: NameEntry['kind'][] | null = null): NameMatch[] {
	const { sensitive, insensitive, lookup } = matcherFor(reg, only);
	const slice = text.slice(from, to);
	const raw: { start: number; end: number; entries: NameEntry[] }[] = [];
	for (const re of [sensitive, insensitive]) {
		if (!re) continue;
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const found = m[0].replace(/\s+/g, ' ');
			const key = re === sensitive ? found : found.toLowerCase();
			const entries = lookup.get(key) ?? lookup.get(found) ?? [];
			if (entries.length) raw.push({ start: from + m.index, end: from + m.index + m[0].length, entries });
		}
	}
	raw.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: NameMatch[] = [];
	let last = -1;
	for (const r of raw) {
		if (r.start < last) continue;
		last = r.end;
		for (const entry of r.entries) out.push({ entry, start: r.start, end: r.end });
	}
	return out;
}
