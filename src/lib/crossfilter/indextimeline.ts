// The timeline's rows from the index: every dated event with whether it passes the other clauses, or per host country and start day for a large dataset, as timelineQuery and timelineBinsQuery give them.
import type { TimelineBinRow } from './density';
import { toIso } from './indexdays';
import { ALL } from './indexmasks';
import type { IndexSource } from './indexsource';
import type { TimelineRow } from './rows';

/** The timeline leaves out only its own clause (time), so an event is active when it passes the base selection: the ALL flag. */
const activeOf = (masks: Uint8Array | null, i: number) => !masks || (masks[i] & ALL) !== 0;

/** One row per dated event in (start, id) order: the index's own order. Null when the source has no list columns. */
export function timelineRows(s: IndexSource, dated: number, masks: Uint8Array | null): TimelineRow[] | null {
	if (!s.listFields || !s.dateEnd) return null;
	const rows: TimelineRow[] = new Array(dated);
	for (let i = 0; i < dated; i++) {
		const f = s.listFields(i);
		rows[i] = {
			id: f.id,
			date_start: toIso(s.start[i]),
			date_end: toIso(s.dateEnd[i]),
			country: s.hostCountry[i],
			kind: s.kind[i],
			topic: s.topic[i],
			title: f.title,
			place_id: f.place_id,
			flags: f.flags,
			active: activeOf(masks, i)
		};
	}
	return rows;
}

/** Events starting on each host country's day, and how many of them are active; ordered by country (no country last), then day. */
export function timelineBins(s: IndexSource, dated: number, masks: Uint8Array | null): TimelineBinRow[] {
	const byKey = new Map<string, TimelineBinRow>();
	for (let i = 0; i < dated; i++) {
		const country = s.hostCountry[i];
		const bin = s.start[i];
		const key = `${country ?? ''}\t${bin}`;
		let r = byKey.get(key);
		if (!r) byKey.set(key, (r = { country, bin: String(bin), n: 0, n_active: 0 }));
		r.n++;
		if (activeOf(masks, i)) r.n_active++;
	}
	const rows = [...byKey.values()];
	const dayOf = new Map(rows.map((r) => [r, Number(r.bin)]));
	rows.sort((a, b) => {
		if (a.country !== b.country) {
			if (a.country === null) return 1;
			if (b.country === null) return -1;
			return a.country < b.country ? -1 : 1;
		}
		return dayOf.get(a)! - dayOf.get(b)!;
	});
	for (const r of rows) r.bin = toIso(dayOf.get(r)!);
	return rows;
}
