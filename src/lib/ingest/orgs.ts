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
	for (const n of local) {
		if (n.entry.kind !== 'org') continue;
		const org = pick(reg, n.entry.ids, itemCountries);
		if (org) addOrg(org, [n.start, n.end]);
	}

	const inHost = (s: number) => hostSpans.some(([a, b]) => s >= a && s < b);
	const attachedToPartner = (s: number) => partnerEnds.some((e) => e <= s && /^\s*(?:in|of|for|to)\s+(?:the\s+)?(?:[\p{L}()-]+(?:,\s*|\s+and\s+|\s+))*$/u.test(text.slice(e, s)) && s - e < 80);
	const mentions: CountryMention[] = [];
	for (const n of local) {
		if (n.entry.kind !== 'country' && n.entry.kind !== 'adjective') continue;
		if (inHost(n.start) || attachedToPartner(n.start)) continue;
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
		const stop = PHRASE_STOP.exec(phraseText);
		const phrase = phraseText.slice(stop ? stop.index + stop[0].length : 0);
		const types = TYPE_WORDS.filter(([re]) => re.test(phrase)).map(([, t]) => t);
		const phraseStart = list.start - (before.length - prep.index) - phrase.length;
		for (const c of list.countries) addGeneric(c, types, [phraseStart, list.end]);
	}
	for (const n of local) {
		if (n.entry.kind !== 'adjective' || inHost(n.start)) continue;
		const after = /^\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+(?:officers|services?|agency|agencies|guards?|committee|officials))?)/u.exec(text.slice(n.end, Math.min(to, n.end + 60)));
		if (!after || /\b(?:and|or|of|from|to|in|with)\b/i.test(after[1])) continue;
		const types = TYPE_WORDS.filter(([re]) => re.test(after[1])).map(([, t]) => t).slice(0, 1);
		for (const id of n.entry.ids) addGeneric(id, types, [n.start, n.end + after[0].length]);
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
