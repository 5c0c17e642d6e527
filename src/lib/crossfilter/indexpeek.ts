// The events behind one mark of a view (a map place, a network node, a timeline bin) under a prepared selection: how many, and the newest few as the list shows them.
import { lowerBound, toDayNumber, type EventDays } from './indexdays';
import type { Family } from './indexfamilies';
import { listRows, type ListSource } from './indexlist';
import { ALL } from './indexmasks';
import type { ListRow } from './rows';

/**
 * One mark: a host key of the map (place id, or '@' + ISO3 for a country-only mark), a network node at the prepared
 * level (organisation id, or ISO3 at the country level), or a timeline bin: the events starting on days in [from, to).
 */
export type PeekTarget = { view: 'map'; key: string } | { view: 'network'; id: string } | { view: 'timeline'; from: string; to: string };

export interface Peek {
	/** Every event the mark counts: the number its view shows. */
	n: number;
	/** The newest of them (start day descending, then id: the list's order), at most the limit asked. */
	rows: ListRow[];
}

/** What a peek reads of a prepared index: the list's columns, the families the map and the network count in, the pass flags. */
export interface PeekSource {
	list: ListSource;
	hosts: Family;
	nodes: Family;
	masks: Uint8Array | null;
	/**
	 * How the timeline counts a window: 'overlap' (an event inside it overlaps it by a day, as events are drawn) or
	 * 'start' (its first day lies in it, as the day counts of a large dataset do).
	 */
	timelineWindow: 'overlap' | 'start';
}

const codes = new WeakMap<Family, Map<string, number>>();
const codeOf = (f: Family, key: string) => {
	let m = codes.get(f);
	if (!m) codes.set(f, (m = new Map(f.names.map((k, i) => [k, i]))));
	return m.get(key);
};

/** Whether event i has key `code` in family f and passes the flag that family counts under. */
function inFamily(f: Family, code: number, masks: Uint8Array | null): (i: number) => boolean {
	return (i) => {
		if (masks && !(masks[i] & f.mask)) return false;
		for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) if (f.keys[j] === code) return true;
		return false;
	};
}

/**
 * The events of `target` in the window `time` (null: none, the undated events too, as the map's and network's counts
 * take them; the timeline never draws those). Map and network counts leave their own clauses out, as their views do;
 * a timeline bin counts the events passing every clause, inside the window.
 */
export function peekEvents(p: PeekSource, target: PeekTarget, time: [string, string] | null, limit: number): Peek {
	const days = p.list.days;
	const from = time ? toDayNumber(time[0]) : -Infinity;
	const to = time ? toDayNumber(time[1]) : Infinity;
	if (Number.isNaN(from) || Number.isNaN(to)) return { n: 0, rows: [] };
	if (target.view === 'timeline') {
		const binFrom = toDayNumber(target.from);
		const binTo = toDayNumber(target.to) - 1;
		if (Number.isNaN(binFrom) || Number.isNaN(binTo)) return { n: 0, rows: [] };
		const masks = p.masks;
		const test = (i: number) => !masks || (masks[i] & ALL) !== 0;
		const overlap = p.timelineWindow === 'overlap';
		// Starting in the bin and, with a window, inside it: by start day, or overlapping it (then nothing starting
		// more than the longest event's span before the window can reach it).
		const lo = Math.max(binFrom, overlap ? from - days.maxSpan : from);
		const hi = Math.min(binTo, to);
		const picked = scan(days, lo, hi, overlap ? from : -Infinity, test, limit);
		return { n: picked.n, rows: listRows(p.list, picked.first) };
	}
	const f = target.view === 'map' ? p.hosts : p.nodes;
	const code = codeOf(f, target.view === 'map' ? target.key : target.id);
	if (code === undefined) return { n: 0, rows: [] };
	const test = inFamily(f, code, p.masks);
	const picked = scan(days, from - days.maxSpan, to, from, test, limit);
	if (!time) {
		// Undated events come after the dated ones, as the list's order (date descending, nulls last) puts them.
		for (let i = days.dated; i < days.n; i++) {
			if (!test(i)) continue;
			if (picked.first.length < limit) picked.first.push(i);
			picked.n++;
		}
	}
	return { n: picked.n, rows: listRows(p.list, picked.first) };
}

/**
 * Counts the dated events starting on days [lo, hi] that end on or after `endFrom` and pass `test`, keeping the first
 * `limit` in the list's order: newest day first, by index (id) within a day.
 */
function scan(days: EventDays, lo: number, hi: number, endFrom: number, test: (i: number) => boolean, limit: number): { n: number; first: number[] } {
	const start = days.start;
	const end = days.end;
	const first: number[] = [];
	let n = 0;
	let top = hi === Infinity ? days.dated : lowerBound(start, hi + 1);
	const bottom = lo === -Infinity ? 0 : lowerBound(start, lo);
	while (top > bottom) {
		const dayLo = Math.max(bottom, lowerBound(start, start[top - 1]));
		for (let i = dayLo; i < top; i++) {
			if (end[i] < endFrom || !test(i)) continue;
			if (first.length < limit) first.push(i);
			n++;
		}
		top = dayLo;
	}
	return { n, first };
}
