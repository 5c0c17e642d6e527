// Test oracle: what each view should show, worked out in plain JS from the ingest's events (never from the SQL under test).
import type { Event, Org } from '../../../src/lib/model/event';
import type { Dimension, Selection } from '../../../src/lib/crossfilter/selection';

const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const INTERNATIONAL_TYPES = ['partner', 'donor', 'eu_delegation'];

/** Countries an event touches: where it was hosted and who attended. */
export const countriesOf = (e: Event) => new Set([...(e.country ? [e.country] : []), ...e.participant_countries]);
export const orgIdsOf = (e: Event) => new Set([...e.partners.map((p) => p.id), ...e.agencies.map((a) => a.id)]);
export const hostKey = (e: Event) => e.place?.id ?? `@${e.country}`;

/** Events with a day, for the views that draw time (the timeline, the list's dated part). */
export type Dated = Event & { date_start: string; date_end: string };
export const isDated = (e: Event): e is Dated => e.date_start !== null && e.date_end !== null;

/** Oldest first by start day, then id; undated last (by id), as SQL's ORDER BY date_start, id (NULLS LAST) orders them. */
export function byStart(a: Event, b: Event): number {
	if (a.date_start !== b.date_start) {
		if (a.date_start === null) return 1;
		if (b.date_start === null) return -1;
		return a.date_start < b.date_start ? -1 : 1;
	}
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether `e` passes every clause of `sel` but those in `except`. */
export function passes(e: Event, sel: Selection, except: Dimension[] = []): boolean {
	const on = (d: Dimension) => !except.includes(d);
	const any = (values: string[], has: (v: string) => boolean) => values.length === 0 || values.some(has);
	// An undated event matches every clause but time: a window leaves it out.
	if (on('time') && sel.time && !(e.date_start !== null && e.date_end! >= sel.time[0] && e.date_start <= sel.time[1])) return false;
	if (on('place') && !any(sel.place, (v) => e.place?.id === v)) return false;
	if (on('country') && !any(sel.country, (v) => countriesOf(e).has(v))) return false;
	if (on('org') && !any(sel.org, (v) => orgIdsOf(e).has(v))) return false;
	const hasPartner = (v: string) => e.partners.some((p) => p.id === v);
	if (on('partner') && !(sel.pmode === 'all' ? sel.partner.every(hasPartner) : any(sel.partner, hasPartner))) return false;
	if (on('kind') && !any(sel.kind, (v) => e.kind === v)) return false;
	if (on('topic') && !any(sel.topic, (v) => e.topic === v)) return false;
	return true;
}

/** The network node an org becomes: itself, or its country when Central Asian agencies are collapsed. */
export function nodeOf(org: Org, level: 'org' | 'country'): string {
	if (level === 'org') return org.id;
	const agency = CENTRAL_ASIA.includes(org.country) && !INTERNATIONAL_TYPES.includes(org.type);
	return agency ? org.country : org.id;
}

/** Adds 1 to `map[key]` once per distinct event. */
export class Tally {
	private sets = new Map<string, Set<string>>();
	add(key: string, eventId: string) {
		let s = this.sets.get(key);
		if (!s) this.sets.set(key, (s = new Set()));
		s.add(eventId);
	}
	get(key: string): number {
		return this.sets.get(key)?.size ?? 0;
	}
	keys(): string[] {
		return [...this.sets.keys()];
	}
}

/** Sorts rows by a string key so SQL and JS answers compare regardless of tie order. */
export const byKey = <T>(key: (r: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
