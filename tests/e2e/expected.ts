// What the dashboard should show, derived in plain JS from the bundled events (news merged with the record) (not from the SQL under test).
import { readBundle, readRegistry } from '../../scripts/bundle';
import type { Event } from '../../src/lib/model/event';

export const events: Event[] = readBundle('data', readRegistry('data')).events;

/** Hosted in or attended by, as the URL's `country` means. */
export const involves = (e: Event, iso3: string) => e.country === iso3 || e.participant_countries.includes(iso3);
export const hasPartner = (e: Event, id: string) => e.partners.some((p) => p.id === id);
export const hasOrg = (e: Event, id: string) => e.partners.some((p) => p.id === id) || e.agencies.some((a) => a.id === id);
export const overlaps = (e: Event, from: string, to: string) => e.date_start !== null && e.date_end! >= from && e.date_start <= to;

/** The partner with the most events, and one with fewer, so filters visibly change the views. */
export function partnersByCount(): [string, number][] {
	const counts = new Map<string, number>();
	for (const e of events) for (const p of e.partners) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
