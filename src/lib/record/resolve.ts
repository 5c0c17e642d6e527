// The public record's free-text cells (city, agencies, partners, topic) resolved to registry ids; "National partner agencies", "Beneficiary agencies", "Government beneficiaries/counterparts" and "BOMCA Regional Office" name no organisation of the registry and resolve to [].
import { CENTRAL_ASIA, isPartnerOrg, type Org, type OrgType } from '../model/event';
import { findTopic } from '../ingest/classify';
import type { Registry } from '../ingest/registry';

export type Resolved<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const fail = <T>(reason: string): Resolved<T> => ({ ok: false, reason });

/**
 * Names compare in any case, spacing and punctuation, and in either spelling of centre: the record's English and the
 * registry's differ in exactly these ("Training Center of …" / "Training Centre of …", "K-9" / "K9").
 */
export function normName(s: string): string {
	return s
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\bcentre\b/g, 'center')
		.trim();
}

const namesOf = (o: Org) => [o.name, o.short, ...o.aliases];

/** The record's two-letter country codes (its own shorthand, not ISO 3166 alpha-2 for all: KG, not KY). */
const CODES: Record<string, string> = { KZ: 'KAZ', KG: 'KGZ', TJ: 'TJK', TM: 'TKM', UZ: 'UZB' };

/** "all five CA countries", "all five Central Asian countries", "Central Asia": the whole region. */
const WHOLE_REGION = /^(?:all\s+(?:five\s+)?)?(?:CA|Central\s+Asian?)(?:\s+countries)?$/i;
/** "… of Central Asia", "… of Central Asian countries" inside a category. */
const OF_REGION = /\s+(?:of|from)\s+(?:the\s+)?Central\s+Asian?(?:\s+countries)?\b/i;

/** A country (ISO3) from a code, a country name or alias, or an adjective; null when the word is none of these. */
function countryOf(word: string, reg: Registry): string | null {
	const w = word.trim();
	if (CODES[w.toUpperCase()] && w.length === 2) return CODES[w.toUpperCase()];
	if (/^[A-Z]{3}$/.test(w) && reg.placeById.get(w)?.kind === 'country') return w;
	const n = normName(w);
	const p = reg.places.find((p) => p.kind === 'country' && [p.name, ...p.aliases, ...p.adjectives].some((x) => normName(x) === n));
	return p ? p.id : null;
}

/** "(KZ, KG, TJ)", "(Kyrgyzstan)", "(all five CA countries)" → countries; null when the brackets say something else. */
function countryList(inner: string, reg: Registry): string[] | null {
	if (WHOLE_REGION.test(inner.trim())) return [...CENTRAL_ASIA];
	const parts = inner.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
	const out: string[] = [];
	for (const p of parts) {
		const c = countryOf(p, reg);
		if (!c) return null;
		if (!out.includes(c)) out.push(c);
	}
	return out.length ? out : null;
}

/** "<name> (<brackets>)" → the name, and the brackets as countries or, when they are not countries, as a qualifier. */
function splitCell(text: string, reg: Registry): { name: string; countries: string[] | null; qualifier: string | null } {
	const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
	if (!m) return { name: text.trim(), countries: null, qualifier: null };
	const countries = countryList(m[2], reg);
	return { name: m[1].trim(), countries, qualifier: countries ? null : m[2].trim() };
}

/**
 * The ways the record's "<body> (<country>)" may be written in the registry: the bare name, "<body> of [the] <country
 * name or alias>", "<adjective> <body>". Only the country's own orgs are searched, so "State Border Service
 * (Turkmenistan)" cannot land on Kyrgyzstan's body of the same name.
 */
function namedOrg(name: string, country: string | null, reg: Registry): Org[] {
	// "Committee for Emergency Situations, Ministry of Internal Affairs": the body after the comma is the parent.
	const names = [...new Set([name, name.replace(/,\s*/g, ' of the ')])];
	const forms = new Set(names.map(normName));
	const p = country ? reg.placeById.get(country) : undefined;
	for (const n of names) {
		for (const c of p ? [p.name, ...p.aliases] : []) {
			forms.add(normName(`${n} of ${c}`));
			forms.add(normName(`${n} of the ${c}`));
			forms.add(normName(`${c} ${n}`));
		}
		for (const a of p?.adjectives ?? []) forms.add(normName(`${a} ${n}`));
	}
	const pool = country ? reg.orgs.filter((o) => o.country === country) : reg.orgs;
	return pool.filter((o) => namesOf(o).some((n) => forms.has(normName(n))));
}

