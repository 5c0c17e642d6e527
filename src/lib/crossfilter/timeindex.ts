// The brushed dimension, pre-aggregated: per-week prefix counts of every view's keys by start and by end day, so a time window's counts come from two lookups, exact to the day.
//
// An event overlaps [from, to] when start ≤ to and end ≥ from. Since end ≥ start, the events with end < from are a
// subset of those with start ≤ to, so for any key: matching = #(start ≤ to) − #(end ≤ from − 1). Each count is a
// prefix sum over whole weeks plus the few events of the last, partial week (found by binary search in the events
// sorted by start, or by end). A brush step costs O(keys + events in two weeks), whatever the window's size.
// Undated events come last in the index's order and sit outside the weeks: counted with no window, never within one.
// The parts: indexsource (the input), indexmasks (the base selection), indexfamilies (keys per event), indexdays
// (weeks and counting), indexviews and indexlist (the rows a window gives).
import { EventDays, type Prefix } from './indexdays';
import { buildFamily, eventRows, FAMILY_NAMES, type EventRows, type Families, type Family, type FamilyName } from './indexfamilies';
import { undatedList, windowList, partnerShorts, type ListSource } from './indexlist';
import { ALL } from './indexmasks';
import type { IndexSource } from './indexsource';
import { windowViews, type WindowViews } from './indexviews';
import { passableInPage, passMasks } from './indexpass';
import { peekEvents, type Peek, type PeekTarget } from './indexpeek';
import { timelineBins, timelineRows } from './indextimeline';
import type { TimelineBinRow } from './density';
import type { Selection } from './selection';
import type { NetworkLevel } from './queries';
import type { ListRow, OrgRow, PlaceRow, TimelineRow } from './rows';

export interface PreparedIndex {
	answer(time: [string, string] | null): WindowViews;
	/**
	 * Builds the prefix counts a brush step reads (until then each answer counts the window's events directly). Done
	 * after the first picture, so that picture waits for none of it.
	 */
	warm(): void;
	/** The list of the window (see windowList); null when the source has no list columns. */
	list(time: [string, string] | null, limit: number): ListRow[] | null;
	/** The undated events passing every clause but time: how many, and the first `limit` (list null without list columns). */
	undated(limit: number): { n: number; list: ListRow[] | null };
	/** The timeline's rows (they ignore time, so one answer per base selection): per event, or per country and week. Null without list columns. */
	timeline(): TimelineRow[] | null;
	timelineBins(): TimelineBinRow[];
	/** The events behind one mark of a view in the window (see peekEvents); the timeline's window as `timeline` counts it. */
	peek(target: PeekTarget, time: [string, string] | null, limit: number, timeline: 'overlap' | 'start'): Peek;
}

/** The dataset's side of the index: families per level, the events' days, week blocks. Masks and prefixes are per base selection. */
export class TimeIndex {
	readonly n: number;
	readonly #days: EventDays;
	readonly #src: IndexSource;
	readonly #orgs: OrgRow[];
	readonly #families = new Map<string, Family>();
	readonly #hostCountry = new Map<string, string>();
	readonly #totals = new Map<Family, Int32Array>();
	readonly #list: ListSource;
	readonly #memo = new Map<string, unknown>();

	constructor(src: IndexSource, orgs: OrgRow[], places: Pick<PlaceRow, 'id' | 'name' | 'name_ru'>[] = []) {
		this.#src = src;
		this.#orgs = orgs;
		this.#days = new EventDays(src);
		this.n = this.#days.n;
		for (let i = 0; i < this.#days.dated; i++) {
			const h = src.host[i];
			if (h !== null && src.hostCountry[i] !== null && !this.#hostCountry.has(h)) this.#hostCountry.set(h, src.hostCountry[i]!);
		}
		this.#list = {
			src,
			days: this.#days,
			places: new Map(places.map((p) => [p.id, p])),
			partners: () => this.#cached('partners', () => partnerShorts(src, new Map(orgs.map((o) => [o.id, o.short])), this.#rows('eo')))
		};
	}

