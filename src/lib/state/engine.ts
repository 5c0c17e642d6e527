// Answers the dashboard's selections: every view's SQL through a memo (a view whose own clause alone changed is not asked again), and time-brush steps from the time index.
import { NO_TIMINGS, type Timings } from './timings';
import type { Table } from 'apache-arrow';
import { timelineBinsQuery, timelineModeFor, type TimelineBinRow, type TimelineMode } from '$lib/crossfilter/density';
import { listQuery, timelineQuery, type NetworkLevel, type Query } from '$lib/crossfilter/queries';
import type { OrgRow, PlaceRow, TimelineRow } from '$lib/crossfilter/rows';
import type { Selection } from '$lib/crossfilter/selection';
import { baseKey, hasBaseClauses, masksQuery } from '$lib/crossfilter/indexmasks';
import { INDEX_SOURCE_SQL, type IndexSource, type ListFields } from '$lib/crossfilter/indexsource';
import { TimeIndex, type PreparedIndex } from '$lib/crossfilter/timeindex';
import { fetchUndated, fetchViews, LIST_LIMIT, type RunQuery, type ViewData } from '$lib/crossfilter/views';

export interface EngineDb {
	query<T>(sql: string, params?: unknown[]): Promise<T[]>;
	queryArrow(sql: string, params?: unknown[]): Promise<Table>;
}

/** The memo's key: equal SQL with equal values is the same question. */
const memoKey = (sql: string, params: unknown[]) => `${sql}\u0000${JSON.stringify(params)}`;

/** Results kept by the memo: each view's answer for the last few selections (a few hundred kB at most per entry). */
const MEMO_SIZE = 64;
/** Base selections whose prepared index is kept: going back and forth between two filters stays fast. */
const PREPARED_SIZE = 3;

export class ViewEngine {
	readonly mode: TimelineMode;
	#db: EngineDb;
	#orgs: OrgRow[];
	#places: PlaceRow[];
	#memo = new Map<string, Promise<unknown[]>>();
	#index: Promise<TimeIndex> | null = null;
	#prepared = new Map<string, PreparedIndex>();
	#preparing = new Map<string, Promise<void>>();
	#timings: Timings;

	constructor(db: EngineDb, orgs: OrgRow[], totalEvents: number, places: PlaceRow[] = [], timings: Timings = NO_TIMINGS) {
		this.#db = db;
		this.#timings = timings;
		this.#orgs = orgs;
		this.#places = places;
		this.mode = timelineModeFor(totalEvents);
	}

