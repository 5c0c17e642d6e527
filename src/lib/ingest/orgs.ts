// Who took part: named organisations, generic mentions ("border guards from Kazakhstan and Uzbekistan") resolved to agencies, and participant countries.
import { CENTRAL_ASIA, isPartnerOrg, type Org, type OrgType } from '../model/event';
import { namesIn, type NameMatch, type Registry } from './registry';
import { matchesIn } from './text';

export interface OrgMention {
	orgId: string;
	span: [number, number];
}

export interface CountryMention {
	country: string;
	span: [number, number];
}

export interface Participation {
	partners: OrgMention[];
	agencies: OrgMention[];
	countries: CountryMention[];
}

/** Words that name a kind of agency in a generic mention, and the type they resolve to. */
const TYPE_WORDS: [RegExp, OrgType][] = [
	[/\bborder(?![- ](?:checks?|checkpoints?|control|management|security|crossings?|issues?|areas?|regions?|cooperation)\b)/i, 'border'],
	[/\bcustoms\b/i, 'customs'],
	[/\bmigration\b/i, 'migration'],
	[/\bforeign (?:ministr|affairs)|\bministr(?:y|ies) of foreign affairs/i, 'foreign_affairs'],
	[/\binterior\b|\binternal affairs\b|\bpolice\b/i, 'interior'],
	[/\blaw[- ]enforcement\b/i, 'law_enforcement'],
	[/\bcounter[- ]?narcotics?\b|\bnarcotics?\b|\bdrug[- ]control\b|\banti[- ]drug\b/i, 'drug_control'],
	[/\btraining (?:institution|cent|school|facilit)|\bacadem(?:y|ies)\b|\beducational institution/i, 'training'],
	[/\bagricultur|\bphytosanitary\b|\bveterinar/i, 'agriculture'],
	[/\bemergenc/i, 'emergency']
];

/** A generic phrase ends where one of these begins, looking back from "of/from <countries>". */
const PHRASE_STOP = /(?:^|[.;:()–—]|\b(?:of|from|for|with|by|to|at|in|on|between|among|gathered|gathering|trained|hosted|held|visited)\b)(?![\s\S]*(?:[.;:()–—]|\b(?:of|from|for|with|by|to|at|in|on|between|among|gathered|gathering|trained|hosted|held|visited)\b))/i;

/** "each Central Asian country", "all five Central Asian countries", "the CA countries": the whole region. */
const WHOLE_REGION = /\b(?:each|every|all(?: five)?|the five|five)\s+(?:of the\s+)?Central Asian(?:\s+\(CA\))?\s+(?:countr(?:y|ies)|states|republics)\b|\bCentral Asian countries\b/g;

/**
 * Agency-type words that qualify a training institution rather than name agencies of their own: "border and customs
 * training institutions of X" are X's training institutions, not its border and customs services.
 */
const TRAINING_MODIFIERS = /\b(?:border(?: guards?)?|customs|police|migration|law[- ]enforcement)(?:\s*(?:,|and|&)\s*(?:border(?: guards?)?|customs|police|migration|law[- ]enforcement))*(?=\s+(?:training (?:institution|cent|school|facilit)|academ|educational institution))/gi;

/** What follows a country after which "border" names an agency ("Kyrgyz border guards"), not where a border runs. */
const BORDER_AGENCY = /^\s*(?:guard|service|troop|agenc|police|officer|force|committee|department|authorit|staff|unit|post|outpost|detachment|official|personnel)/i;
/** "Tajik-Afghan and Tajik-Chinese border": adjectives chained by hyphens or "and", then the border they name. */
const BORDER_AFTER = /^(?:\s*[-–]\s*\p{L}+|(?:\s*,\s*|\s+and\s+)(?:the\s+)?\p{L}+(?:\s*[-–]\s*\p{L}+)?)*\s*[-–]?\s+(?:state\s+)?(?:borders?|frontiers?|boundary)\b/u;
/** "on the border with Afghanistan", "bordering China", "the border between Kyrgyzstan and Tajikistan". */
const BORDER_BEFORE = /\b(?:(?:borders?|frontiers?|boundary)\s+(?:with|between)|bordering)\s+(?:the\s+)?(?:[\p{L}-]+(?:\s*,\s*|\s+and\s+))*$/u;