/** A word for a sort of agency in a category ("Border services", "Customs IT departments") → the org type it asks for. */
const TYPE_WORDS: [RegExp, OrgType][] = [
	// "border delimitation" is a task of foreign ministries and commissions, not of border agencies.
	[/\bborder(?!\s+(?:delimitation|demarcation))\b/i, 'border'],
	[/\bcustoms\b/i, 'customs'],
	[/\bmigration\b/i, 'migration'],
	// Embassies are the foreign ministry's.
	[/\bforeign\s+(?:affairs|ministr)|\bembass/i, 'foreign_affairs'],
	[/\binterior\b|\binternal\s+affairs\b/i, 'interior'],
	[/\blaw[- ]enforcement\b|\bpolice\b/i, 'law_enforcement'],
	[/\bcounter[- ]?narcotics?\b|\bdrug[- ]control\b|\banti[- ]drug\b/i, 'drug_control'],
	[/\bphytosanitary\b|\bveterinar|\bquarantine\b|\bagricultur/i, 'agriculture'],
	[/\bemergenc/i, 'emergency'],
	// "Government and presidential offices", national commissions: bodies of the government. "Government beneficiaries"
	// and "Government counterparts" use the word for "state" and name no body (see NO_BODY).
	[/\bgovernment\s+(?:and\s+presidential\s+)?offices?\b|\bpresidential\s+offices?\b|\bprime\s+minister|\bcommissions?\b/i, 'government']
];

/** Training institutions: the type words before them say whose institutions they are ("customs training institutions"). */
const TRAINING = /\btraining\s+(?:institution|cent(?:re|er)|school|facilit)|\bacadem(?:y|ies)\b|\bcolleges?\b|\binstitutes?\b/i;

/** Phrases that stand for the programme's partners in general, or for the programme itself: no organisation. */
const NO_BODY = /\bBOMCA\b|\bbeneficiar(?:y|ies)\b|\bcounterparts?\b|\bpartner\s+agencies\b|\bstakeholders?\b/i;

/** Within agriculture, which bodies a word asks for: a specialised inspectorate's names say what it inspects. */
const AGRI_WORDS: [RegExp, RegExp][] = [
	[/\bphytosanitary\b|\bquarantine\b/i, /phyto|plant/i],
	[/\bveterinar/i, /veterinar/i]
];

/** Words of an org's type that pick its training institutions among a country's ("border" → a border academy). */
const TRAINING_OF: Partial<Record<OrgType, RegExp>> = {
	border: /border/i,
	customs: /customs/i,
	law_enforcement: /police|interior|law/i,
	migration: /migration/i
};

const primaries = (reg: Registry, country: string, type: OrgType) => reg.orgs.filter((o) => o.country === country && o.primary_for.includes(type));

/** The orgs one type of a category stands for in one country. */
function categoryOrgs(reg: Registry, country: string, type: OrgType, phrase: string): Org[] {
	if (type !== 'agriculture') return primaries(reg, country, type);
	// The registry marks no agriculture body as primary: a phytosanitary or veterinary category is the country's
	// inspectorate whose names say so; else its one specialised body besides the ministry; else the ministry.
	const agri = reg.orgs.filter((o) => o.country === country && o.type === 'agriculture');
	const asked = AGRI_WORDS.filter(([w]) => w.test(phrase));
	const specific = agri.filter((o) => asked.some(([, n]) => namesOf(o).some((x) => n.test(x))));
	if (specific.length) return specific;
	const bodies = agri.filter((o) => !/^Ministry\b/i.test(o.name));
	return bodies.length === 1 ? bodies : agri.filter((o) => /^Ministry\b/i.test(o.name));
}

/** Head noun plural or in lower case: a kind of body ("Border Guards", "Customs training centre"), not a proper name. */
function isCategoryPhrase(name: string): boolean {
	const head = name.split(/\s+(?:of|for|in|on|involved|under)\s+/)[0];
	const words = head.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	const last = words.at(-1) ?? '';
	if (words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:and|of|the|for|in|on)$/.test(w))) return true;
	return /[^s]s$/i.test(last) && !/^affairs$/i.test(last);
}

