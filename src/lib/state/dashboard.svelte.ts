// The page's data state: the precomputed first view, then the time index over the dataset's files answering each selection (newest request first), DuckDB-WASM behind it for imports and exports.
import type { Db, Progress } from '$lib/db/duckdb';
import type { NetworkLevel } from '$lib/crossfilter/queries';
import type { TimelineMode } from '$lib/crossfilter/density';
import type { Selection } from '$lib/crossfilter/selection';
import { emptySelection, isEmpty } from '$lib/crossfilter/selection';
import type { Vocabulary } from '$lib/crossfilter/url';
import { listPageQuery, type ListSort, type SortDir } from '$lib/crossfilter/listpage';
import type { ListRow } from '$lib/crossfilter/rows';
import type { Lang } from '$lib/i18n/lang';
import { fetchCensus, type ViewRegistry, type Summary, type ViewData } from '$lib/crossfilter/views';
import type { TimeIndex } from '$lib/crossfilter/timeindex';
import type { Peek, PeekTarget } from '$lib/crossfilter/indexpeek';
import { ViewEngine } from './engine';
import { NewestWins } from './queue';
import { afterPaint } from './paint';
import { NO_TIMINGS, type Timings } from './timings';
import { KINDS } from '$lib/model/event';

interface Request {
	sel: Selection;
	level: NetworkLevel;
}

/** A pass's views, and when it began (the `query` timing runs from there to the views being shown). */
interface Answer {
	views: ViewData;
	t0: number;
}

/** Data kept in the browser (imports) that changes the build's dataset; see state/imports.svelte.ts. */
export interface StoredData {
	/** Whether there is any: if so the precomputed first view is stale and is not drawn. */
	present(): Promise<boolean>;
	/** Applies it to the opened database, before the first live query. */
	apply(db: Db): Promise<void>;
}