/** A country named only to say where a border runs, which does not make it a participant. */
function namesBorder(text: string, start: number, end: number): boolean {
	const after = BORDER_AFTER.exec(text.slice(end, end + 80));
	if (after && !BORDER_AGENCY.test(text.slice(end + after[0].length, end + after[0].length + 16))) return true;
	return BORDER_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** Before a town that people came from. */
const FROM_PLACE = /\bfrom\s+(?:the\s+)?$/i;

/** "Border Troops of the GKNB of Tajikistan": a border unit of a named security body is that country's border agency. */
const BORDER_UNIT = /\b(?:State\s+)?Border\s+(?:Troops|Service|Guards?|Forces|Guard\s+(?:Service|Forces|Committee)|Protection\s+Committee)\s+of\s+(?:the\s+)?$/i;
/** "the European Union-funded programme", "funded by the European Union": the programme's donor, not a partner of the event. */
const FUNDED_AFTER = /^\s*[-‐–]?\s*(?:funded|financed|sponsored)\b/i;
const FUNDED_BEFORE = /\b(?:funded|financed|sponsored)\s+by\s+(?:the\s+)?$/i;

/** Picks the org a shared alias means: the one whose country the item names, else the first. */
function pick(reg: Registry, ids: string[], itemCountries: Set<string>): Org | undefined {
	const orgs = ids.map((id) => reg.orgById.get(id)).filter((o): o is Org => !!o);
	return orgs.find((o) => itemCountries.has(o.country)) ?? orgs[0];
}

function primaries(reg: Registry, country: string, type: OrgType): Org[] {
	return reg.orgs.filter((o) => o.country === country && o.primary_for.includes(type));
}

/**
 * Reads [from, to) of an item: org names first (their spans are taken), then country lists. A list after
 * "of"/"from" whose preceding phrase names agency types resolves to those countries' primary agencies of the types;
 * an adjective before a type ("Kyrgyz Customs") does the same for one country. Countries named as part of a partner
 * ("Delegations of the European Union in Tajikistan") or as the venue (hostSpans) are not participants.
 */
export function findParticipation(reg: Registry, text: string, names: NameMatch[], from: number, to: number, hostSpans: [number, number][]): Participation {
	const local = namesIn(names, from, to);
	const itemCountries = new Set(local.filter((n) => n.entry.kind !== 'org').flatMap((n) => n.entry.ids.map((id) => reg.placeById.get(id)?.country ?? id)));
	const partners: OrgMention[] = [];
	const agencies: OrgMention[] = [];
	const countries: CountryMention[] = [];
	const partnerEnds: number[] = [];
	const addOrg = (org: Org, span: [number, number]) => {
		const target = isPartnerOrg(org) ? partners : agencies;
		if (!target.some((m) => m.orgId === org.id)) target.push({ orgId: org.id, span });
		if (isPartnerOrg(org)) partnerEnds.push(span[1]);
		else if (org.country && !countries.some((c) => c.country === org.country)) countries.push({ country: org.country, span });
	};
	const countryAt = new Map(local.filter((m) => m.entry.kind === 'country').map((m) => [m.start, m]));
	const ofCountry = (end: number) => {
		const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
		const c = of ? countryAt.get(end + of[0].length) : undefined;
		return c ? { country: c.entry.ids[0], end: c.end } : null;
	};
	for (const n of local) {
		if (n.entry.kind !== 'org') continue;
		const org = pick(reg, n.entry.ids, itemCountries);
		if (!org) continue;
		const before = text.slice(Math.max(from, n.start - 60), n.start);
		if (org.type === 'donor' && (FUNDED_AFTER.test(text.slice(n.end, n.end + 16)) || FUNDED_BEFORE.test(before))) continue;
		const unit = org.type === 'security' ? BORDER_UNIT.exec(before) : null;
		const border = unit ? primaries(reg, org.country, 'border')[0] : undefined;
		const of = ofCountry(n.end);
		// "the State Border Service of Tajikistan": a name shared by several countries' agencies, made definite by the
		// country after it, is that country's agency of the same type.
		const own = of && of.country !== org.country && !isPartnerOrg(org) ? primaries(reg, of.country, org.type)[0] : undefined;
		if (unit && border) addOrg(border, [n.start - (before.length - unit.index), n.end]);
		else if (own) addOrg(own, [n.start, of!.end]);
		else addOrg(org, [n.start, n.end]);
	}

	const inHost = (s: number) => hostSpans.some(([a, b]) => s >= a && s < b);
	const orgEnds = local.filter((n) => n.entry.kind === 'org').map((n) => n.end);
	const attachedToPartner = (s: number) => partnerEnds.some((e) => e <= s && /^\s*(?:in|of|for|to)\s+(?:the\s+)?(?:[\p{L}()-]+(?:,\s*|\s+and\s+|\s+))*$/u.test(text.slice(e, s)) && s - e < 80);
	const mentions: CountryMention[] = [];
	const borderOnly = new Set(local.filter((n) => (n.entry.kind === 'country' || n.entry.kind === 'adjective') && namesBorder(text, n.start, n.end)).map((n) => n.start));
	let lastFrom = -1;
	for (const n of local) {
		if (n.entry.kind === 'place') {
			// "officers from Osh and Batken": towns people came from stand for their country.
			const from_ = !inHost(n.start) && (FROM_PLACE.test(text.slice(Math.max(from, n.start - 12), n.start)) || (lastFrom >= 0 && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(lastFrom, n.start))));
			const country = from_ ? reg.placeById.get(n.entry.ids[0])?.country : undefined;
			lastFrom = country ? n.end : -1;
			if (country) mentions.push({ country, span: [n.start, n.end] });
			continue;
		}
		if (n.entry.kind !== 'country' && n.entry.kind !== 'adjective') continue;
		if (inHost(n.start) || attachedToPartner(n.start) || borderOnly.has(n.start)) continue;
		for (const id of n.entry.ids) mentions.push({ country: id, span: [n.start, n.end] });
	}
	for (const m of matchesIn(WHOLE_REGION, text, from, to)) {
		for (const c of CENTRAL_ASIA) mentions.push({ country: c, span: [m.index, m.index + m[0].length] });
	}
	mentions.sort((a, b) => a.span[0] - b.span[0]);
	for (const m of mentions) if (!countries.some((c) => c.country === m.country)) countries.push(m);

	const addGeneric = (country: string, types: OrgType[], span: [number, number]) => {
		for (const t of types) for (const org of primaries(reg, country, t)) if (!agencies.some((a) => a.orgId === org.id)) agencies.push({ orgId: org.id, span });
	};
	for (const list of countryLists(text, mentions)) {
		const before = text.slice(Math.max(from, list.start - 160), list.start);
		const prep = /\b(?:of|from)\s+(?:the\s+)?(?:each\s+|all\s+|both\s+)?$/i.exec(before);
		if (!prep) continue;
		const phraseText = before.slice(0, prep.index);
		// "the Agency for External Labour Migration of Uzbekistan": the country completes a named org, already read.
		const prepAt = list.start - (before.length - prep.index);
		if (orgEnds.some((e) => e <= prepAt && /^\s*$/.test(text.slice(e, prepAt)))) continue;
		const stop = PHRASE_STOP.exec(phraseText);
		const phrase = phraseText.slice(stop ? stop.index + stop[0].length : 0);
		const typed = phrase.replace(TRAINING_MODIFIERS, (w) => ' '.repeat(w.length));
		const types = TYPE_WORDS.filter(([re]) => re.test(typed)).map(([, t]) => t);
		const phraseStart = list.start - (before.length - prep.index) - phrase.length;
		for (const c of list.countries) addGeneric(c, types, [phraseStart, list.end]);
	}
	// Adjectives, alone or in a run ("Kyrgyz and Kazakh border guards"): the type words after the run apply to each.
	const adjectives = local.filter((n) => n.entry.kind === 'adjective' && !inHost(n.start) && !borderOnly.has(n.start));
	for (let i = 0; i < adjectives.length; i++) {
		const run = [adjectives[i]];
		while (i + 1 < adjectives.length && /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(text.slice(run[run.length - 1].end, adjectives[i + 1].start))) run.push(adjectives[++i]);
		const last = run[run.length - 1];
		const after = /^\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+(?:officers|services?|agency|agencies|guards?|committee|officials))?)/u.exec(text.slice(last.end, Math.min(to, last.end + 60)));
		if (!after || /\b(?:and|or|of|from|to|in|with)\b/i.test(after[1])) continue;
		const types = TYPE_WORDS.filter(([re]) => re.test(after[1])).map(([, t]) => t).slice(0, 1);
		for (const n of run) for (const id of n.entry.ids) addGeneric(id, types, [n.start, last.end + after[0].length]);
	}
	return { partners, agencies, countries };
}

interface CountryList {
	start: number;
	end: number;
	countries: string[];
}

/** Runs of country mentions joined by commas and "and" ("Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan"). */
function countryLists(text: string, mentions: CountryMention[]): CountryList[] {
	const lists: CountryList[] = [];
	for (const m of mentions) {
		const last = lists.at(-1);
		if (last && (m.span[0] === last.start || /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/.test(text.slice(last.end, m.span[0])))) {
			if (!last.countries.includes(m.country)) last.countries.push(m.country);
			last.end = Math.max(last.end, m.span[1]);
		} else {
			lists.push({ start: m.span[0], end: m.span[1], countries: [m.country] });
		}
	}
	return lists;
}
