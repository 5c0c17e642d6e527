// Where an item's sessions were held: cities, or a country alone ("in Kyrgyzstan") or through one of its agencies, found in its lead sentence.
import { findParticipation } from './orgs';
import { namesIn, type NameMatch, type Registry } from './registry';
import { matchesIn } from './text';

export interface HostMention {
	/** City place id, or null for a country-only mention. */
	placeId: string | null;
	/** ISO3 of the host country. */
	country: string;
	span: [number, number];
	/** Found through an agency of the country ("worked with the State Customs Service of Kyrgyzstan"): its span does not keep the agency and its country out of the participants. */
	viaAgency?: boolean;
	/** Other words naming the same venue: "a study visit to Austria … in Vienna" (Austria is no participant). */
	also?: [number, number][];
}

/** Words just before a country that make it the place of the event rather than where people came from. */
const LOCATIVE = /(?:\b(?:in|to|at|into|visited|visiting|visit|hosted by|inside)\s+(?:the\s+)?)$/i;
/** Words just before a city that make it an origin, not a venue ("trainers from Almaty"). */
const ORIGIN = /(?:\bfrom|\bof)\s+(?:the\s+)?$/i;
/** What joins the cities of one list ("from Osh and Batken"): a city after an origin in such a list is an origin too. */
const LIST_JOINT = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** A name followed by these is a river or valley of that name, not the town ("along the Panj river"). */
const NOT_A_TOWN = /^\s+(?:river|valley|gorge|basin)\b/i;
/**
 * What may stand between two host countries of one list, after the locative of the first: "to Latvia and Lithuania",
 * "to Poland, Germany and Belgium", "to Hungary and the Czech Republic", "to Tajikistan (1-3 June) and Kazakhstan".
 */
const HOST_LIST_JOINT = /^\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
/** A country used as an attribute of people ("Tajikistan border guards attended"), not as one more venue of a list. */
const ATTRIBUTIVE = /^\s+(?:border|customs|migration|police|officers?|officials?|guards?|delegat\w*|experts?|participants?|representatives?|trainers?|authorit\w*|agenc\w*)\b/i;
/** "the Osh, Batken and Jalal-Abad regions": names of regions, a venue only right after "in"/"to"/"at". */
const REGION_AFTER = /^(?:\s*,\s*(?:and\s+)?[\p{L}'’-]+|\s+and\s+[\p{L}'’-]+)*\s+(?:regions?|oblasts?|provinces?|districts?|velayats?|viloyats?)\b/iu;

/**
 * Host mentions in [from, to): every city not named as an origin; when there is none, the countries named with a
 * locative ("in Kyrgyzstan", "came to the Kyrgyz Republic"), and those listed after one ("to Latvia and Lithuania").
 * "Dushanbe, Tajikistan" and "Ankara (Turkey)" are one place: the country after a city is absorbed into it. Mentions
 * inside an organisation's name are skipped (the caller passes those spans).
 */