export class Dashboard {
	registry = $state<ViewRegistry | null>(null);
	/** Raw, not a deep proxy: the views are replaced whole on every answer and never changed in place, and reading
	 * thousands of rows through proxies cost more than drawing them. */
	views = $state.raw<ViewData | null>(null);
	/** The request the shown views answer; null while they are the precomputed unfiltered view. */
	shown = $state<Request | null>(null);
	/** True once DuckDB is up (imports, exports, the source view); the views answer from the index before that. */
	live = $state(false);
	progress = $state<Progress>({ phase: 'fetching engine', fraction: 0 });
	error = $state<string | null>(null);
	/** True once a pass has answered a selection (from the index, or the precomputed view of no filter). */
	answered = $state(false);
	/** Bumped when the index is prepared behind the precomputed first view: a tooltip's listing (peek) can then answer. */
	#peekable = $state(0);
	#timings: Timings;
	#pictured!: () => void;
	/**
	 * Resolves once the first picture is up: a selection answered (from the index when the page opened filtered) and
	 * painted, or the data failed. What the first picture does not need (DuckDB's wasm, MapLibre) waits for it, so the
	 * Arrow files, the index and the first views have the network and both cores to themselves.
	 */
	readonly firstPicture = new Promise<void>((resolve) => (this.#pictured = resolve));
	#firstShown!: () => void;
	#shownOnce = new Promise<void>((resolve) => (this.#firstShown = resolve));

	/** `timings` hears how long each step took (the benchmark, `?debug`); by default nobody does. */
	constructor(timings: Timings = NO_TIMINGS) {
		this.#timings = timings;
	}

	#db: Db | null = null;
	#dbResolve!: (db: Db) => void;
	#dbReject!: (e: unknown) => void;
	/** Resolves to the database once it is up; rejects if it cannot start (declared after its two ends, which it sets). */
	#dbReady = new Promise<Db>((resolve, reject) => {
		this.#dbResolve = resolve;
		this.#dbReject = reject;
	});
	/** The time index and its prepared selections for the loaded data; replaced when the data changes. */
	#engine: ViewEngine | null = null;
	/** The precomputed unfiltered views while they are still the data's (no imports): the first pass over no filter takes them. */
	#summary: ViewData | null = null;
	#last: Request | null = null;
	#closed = false;
	#queue = new NewestWins<Request, Answer>({
		answer: (req) => this.#answer(req),
		deliver: (req, { views, t0 }) => {
			this.views = views;
			this.#answered(req, t0);
		},
		fail: (e) => {
			this.error = messageOf(e);
			this.#firstShown();
		}
	});

	/**
	 * Loads in the order the first picture needs: the summary (drawn at once when nothing is filtered), the dataset's
	 * Arrow files and the time index over them (every selection answered from then on), and only then DuckDB, needed
	 * for imports, exports and the source view. `dir` is the dataset's folder (see state/dataset.ts).
	 */
	async start(summaryUrl: string, dir = 'data', stored: StoredData | null = null): Promise<void> {
		const summary = fetch(summaryUrl).then(async (r) => {
			if (!r.ok) throw new Error(`Fetching the dataset summary (${summaryUrl}) failed: HTTP ${r.status}`);
			return (await r.json()) as Summary;
		});
		const files = import('$lib/db/dataset').then(({ fetchDataset }) => fetchDataset(dir));
		files.catch(() => {});
		// Stored imports make the precomputed summary and the files stale: then nothing is drawn until DuckDB answers.
		const stale = stored ? await stored.present() : false;
		let first: Summary | null = null;
		try {
			first = await summary;
			if (!stale) {
				this.registry = first.registry;
				this.#summary = first.views;
				if (!this.views) this.views = first.views;
				const reg = first.registry;
				const index = files.then(async (data) => (await import('./indexload')).indexFromFiles(data, reg.orgs, reg.places));
				this.#engine = this.#newEngine(() => index, reg.total);
				this.#queue.open();
				// The index and the first answer drawn first on the CPU too: the engine's download and start wait for them.
				await this.#engine.index().catch(() => {});
				// Bounded: should no request come (nothing asks before the registry is known), DuckDB still starts.
				if (!this.error) await Promise.race([this.#shownOnce, new Promise((r) => setTimeout(r, 10_000))]);
				await afterPaint();
			}
		} catch (e) {
			this.error = messageOf(e);
		}
		this.#pictured();
		let db: Db;
		try {
			db = await import('$lib/db/duckdb').then(({ openDatabase }) => openDatabase((p) => (this.progress = p), dir, files));
		} catch (e) {
			this.error = messageOf(e);
			this.#dbReject(e);
			return;
		}
		if (this.#closed) return void db.close();
		this.#db = db;
		if (stored) await stored.apply(db);
		if (stale && first) {
			this.registry = { ...first.registry, ...(await this.#census()) };
			this.#engine = this.#fromDb();
			this.#queue.open();
		}
		this.live = true;
		this.#dbResolve(db);
	}

	#newEngine(load: () => Promise<TimeIndex>, total: number): ViewEngine {
		return new ViewEngine(load, total, () => this.#dbReady, this.#timings);
	}

	/** An engine whose index is read from the live tables (after imports, the files no longer hold the data). */
	#fromDb(): ViewEngine {
		const db = this.#db!;
		const reg = this.registry!;
		return this.#newEngine(async () => (await import('./indexload')).indexFromDb(db, reg.orgs, reg.places), reg.total);
	}

	/** Asks for the views of `sel`; while a pass runs, only the newest request waits (older ones are dropped). */
	request(sel: Selection, level: NetworkLevel): void {
		const req = (this.#last = { sel, level });
		if (!this.answered && isEmpty(sel) && level === 'org') this.shown = null;
		this.#queue.push(req);
	}

	#answered(req: Request, t0: number): void {
		this.shown = req;
		this.answered = true;
		this.#firstShown();
		this.#timings.record('query', performance.now() - t0);
	}

	/** One pass: the precomputed view when it is still the answer (the first one over no filter), else the index's. */
	#answer(req: Request): Answer | Promise<Answer> {
		const t0 = performance.now();
		const engine = this.#engine;
		if (!engine) throw new Error('The data is not loaded yet');
		const summary = this.#summary;
		this.#summary = null;
		if (summary && isEmpty(req.sel) && req.level === 'org' && fitsMode(summary, engine.mode)) {
			// Prepared in the background, so the first click or brush step finds the index ready.
			void engine.prepare(req.sel, req.level).then(() => this.#peekable++, () => {});
			return { views: summary, t0 };
		}
		const views = engine.answer(req.sel, req.level);
		return views instanceof Promise ? views.then((v) => ({ views: v, t0 })) : { views, t0 };
	}

	/**
	 * The events behind one mark of a view under the shown selection (how many, the newest `limit`), from the index in
	 * the same turn; null while the index is not prepared for it. Reactive: it follows the shown selection.
	 */
	peek(target: PeekTarget, limit: number): Peek | null {
		void this.#peekable;
		const req = this.shown ?? { sel: emptySelection(), level: 'org' as const };
		return this.#engine?.peek(req.sel, req.level, target, limit) ?? null;
	}

	/** The data changed (an import, a reset): the total is recounted, the index read again from the live tables, the last request asked again. */
	async reload(): Promise<void> {
		if (!this.#db || !this.registry) return;
		this.registry = { ...this.registry, ...(await this.#census()) };
		this.#engine = this.#fromDb();
		this.#summary = null;
		if (this.#last) this.request(this.#last.sel, this.#last.level);
	}

	#census() {
		const db = this.#db!;
		return fetchCensus((sql, params) => db.query(sql, params));
	}

	/** Full source text of an event with its fact spans, for the source view: waits for the database if it is still starting. */
	async detail(id: string): Promise<EventDetail | null> {
		const db = await this.#dbReady.catch(() => null);
		if (!db) return null;
		const { eventDetailQuery } = await import('$lib/crossfilter/queries');
		const q = eventDetailQuery(id);
		const [row] = await db.query<EventDetail>(q.sql, q.params);
		return row ?? null;
	}

	/**
	 * One page of the list in any order over every event of `sel` (see listPageQuery); null before the database is up.
	 */
	async listPage(sel: Selection, sort: ListSort, dir: SortDir, offset: number, limit: number, lang: Lang): Promise<ListRow[] | null> {
		if (!this.#db) return null;
		const q = listPageQuery(sel, sort, dir, offset, limit, lang);
		return this.#db.query<ListRow>(q.sql, q.params);
	}

	/** Raw SQL on the live database, for ad-hoc questions (the benchmark's checks); null before it is up. */
	sql(sql: string): Promise<Record<string, unknown>[]> | null {
		return this.#db ? this.#db.query(sql) : null;
	}

	/** Resolves once the index is prepared for the shown selection (brush steps are answered from it from then on). */
	async indexSettled(): Promise<void> {
		await this.#engine?.settled();
	}

	/** One query with bound parameters on the live database, for exports (the CSV needs rows no view keeps); an arrow, so it can be handed on. */
	run = <T>(q: { sql: string; params: unknown[] }): Promise<T[]> => {
		if (!this.#db) return Promise.reject(new Error('The database is not ready yet'));
		return this.#db.query<T>(q.sql, q.params);
	};

	close(): void {
		this.#closed = true;
		this.#dbReady.catch(() => {});
		this.#queue.close();
		void this.#db?.close();
	}
}

export interface EventDetail {
	id: string;
	title: string;
	kind: string;
	topic: string | null;
	date_start: string | null;
	date_end: string | null;
	source: string;
	spans: string;
	span_start: number;
	span_end: number;
	flags: string;
	year_explicit: boolean;
	participants_count: number | null;
	place_id: string | null;
	country: string | null;
	source_url: string | null;
	record_line: number | null;
	item_id: string;
	session: number;
	text: string | null;
}

/** What a URL may name, from the registries: unknown values become notices. */
export function vocabularyOf(reg: ViewRegistry): Vocabulary {
	const partners = new Map<string, string>();
	for (const o of reg.orgs) {
		if (!o.is_partner) continue;
		partners.set(o.id.toLowerCase(), o.id);
		partners.set(o.short.toLowerCase(), o.id);
	}
	return {
		places: new Set(reg.places.filter((p) => p.kind === 'city').map((p) => p.id)),
		countries: new Set(reg.places.filter((p) => p.kind === 'country').map((p) => p.id)),
		orgs: new Set(reg.orgs.map((o) => o.id)),
		partners,
		kinds: new Set(KINDS),
		topics: new Set(reg.topics.map((t) => t.id))
	};
}

/** Whether a summary's timeline is in the form the engine's mode draws (a bench summary written for another size would not be). */
function fitsMode(views: ViewData, mode: TimelineMode): boolean {
	return mode === 'bins' ? (views.timelineBins?.length ?? 0) > 0 || views.count === 0 : !views.timelineBins?.length;
}

function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
