// One event per session, whichever source it came from: a news session and a record session on the same start day at the same place are one event.
import type { Event } from '../model/event';

/** Why two sessions were taken for one. */
export interface Merge {
	news: string;
	record: string;
	line: number;
	why: string;
}

/** A record session left on its own although a news session is close to it: worth a look, not merged. */
export interface NearMiss {
	news: string;
	record: string;
	line: number;
	why: string;
}

export interface Merged {
	events: Event[];
	merges: Merge[];
	nearMisses: NearMiss[];
}

/** News and the record date the same activity a few days apart when one of them misreads a date. */
const NEAR_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Same place: the same city; or, where either names only a country, the same country ("in Kyrgyzstan" and "in
 * Bishkek" are one venue when the day agrees too). Two different cities are never the same place.
 */
function samePlace(a: Event, b: Event): 'city' | 'country' | null {
	if (a.place && b.place) return a.place.id === b.place.id ? 'city' : null;
	if (a.country && a.country === b.country) return 'country';
	return null;
}

const label = (e: Event) => `${e.date_start} ${e.place?.name ?? e.country ?? 'no place'}`;

/**
 * Merges the record into the news events. A merged event is the news event (its text, spans and facts) with the
 * record's page and line, and whatever the news text did not say: the venue's city, a topic, a head count, partners
 * the page names. Each session merges at most once; an exact city match is preferred over a country-only one.
 * The output keeps the news events' order, then the record's own events in the record's order.
 */
export function mergeSources(news: Event[], record: Event[]): Merged {
	const merges: Merge[] = [];
	const nearMisses: NearMiss[] = [];
	const byDay = new Map<string, number[]>();
	news.forEach((e, i) => {
		if (e.date_start) byDay.set(e.date_start, [...(byDay.get(e.date_start) ?? []), i]);
	});
	const taken = new Set<number>();
	const out = news.map((e) => ({ ...e }));
	const own: Event[] = [];
	for (const r of record) {
		const candidates = (r.date_start ? (byDay.get(r.date_start) ?? []) : []).filter((i) => !taken.has(i));
		const matches = candidates.map((i) => ({ i, how: samePlace(news[i], r) })).filter((m) => m.how !== null);
		const best = matches.find((m) => m.how === 'city') ?? matches[0];
		if (!best) {
			own.push(r);
			const near = nearest(news, r);
			if (near) nearMisses.push({ news: near.id, record: r.id, line: r.record_line ?? 0, why: `${label(r)} vs ${label(near)}` });
			continue;
		}
		taken.add(best.i);
		const e = out[best.i];
		out[best.i] = {
			...e,
			source_url: r.source_url ?? e.source_url ?? null,
			record_line: r.record_line ?? null,
			place: e.place ?? r.place,
			topic: e.topic ?? r.topic,
			participants_count: e.participants_count ?? r.participants_count,
			partners: [...e.partners, ...r.partners.filter((p) => !e.partners.some((q) => q.id === p.id))]
		};
		merges.push({
			news: e.id,
			record: r.id,
			line: r.record_line ?? 0,
			why: best.how === 'city' ? `same start day ${r.date_start} and city ${r.place!.name}` : `same start day ${r.date_start} and country ${r.country}`
		});
	}
	return { events: [...out, ...own], merges, nearMisses };
}

/** The news session nearest in time (within NEAR_DAYS) at the same place, for the near-miss report. */
function nearest(news: Event[], r: Event): Event | null {
	if (!r.date_start) return null;
	const t = Date.parse(r.date_start);
	let best: Event | null = null;
	let gap = Infinity;
	for (const e of news) {
		if (!e.date_start || !samePlace(e, r)) continue;
		const d = Math.abs(Date.parse(e.date_start) - t) / DAY_MS;
		if (d > 0 && d <= NEAR_DAYS && d < gap) {
			gap = d;
			best = e;
		}
	}
	return best;
}
