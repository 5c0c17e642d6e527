// Where an item's sessions were held: cities, or a country alone ("in Kyrgyzstan"), found in its lead sentence.
import { namesIn, type NameMatch, type Registry } from './registry';
import { matchesIn } from './text';

export interface HostMention {
	/** City place id, or null for a country-only mention. */
	placeId: string | null;
	/** ISO3 of the host country. */
	country: string;
	span: [number, number];
}

/** Words just before a country that make it the place of the event rather than where people came from. */
const LOCATIVE = /(?:\b(?:in|to|at|into|visited|visiting|visit|hosted by|inside)\s+(?:the\s+)?)$/i;
/** Words just before a city that make it an origin, not a venue ("trainers from Almaty"). */
const ORIGIN = /(?:\bfrom|\bof)\s+(?:the\s+)?$/i;
/** What joins the cities of one list ("from Osh and Batken"): a city after an origin in such a list is an origin too. */
const LIST_JOINT = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** A name followed by these is a river or valley of that name, not the town ("along the Panj river"). */
const NOT_A_TOWN = /^\s+(?:river|valley|gorge|basin)\b/i;
/** "the Osh, Batken and Jalal-Abad regions": names of regions, a venue only right after "in"/"to"/"at". */
const REGION_AFTER = /^(?:\s*,\s*(?:and\s+)?[\p{L}'’-]+|\s+and\s+[\p{L}'’-]+)*\s+(?:regions?|oblasts?|provinces?|districts?|velayats?|viloyats?)\b/iu;

/**
 * Host mentions in [from, to): every city not named as an origin; when there is none, the countries named with a
 * locative ("in Kyrgyzstan", "came to the Kyrgyz Republic"). "Dushanbe, Tajikistan" is one place: the country after
 * a city is absorbed into it. Mentions inside an organisation's name are skipped (the caller passes those spans).
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
		const after = local.find((c) => c.entry.kind === 'country' && c.start > n.end && /^,\s*$/.test(text.slice(n.end, c.start)));
		if (after && after.entry.ids.includes(place.country)) {
			end = after.end;
			absorbed.add(after.start);
		}
		if (!cities.some((c) => c.placeId === place.id)) cities.push({ placeId: place.id, country: place.country, span: [n.start, end] });
	}
	if (cities.length) return cities;
	const countries: HostMention[] = [];
	for (const n of local) {
		if (n.entry.kind !== 'country' || absorbed.has(n.start)) continue;
		if (!LOCATIVE.test(text.slice(Math.max(from, n.start - 16), n.start))) continue;
		if (!countries.some((c) => c.country === n.entry.ids[0])) countries.push({ placeId: null, country: n.entry.ids[0], span: [n.start, n.end] });
	}
	return countries;
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
