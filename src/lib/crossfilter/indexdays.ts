// The time index's layout of days (events by start, by end, in whole weeks) and the counting a window is read from: per-week prefix sums plus the last partial week.
import type { Family } from './indexfamilies';
import type { IndexSource } from './indexsource';

/** A family's prefix counts for one base selection: row w holds the counts of the weeks before week w. */
export interface Prefix {
	starts: Int32Array;
	ends: Int32Array;
	/** Counts per key of the undated events: added when no window is set. */
	undated: Int32Array;
}

export const lowerBound = (xs: Int32Array, v: number) => {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (xs[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
};

const DAY_MS = 86_400_000;
export const toDayNumber = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / DAY_MS);
/** A day number as YYYY-MM-DD (the list's dates, as DuckDB's strftime writes them). */
export const toIso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const WEEK = 7;

/** The events' days: starts in index order (the dated ones first), the order by end, the weeks they fall in. */
export class EventDays {
	/** All events, undated included. */
	readonly n: number;
	/** Events with a day: indexes below it. */
	readonly dated: number;
	readonly start: Int32Array;
	/** The source's end days, by event index. */
	readonly end: ArrayLike<number>;
	/** event indexes sorted by end day, and those days */
	readonly byEnd: Int32Array;
	readonly endSorted: Int32Array;
	readonly day0: number;
	readonly weeks: number;
	/** The longest event in days: scanning back from a window's end can stop this far before its start. */
	readonly maxSpan: number;

	constructor(src: Pick<IndexSource, 'dated' | 'start' | 'end'>) {
		this.n = src.start.length;
		this.end = src.end;
		const n = (this.dated = Math.min(src.dated ?? this.n, this.n));
		this.start = Int32Array.from({ length: n }, (_, i) => src.start[i]);
		const end = Int32Array.from({ length: n }, (_, i) => src.end[i]);
		let min = Infinity;
		let max = -Infinity;
		for (let i = 0; i < n; i++) {
			if (this.start[i] < min) min = this.start[i];
			if (end[i] > max) max = end[i];
			if (i > 0 && this.start[i] < this.start[i - 1]) throw new Error('TimeIndex: events must come in start order');
		}
		let span = 0;
		for (let i = 0; i < n; i++) if (end[i] - this.start[i] > span) span = end[i] - this.start[i];
		this.maxSpan = span;
		this.day0 = n ? min : 0;
		this.weeks = n ? Math.floor((max - min) / WEEK) + 1 : 0;
		this.byEnd = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => end[a] - end[b] || a - b);
		this.endSorted = Int32Array.from(this.byEnd, (i) => end[i]);
	}

	/** Prefix counts of one family under per-event pass flags. */
	prefix(f: Family, masks: Uint8Array | null): Prefix {
		const K = f.names.length;
		const W = this.weeks;
		const starts = new Int32Array((W + 1) * K);
		const ends = new Int32Array((W + 1) * K);
		const undated = new Int32Array(K);
		const end = this.endSorted;
		for (let i = this.dated; i < this.n; i++) {
			if (masks && !(masks[i] & f.mask)) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) undated[f.keys[j]]++;
		}
		for (let i = 0; i < this.dated; i++) {
			if (masks && !(masks[i] & f.mask)) continue;
			const ws = Math.floor((this.start[i] - this.day0) / WEEK);
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) starts[(ws + 1) * K + f.keys[j]]++;
		}
		for (let r = 0; r < this.dated; r++) {
			const i = this.byEnd[r];
			if (masks && !(masks[i] & f.mask)) continue;
			const we = Math.floor((end[r] - this.day0) / WEEK);
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) ends[(we + 1) * K + f.keys[j]]++;
		}
		for (let w = 1; w <= W; w++) {
			const row = w * K;
			const prev = row - K;
			for (let k = 0; k < K; k++) {
				starts[row + k] += starts[prev + k];
				ends[row + k] += ends[prev + k];
			}
		}
		return { starts, ends, undated };
	}

	/** Events per key of the family in the window (null: no window, the undated events too), from its prefix counts. */
	counts(f: Family, p: Prefix, masks: Uint8Array | null, time: [string, string] | null): Int32Array {
		const out = new Int32Array(f.names.length);
		if (!time) {
			this.#addUpTo(f, p.starts, this.start, null, masks, Number.MAX_SAFE_INTEGER, 1, out);
			for (let k = 0; k < out.length; k++) out[k] += p.undated[k];
			return out;
		}
		const from = toDayNumber(time[0]);
		const to = toDayNumber(time[1]);
		if (!Number.isFinite(from) || !Number.isFinite(to)) return out;
		// An inverted window selects, as the SQL does, the events spanning both days. The prefix identity needs the
		// events ending before `from` to be among those starting by `to`, which holds only while to ≥ from − 1.
		if (to < from - 1) return this.#spanning(f, masks, from, to, out);
		this.#addUpTo(f, p.starts, this.start, null, masks, to, 1, out);
		this.#addUpTo(f, p.ends, this.endSorted, this.byEnd, masks, from - 1, -1, out);
		return out;
	}

	/**
	 * Adds sign × (events of the family with day ≤ d) per key to `out`: the prefix row of d's week, then the events
	 * of that week up to d. `days` is sorted; `order` maps its positions to event indexes (null: the identity).
	 */
	#addUpTo(f: Family, prefix: Int32Array, days: Int32Array, order: Int32Array | null, masks: Uint8Array | null, d: number, sign: number, out: Int32Array) {
		if (d < this.day0) return;
		const K = f.names.length;
		const w = Math.min(this.weeks, Math.floor((d - this.day0) / WEEK));
		const row = w * K;
		for (let k = 0; k < K; k++) out[k] += sign * prefix[row + k];
		if (w === this.weeks) return;
		const from = lowerBound(days, this.day0 + w * WEEK);
		const to = lowerBound(days, d + 1);
		for (let p = from; p < to; p++) {
			const i = order ? order[p] : p;
			if (masks && !(masks[i] & f.mask)) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out[f.keys[j]] += sign;
		}
	}

	/**
	 * The same counts as `counts` read straight off the events, with no prefix: O(events in the window), against the
	 * prefix's O(weeks × keys) to build. The first answer of a base selection is counted this way, so a filtered link
	 * is drawn before the prefixes (megabytes at 10k events) exist.
	 */
	direct(f: Family, masks: Uint8Array | null, time: [string, string] | null): Int32Array {
		const out = new Int32Array(f.names.length);
		if (!time) {
			for (let i = 0; i < this.n; i++) {
				if (masks && !(masks[i] & f.mask)) continue;
				for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out[f.keys[j]]++;
			}
			return out;
		}
		const from = toDayNumber(time[0]);
		const to = toDayNumber(time[1]);
		if (!Number.isFinite(from) || !Number.isFinite(to)) return out;
		return this.#spanning(f, masks, from, to, out);
	}

	/** Adds per key the events with start ≤ to and end ≥ from: only those starting `maxSpan` days before `from` can. */
	#spanning(f: Family, masks: Uint8Array | null, from: number, to: number, out: Int32Array): Int32Array {
		const end = this.end;
		for (let i = lowerBound(this.start, from - this.maxSpan); i < this.dated && this.start[i] <= to; i++) {
			if (end[i] < from || (masks && !(masks[i] & f.mask))) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out[f.keys[j]]++;
		}
		return out;
	}
}