export function findHosts(reg: Registry, text: string, names: NameMatch[], from: number, to: number, orgSpans: [number, number][]): HostMention[] {
	const orgs = orgSpans.filter(([a, b]) => b > from && a < to);
	const inOrg = (s: number, e: number) => orgs.some(([a, b]) => s >= a && e <= b);
	const local = namesIn(names, from, to).filter((n) => !inOrg(n.start, n.end));
	const cities: HostMention[] = [];
	const absorbed = new Set<number>();
	let lastOrigin = -1;
	for (const n of local) {
		if (n.entry.kind !== 'place') continue;
		const before = text.slice(Math.max(from, n.start - 16), n.start);
		if (ORIGIN.test(before) || (lastOrigin >= 0 && LIST_JOINT.test(text.slice(lastOrigin, n.start)))) {
			lastOrigin = n.end;
			continue;
		}
		lastOrigin = -1;
		const rest = text.slice(n.end, n.end + 80);
		if (NOT_A_TOWN.test(rest) || (REGION_AFTER.test(rest) && !LOCATIVE.test(before))) continue;
		const place = reg.placeById.get(n.entry.ids[0]);
		if (!place) continue;
		let end = n.end;
		const after = local.find((c) => c.entry.kind === 'country' && c.start > n.end && /^\s*[,(]\s*$/.test(text.slice(n.end, c.start)));
		if (after && after.entry.ids.includes(place.country)) {
			end = after.end + (text[after.end] === ')' && text.slice(n.end, after.start).includes('(') ? 1 : 0);
			absorbed.add(after.start);
		}
		if (!cities.some((c) => c.placeId === place.id)) cities.push({ placeId: place.id, country: place.country, span: [n.start, end] });
	}
	if (cities.length) {
		for (const n of local) {
			if (n.entry.kind !== 'country' || absorbed.has(n.start) || !LOCATIVE.test(text.slice(Math.max(from, n.start - 16), n.start))) continue;
			const city = cities.find((c) => c.country === n.entry.ids[0]);
			if (city) (city.also ??= []).push([n.start, n.end]);
		}
		return cities;
	}
	const countries: HostMention[] = [];
	let lastHost = -1;
	for (const n of local) {
		if (n.entry.kind !== 'country' || absorbed.has(n.start)) continue;
		const listed = lastHost >= 0 && n.start - lastHost <= 80 && HOST_LIST_JOINT.test(text.slice(lastHost, n.start)) && !ATTRIBUTIVE.test(text.slice(n.end, n.end + 24));
		if (!listed && !LOCATIVE.test(text.slice(Math.max(from, n.start - 16), n.start))) {
			lastHost = -1;
			continue;
		}
		lastHost = n.end;
		if (!countries.some((c) => c.country === n.entry.ids[0])) countries.push({ placeId: null, country: n.entry.ids[0], span: [n.start, n.end] });
	}
	return countries;
}

/** Before an agency of the programme's countries that receives the event: experts "worked with" it, a course "for" it. */
const RECEIVING = /\b(?:with|for|to|at|visited|visiting|visit|hosted by|premises of|assisted|supported|advised)\s+(?:the\s+)?$/i;
/** Before a foreign agency only words that put the event at its seat: a study visit "to" it; experts "with" it came to Central Asia. */
const AT_AGENCY = /\b(?:to|at|visited|visiting|visit|hosted by|premises of)\s+(?:the\s+)?$/i;

const AGENCY_LIST_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/**
 * A host country given only through an agency of that country, in a lead naming no venue: "experts worked with the
 * State Customs Service of Kyrgyzstan" (KGZ), "a study visit to the State Revenue Service of Latvia" (LVA). Every such
 * agency must belong to one country; agencies of several leave the host unknown.
 */
export function agencyHost(reg: Registry, text: string, names: NameMatch[], from: number, to: number): HostMention | null {
	const who = findParticipation(reg, text, names, from, to, []);
	const mentions = [...who.agencies, ...who.partners].sort((a, b) => a.span[0] - b.span[0]);
	let host: HostMention | null = null;
	// End of the last receiving agency: the ones listed after it receive too ("with the X of Kyrgyzstan and the Y of Kazakhstan").
	let lastEnd = -1;
	for (const m of mentions) {
		const org = reg.orgById.get(m.orgId);
		// A generic mention's span starts with the blank or article after its preposition ("for| the customs service of …").
		const start = m.span[0] + (/^\s*(?:the\s+)?/i.exec(text.slice(m.span[0], m.span[0] + 8))?.[0].length ?? 0);
		const before = text.slice(Math.max(from, start - 24), start);
		const foreign = who.partners.includes(m);
		const listed = lastEnd >= 0 && lastEnd <= start && start - lastEnd < 16 && AGENCY_LIST_JOINT.test(text.slice(lastEnd, start));
		if (!listed && !(foreign ? AT_AGENCY : RECEIVING).test(before)) continue;
		lastEnd = m.span[1];
		if (!org?.country) continue;
		if (host && host.country !== org.country) return null;
		if (!host || start < host.span[0]) host = { placeId: null, country: org.country, span: [start, m.span[1]], viaAgency: true };
	}
	return host;
}

/** A capitalised word after "in"/"held in" that no registry knows: reported so the registry can grow. */
export function unknownPlace(text: string, from: number, to: number, names: NameMatch[]): { word: string; at: number } | null {
	const re = /\b(?:held in|took place in|in|visited|hosted in)\s+((?:[A-Z][\p{Ll}'’-]+)(?:[\s-][A-Z][\p{Ll}'’-]+)?)/gu;
	for (const m of matchesIn(re, text, from, to)) {
		const at = m.index + m[0].length - m[1].length;
		if (names.some((n) => at >= n.start && at < n.end)) continue;
		if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Cooperation|Accordance|Addition|Order|Total|Particular|Future|Line|Charge|Support|Partnership|Line|Framework|Line|Terms|Spite|Case|Response)\b/.test(m[1])) continue;
		return { word: m[1], at };
	}
	return null;
}
