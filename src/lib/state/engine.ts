// Answers the dashboard's selections from the in-memory time index: each base selection's pass flags (computed in the page, or asked of DuckDB for what only it can tell), then every view's rows for the window, in one synchronous pass once prepared.
import { NO_TIMINGS, type Timings } from './timings';
import { afterPaint } from './paint';
import type { Table } from 'apache-arrow';
import { timelineModeFor, type TimelineMode } from '$lib/crossfilter/density';
import type { NetworkLevel } from '$lib/crossfilter/queries';
import type { Selection } from '$lib/crossfilter/selection';
import { baseKey, hasBaseClauses, masksQuery } from '$lib/crossfilter/indexmasks';
import type { PreparedIndex, TimeIndex } from '$lib/crossfilter/timeindex';
import type { Peek, PeekTarget } from '$lib/crossfilter/indexpeek';
import { LIST_LIMIT, type ViewData } from '$lib/crossfilter/views';

/** What the engine asks of DuckDB: only the pass flags of a selection the page cannot compute (a text search). */
export interface EngineDb {
	queryArrow(sql: string, params?: unknown[]): Promise<Table>;
}

/** Base selections whose prepared index is kept: going back and forth between two filters stays instant. */
const PREPARED_SIZE = 3;

export class ViewEngine {
	readonly mode: TimelineMode;
	#load: () => Promise<TimeIndex>;
	#db: () => Promise<EngineDb>;
	#index: Promise<TimeIndex> | null = null;
	#prepared = new Map<string, PreparedIndex>();
	#preparing = new Map<string, Promise<PreparedIndex>>();
	#warming = new Set<Promise<void>>();
	#timings: Timings;

	/** `load` builds the index (once; again after a failure); `db` resolves to the database once it is up. */
	constructor(load: () => Promise<TimeIndex>, totalEvents: number, db: () => Promise<EngineDb>, timings: Timings = NO_TIMINGS) {
		this.#load = load;
		this.#db = db;
		this.#timings = timings;
		this.mode = timelineModeFor(totalEvents);
	}

	/**
	 * The views of `sel`: synchronous when its base selection is prepared (a brush step, a click back to a recent
	 * filter), so the answer reaches the views in the frame it was asked in; otherwise once the base is prepared.
	 */
	answer(sel: Selection, level: NetworkLevel): ViewData | Promise<ViewData> {
		const prepared = this.#prepared.get(baseKey(sel, level));
		if (prepared) return this.#views(prepared, sel);
		return this.prepare(sel, level).then((p) => this.#views(p, sel));
	}

	/**
	 * The events behind one mark of a view under `sel`, at once: null until its base selection is prepared. The
	 * timeline's window is counted as its mode draws it (events overlap it; a large dataset's day counts start in it).
	 */
	peek(sel: Selection, level: NetworkLevel, target: PeekTarget, limit: number): Peek | null {
		const prepared = this.#prepared.get(baseKey(sel, level));
		return prepared ? prepared.peek(target, sel.time, limit, this.mode === 'bins' ? 'start' : 'overlap') : null;
	}

	#views(prepared: PreparedIndex, sel: Selection): ViewData {
		const t0 = performance.now();
		const counted = prepared.answer(sel.time);
		const list = prepared.list(sel.time, LIST_LIMIT);
		const u = prepared.undated(LIST_LIMIT);
		const timeline = this.mode === 'events' ? prepared.timeline() : [];
		if (!list || !u.list || !timeline) throw new Error('The time index has no list columns');
		const timelineBins = this.mode === 'bins' ? prepared.timelineBins() : [];
		this.#timings.record('answer', performance.now() - t0);
		return { ...counted, timeline, timelineBins, list, undated: { n: u.n, list: u.list } };
	}

	/** Builds (once) the index over the dataset, then the pass flags and prefix counts of `sel` minus its time clause. */
	prepare(sel: Selection, level: NetworkLevel): Promise<PreparedIndex> {
		const key = baseKey(sel, level);
		const done = this.#prepared.get(key);
		if (done) return Promise.resolve(done);
		let p = this.#preparing.get(key);
		if (p) return p;
		p = (async () => {
			const t0 = performance.now();
			const index = await this.index();
			const masks = hasBaseClauses(sel) ? (index.passFlags(sel) ?? (await this.#dbMasks(sel))) : null;
			const prepared = index.prepare(level, masks);
			this.#warm(prepared);
			this.#prepared.set(key, prepared);
			if (this.#prepared.size > PREPARED_SIZE) this.#prepared.delete(this.#prepared.keys().next().value!);
			this.#timings.record('prepare', performance.now() - t0);
			return prepared;
		})();
		this.#preparing.set(key, p);
		p.catch(() => {}).finally(() => this.#preparing.delete(key));
		return p;
	}

	/** The index, loading it on first use; a failed load is tried again on the next question. */
	index(): Promise<TimeIndex> {
		if (!this.#index) {
			this.#index = this.#load();
			this.#index.catch(() => (this.#index = null));
		}
		return this.#index;
	}

	/** The brush's prefix counts, built once the answer that needed the preparation is painted. */
	#warm(prepared: PreparedIndex): void {
		const w = afterPaint().then(() => prepared.warm());
		this.#warming.add(w);
		void w.catch(() => {}).finally(() => this.#warming.delete(w));
	}

	/** Resolves once no preparation or warming is under way (the benchmark waits for it before timing brush steps). */
	async settled(): Promise<void> {
		while (this.#preparing.size || this.#warming.size) await Promise.allSettled([...this.#preparing.values(), ...this.#warming]);
	}

	async #dbMasks(sel: Selection): Promise<Uint8Array> {
		const q = masksQuery(sel);
		const t = await (await this.#db()).queryArrow(q.sql, q.params);
		return Uint8Array.from(t.getChild('m')!.toArray() as Int32Array);
	}
}