export function resolveAgency(text: string, countries: string[], reg: Registry): Resolved<string[]> {
	const cell = splitCell(text, reg);
	let name = cell.name;
	let named = cell.countries;
	if (OF_REGION.test(name)) {
		name = name.replace(OF_REGION, '');
		named = [...CENTRAL_ASIA];
	}
	if (!name) return fail(`agency "${text}": no name`);

	// A named body: its country from the brackets, else from a country word in its name ("Kazakh National University").
	if (!named || named.length === 1) {
		const inName = named ? null : name.split(/\s+/).map((w) => countryOf(w, reg)).find(Boolean) ?? null;
		const country = named?.[0] ?? inName;
		let found = namedOrg(name, country, reg);
		if (!found.length && !country) found = namedOrg(name, null, reg);
		const inRow = found.filter((o) => countries.includes(o.country));
		if (found.length > 1 && inRow.length === 1) found = inRow;
		if (found.length === 1) return ok([found[0].id]);
		if (found.length > 1) return fail(`agency "${text}": ambiguous, names ${found.map((o) => o.id).join(', ')}`);
	}

	if (NO_BODY.test(name)) return ok([]);
	const types = TYPE_WORDS.filter(([re]) => re.test(name)).map(([, t]) => t);
	const category = isCategoryPhrase(name);
	if (!category) return fail(`agency "${text}": no organisation of the registry has this name${cell.countries?.length === 1 ? ` in ${cell.countries[0]}` : ''}`);
	if (!types.length && !TRAINING.test(name)) return ok([]);

	const where = named ?? countries;
	if (!where.length) return fail(`agency "${text}": a category with no country, and the row names none`);
	const ids: string[] = [];
	const add = (o: Org) => ids.includes(o.id) || ids.push(o.id);
	const training = TRAINING.exec(name);
	for (const c of where) {
		if (training) {
			// "Border guard and customs training institutions": the type words before the institutions say whose.
			const whose = TYPE_WORDS.filter(([re]) => re.test(name.slice(0, training.index))).map(([, t]) => TRAINING_OF[t]).filter((re): re is RegExp => !!re);
			const schools = primaries(reg, c, 'training');
			const picked = whose.length ? schools.filter((o) => whose.some((re) => re.test(o.name) || re.test(o.short))) : schools;
			picked.forEach(add);
			// Words after the institutions name more bodies ("training institutions and customs services"): none in the record.
			continue;
		}
		for (const t of types) categoryOrgs(reg, c, t, name).forEach(add);
	}
	if (!ids.length) return fail(`agency "${text}": no registry org of type ${training ? 'training' : types.join('/')} in ${where.join(', ')}`);
	return ok(ids);
}

export function resolvePartner(text: string, reg: Registry): Resolved<string> {
	const t = text.trim();
	const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(t);
	// "INL (US Embassy)", "GIZ (Promoting Regional Trade …)", "LEICA (CIVIPOL)": the whole, then the name before the
	// brackets, then what is in them; the first that names a partner wins.
	for (const form of m ? [t, m[1], m[2]] : [t]) {
		const n = normName(form);
		const found = reg.orgs.filter((o) => namesOf(o).some((x) => normName(x) === n));
		const partners = found.filter(isPartnerOrg);
		if (partners.length === 1) return ok(partners[0].id);
		if (partners.length > 1) return fail(`partner "${text}": ambiguous, names ${partners.map((o) => o.id).join(', ')}`);
		if (found.length) return fail(`partner "${text}": names ${found.map((o) => o.id).join(', ')}, a Central Asian agency, not a partner`);
	}
	return fail(`partner "${text}": no organisation of the registry has this name`);
}

export function resolvePlace(city: string, country: string, reg: Registry): Resolved<string | null> {
	const c = country.trim();
	if (c && reg.placeById.get(c)?.kind !== 'country') return fail(`country "${c}" is not a country of the registry`);
	const name = city.trim();
	if (!name) return ok(null);
	const n = normName(name);
	const cities = reg.places.filter((p) => p.kind === 'city' && [p.name, ...p.aliases].some((x) => normName(x) === n));
	const here = c ? cities.filter((p) => p.country === c) : cities;
	if (here.length === 1) return ok(here[0].id);
	if (here.length > 1) return fail(`city "${name}": ambiguous, ${here.map((p) => p.id).join(', ')}`);
	if (cities.length) return fail(`city "${name}" is in ${[...new Set(cities.map((p) => p.country))].join(', ')}, not ${c}`);
	return fail(`city "${name}" is not in the registry`);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A registry keyword at a word start in text, in any case; an acronym ("IBM") only as a whole word, a phrase as a stem ("curricul"). */
function keywordIn(keyword: string, text: string): boolean {
	const acronym = /^[A-Z0-9-]+$/.test(keyword) && keyword.length <= 5;
	const body = escapeRe(keyword).replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}${acronym ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu').test(text);
}

export function resolveTopic(topic: string, title: string, reg: Registry): string | null {
	const t = topic.trim();
	// "programme steering" is the registry topic "Programme steering and coordination" by name, with none of its keywords.
	const head = normName(t.replace(/\s*\(.*\)\s*$/, ''));
	const byName = head.length >= 4 ? reg.topics.find((x) => normName(x.name).startsWith(head)) : undefined;
	if (byName) return byName.id;
	// The cell is written in lower case ("ibm governance"), so its keywords match in any case, acronyms too; in the
	// registry's order, most specific first.
	const cell = reg.topics.find((x) => x.keywords.some((k) => keywordIn(k, t)));
	if (cell) return cell.id;
	// Else the title, as news text: acronyms match in their own case there ("IT" is not "it").
	return findTopic(reg.topics, title, [0, title.length], [0, title.length])?.value ?? null;
}