	/** Every query goes through here: equal SQL with equal values is answered from the memo. */
	readonly run: RunQuery = <T>(sql: string, params: unknown[]) => {
		const key = memoKey(sql, params);
		let hit = this.#memo.get(key);
		if (hit) {
			this.#memo.delete(key);
			this.#memo.set(key, hit);
			return hit as Promise<T[]>;
		}
		hit = this.#db.query<T>(sql, params) as Promise<unknown[]>;
		this.#memo.set(key, hit);
		hit.catch(() => this.#memo.delete(key));
		if (this.#memo.size > MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
		return hit as Promise<T[]>;
	};

	/**
	 * Takes the precomputed views of the unfiltered selection as DuckDB's answer (the build ran the same SQL on the
	 * same data), so the first live pass need not run it again; the timeline's rows go into the memo, where a brush
	 * step over no other filter looks for them. Then prepares the index for brushing, in the background.
	 */
	adoptSummary(views: ViewData, sel: Selection, level: NetworkLevel): void {
		const q = this.mode === 'bins' ? timelineBinsQuery(sel) : timelineQuery(sel);
		const rows = this.mode === 'bins' ? (views.timelineBins ?? []) : views.timeline;
		this.#memo.set(memoKey(q.sql, q.params), Promise.resolve(rows));
		void this.prepare(sel, level).catch(() => {});
	}

	#q<T>(q: Query): Promise<T[]> {
		return this.run<T>(q.sql, q.params);
	}

	/**
	 * The views of `sel`. When the index is prepared for the selection without its time clause, every view but the
	 * timeline comes from it, the list too, in one synchronous pass: a brush step never waits for DuckDB (the
	 * timeline leaves out its own time clause, so its answer is already in the memo). Otherwise every view runs its
	 * SQL and the index is prepared in the background for the brush steps to come.
	 */
	async fetch(sel: Selection, level: NetworkLevel): Promise<ViewData> {
		const prepared = this.#prepared.get(baseKey(sel, level));
		if (!prepared) {
			const views = await fetchViews(this.run, sel, level, this.mode);
			void this.prepare(sel, level).catch(() => {});
			return views;
		}
		const t0 = performance.now();
		const counted = prepared.answer(sel.time);
		const indexed = prepared.list(sel.time, LIST_LIMIT);
		this.#timings.record('answer', performance.now() - t0);
		const timeline = this.mode === 'events' ? await this.#q<TimelineRow>(timelineQuery(sel)) : [];
		const timelineBins = this.mode === 'bins' ? await this.#q<TimelineBinRow>(timelineBinsQuery(sel)) : [];
		const list = indexed ?? (await this.#q<ViewData['list'][number]>(listQuery(sel, LIST_LIMIT)));
		const u = prepared.undated(LIST_LIMIT);
		const undated = u.list ? { n: u.n, list: u.list } : await fetchUndated(this.run, sel);
		return { ...counted, timeline, timelineBins, list, undated };
	}

	/** Builds (once) the index over the dataset, then the pass flags and prefix counts of `sel` minus its time clause. */
	prepare(sel: Selection, level: NetworkLevel): Promise<void> {
		const key = baseKey(sel, level);
		if (this.#prepared.has(key)) return Promise.resolve();
		let p = this.#preparing.get(key);
		if (p) return p;
		p = (async () => {
			const t0 = performance.now();
			const index = await (this.#index ??= this.#loadIndex());
			const masks = hasBaseClauses(sel) ? await this.#masks(sel) : null;
			this.#prepared.set(key, index.prepare(level, masks));
			if (this.#prepared.size > PREPARED_SIZE) this.#prepared.delete(this.#prepared.keys().next().value!);
			this.#timings.record('prepare', performance.now() - t0);
		})();
		this.#preparing.set(key, p);
		p.catch(() => {
			this.#index = null;
		}).finally(() => this.#preparing.delete(key));
		return p;
	}

	/** Resolves once no preparation is under way (the benchmark waits for it before timing brush steps). */
	async settled(): Promise<void> {
		while (this.#preparing.size) await Promise.allSettled([...this.#preparing.values()]);
	}

	async #masks(sel: Selection): Promise<Uint8Array> {
		const q = masksQuery(sel);
		const t = await this.#db.queryArrow(q.sql, q.params);
		return Uint8Array.from(t.getChild('m')!.toArray() as Int32Array);
	}

	async #loadIndex(): Promise<TimeIndex> {
		const ev = await this.#db.queryArrow(INDEX_SOURCE_SQL.events);
		const ec = await this.#db.queryArrow(INDEX_SOURCE_SQL.countries);
		const eo = await this.#db.queryArrow(INDEX_SOURCE_SQL.orgs);
		const ints = (t: Table, c: string) => t.getChild(c)!.toArray() as Int32Array;
		const values = <T>(t: Table, c: string) => Array.from(t.getChild(c)! as Iterable<T>);
		const src: IndexSource = {
			// Undated events come last (NULLS LAST): their day columns are null and are not read.
			dated: ev.numRows - ev.getChild('s')!.nullCount,
			start: ints(ev, 's'),
			end: ints(ev, 'e'),
			host: values<string | null>(ev, 'h'),
			hostCountry: values<string | null>(ev, 'hc'),
			kind: values<string>(ev, 'k'),
			topic: values<string | null>(ev, 't'),
			ecEvent: ints(ec, 'i'),
			ecCountry: values<string>(ec, 'c'),
			ecHost: values<boolean>(ec, 'host'),
			eoEvent: ints(eo, 'i'),
			eoOrg: values<string>(eo, 'o'),
			eoPartner: values<boolean>(eo, 'partner'),
			dateEnd: ints(ev, 'de'),
			listFields: listFieldsOf(ev)
		};
		return new TimeIndex(src, this.#orgs, this.#places);
	}
}

/** The list's columns of the index's events, read from the Arrow columns when a row is shown: a million titles stay one buffer. */
function listFieldsOf(ev: Table): (i: number) => ListFields {
	const id = ev.getChild('id')!;
	const title = ev.getChild('title')!;
	const place = ev.getChild('p')!;
	const flags = ev.getChild('f')!;
	const year = ev.getChild('y')!;
	return (i) => ({
		id: id.get(i) as string,
		title: title.get(i) as string,
		place_id: (place.get(i) as string | null) ?? null,
		flags: flags.get(i) as string,
		year_explicit: Boolean(year.get(i))
	});
}
