// The event list from the time index: the newest events of a window, or the first undated ones, as the list query gives them.
import { lowerBound, toDayNumber, toIso, type EventDays } from './indexdays';
import { ALL } from './indexmasks';
import type { IndexSource } from './indexsource';
import type { EventRows } from './indexfamilies';
import type { ListRow, PlaceRow } from './rows';

/** What the list reads beside the pass flags: the source's columns, its days, the places by id and each event's partners. */
export interface ListSource {
	src: IndexSource;
	days: EventDays;
	places: Map<string, Pick<PlaceRow, 'name' | 'name_ru'>>;
	partners: () => (i: number) => string | null;
}

/**
 * The newest `limit` events of the whole selection in the window, as the list query orders them (start day
 * descending, then id ascending: the index order within a day). Scans back from the window's end and stops `maxSpan`
 * days before its start, where no earlier event can still reach into the window. Null when the source has no list columns.
 */
export function windowList(l: ListSource, masks: Uint8Array | null, time: [string, string] | null, limit: number): ListRow[] | null {
	const s = l.src;
	if (!s.listFields || !s.dateEnd) return null;
	const from = time ? toDayNumber(time[0]) : -Infinity;
	const to = time ? toDayNumber(time[1]) : Infinity;
	if (Number.isNaN(from) || Number.isNaN(to)) return [];
	const start = l.days.start;
	const end = l.days.end;
	const picked: number[] = [];
	let hi = to === Infinity ? l.days.dated : lowerBound(start, to + 1);
	const stop = from - l.days.maxSpan;
	while (hi > 0 && picked.length < limit && start[hi - 1] >= stop) {
		// One day's events, taken in index (id) order.
		const lo = lowerBound(start, start[hi - 1]);
		for (let i = lo; i < hi && picked.length < limit; i++) {
			if (end[i] < from || (masks && !(masks[i] & ALL))) continue;
			picked.push(i);
		}
		hi = lo;
	}
	return listRows(l, picked);
}

/** The first `limit` undated events (by id, the index's order among them) passing every clause. */
export function undatedList(l: ListSource, masks: Uint8Array | null, limit: number): ListRow[] | null {
	if (!l.src.listFields) return null;
	const picked: number[] = [];
	for (let i = l.days.dated; i < l.days.n && picked.length < limit; i++) if (!masks || masks[i] & ALL) picked.push(i);
	return listRows(l, picked);
}

/** The list's rows of the events picked (indexes, in the order shown). */
export function listRows(l: ListSource, picked: number[]): ListRow[] {
	const s = l.src;
	const partnerShorts = l.partners();
	return picked.map((i) => {
		const f = s.listFields!(i);
		const place = f.place_id === null ? undefined : l.places.get(f.place_id);
		const dated = i < l.days.dated;
		return {
			id: f.id,
			date_start: dated ? toIso(l.days.start[i]) : null,
			date_end: dated ? toIso(s.dateEnd![i]) : null,
			title: f.title,
			kind: s.kind[i],
			topic: s.topic[i],
			place_id: f.place_id,
			place_name: place?.name ?? null,
			place_name_ru: place?.name_ru ?? null,
			country: s.hostCountry[i],
			flags: f.flags,
			year_explicit: f.year_explicit,
			partners: partnerShorts(i)
		};
	});
}

/** The partners of event i by short name, sorted and joined as the list query's string_agg does (null: none). */
export function partnerShorts(s: IndexSource, short: Map<string, string>, eo: EventRows): (i: number) => string | null {
	return (i) => {
		const names: string[] = [];
		for (let j = eo.off[i]; j < eo.off[i + 1]; j++) {
			const r = eo.order[j];
			if (!s.eoPartner[r]) continue;
			const sh = short.get(s.eoOrg[r]);
			if (sh !== undefined) names.push(sh);
		}
		if (!names.length) return null;
		return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
	};
}