	#cached<T>(key: string, make: () => T): T {
		if (!this.#memo.has(key)) this.#memo.set(key, make());
		return this.#memo.get(key) as T;
	}

	/** The events' country ('ec') or organisation ('eo') rows grouped by event, built once. */
	#rows(table: 'ec' | 'eo'): EventRows {
		return this.#cached(table, () => eventRows(this.n, table === 'ec' ? this.#src.ecEvent : this.#src.eoEvent));
	}

	/** The families of counts the views need; built once per dataset (network ones once per level). */
	#family(name: FamilyName, level: NetworkLevel): Family {
		const id = name === 'nodes' || name === 'edges' ? `${name}:${level}` : name;
		let f = this.#families.get(id);
		if (!f) {
			f = buildFamily(name, level, this.#src, this.n, this.#orgs, (table) => this.#rows(table));
			this.#families.set(id, f);
		}
		return f;
	}

	/** Events per key over the whole dataset, no clause applied: the `total` of nodes, edges and facets. */
	#total(f: Family): Int32Array {
		let t = this.#totals.get(f);
		if (!t) {
			t = new Int32Array(f.names.length);
			for (let j = 0; j < f.keys.length; j++) t[f.keys[j]]++;
			this.#totals.set(f, t);
		}
		return t;
	}

	/** The pass flags of `sel` (its time clause aside) from the index's own columns; null when only the database can tell (a text search). */
	passFlags(sel: Selection): Uint8Array | null {
		if (!passableInPage(sel, this.#src)) return null;
		return passMasks(this.#src, this.n, sel, (t) => this.#rows(t));
	}

	/** The prepared state for one base selection: what a brush over it reads. */
	prepare(level: NetworkLevel, masks: Uint8Array | null): PreparedIndex {
		const days = this.#days;
		const fams = Object.fromEntries(FAMILY_NAMES.map((nm) => [nm, this.#family(nm, level)])) as Families;
		const prefixes = new Map<Family, Prefix>();
		let undated = 0;
		for (let i = days.dated; i < this.n; i++) if (!masks || masks[i] & ALL) undated++;
		return {
			answer: (time) =>
				windowViews({
					tally: (name) => {
						const f = fams[name];
						const p = prefixes.get(f);
						return { names: f.names, n: p ? days.counts(f, p, masks, time) : days.direct(f, masks, time), total: this.#total(f) };
					},
					hostCountry: (key) => this.#hostCountry.get(key)
				}),
			warm: () => {
				for (const f of Object.values(fams)) if (!prefixes.has(f)) prefixes.set(f, days.prefix(f, masks));
			},
			list: (time, limit) => windowList(this.#list, masks, time, limit),
			// Undated events ignore the window: their list is the same for every brush step over this base.
			undated: memoByLimit((limit) => ({ n: undated, list: undatedList(this.#list, masks, limit) })),
			timeline: once(() => timelineRows(this.#src, days.dated, masks)),
			timelineBins: once(() => timelineBins(this.#src, days.dated, masks)),
			peek: (target, time, limit, timeline) =>
				peekEvents({ list: this.#list, hosts: fams.hosts, nodes: fams.nodes, masks, timelineWindow: timeline }, target, time, limit)
		};
	}
}

/** A value computed on first use and kept: the timeline's rows change with the base selection, not with each window. */
function once<T>(make: () => T): () => T {
	let done = false;
	let value: T;
	return () => {
		if (!done) {
			value = make();
			done = true;
		}
		return value;
	};
}

/** A function of the list's limit, computed once per limit asked. */
function memoByLimit<T>(make: (limit: number) => T): (limit: number) => T {
	const done = new Map<number, T>();
	return (limit) => {
		if (!done.has(limit)) done.set(limit, make(limit));
		return done.get(limit)!;
	};
}
