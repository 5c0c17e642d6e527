// The page's data state: the precomputed first view, then DuckDB-WASM answering each selection, newest request first.
import type { Db, Progress } from '$lib/db/duckdb';
import type { NetworkLevel } from '$lib/crossfilter/queries';
import type { Selection } from '$lib/crossfilter/selection';
import { isEmpty } from '$lib/crossfilter/selection';
import type { Vocabulary } from '$lib/crossfilter/url';
import { fetchViews, type Registry, type Summary, type ViewData } from '$lib/crossfilter/views';
import { KINDS } from '$lib/model/event';

interface Request {
	sel: Selection;
	level: NetworkLevel;
}

export class Dashboard {
	registry = $state<Registry | null>(null);
	views = $state<ViewData | null>(null);
	/** The request the shown views answer; null while they are the precomputed unfiltered view. */
	shown = $state<Request | null>(null);
	/** True once DuckDB answers: before that the views show the precomputed summary. */
	live = $state(false);
	progress = $state<Progress>({ phase: 'fetching engine', fraction: 0 });
	error = $state<string | null>(null);
	/** Milliseconds the last selection took from request to views updated (shown in the footer, read by the benchmark). */
	lastQueryMs = $state<number | null>(null);

	#db: Db | null = null;
	#pending: Request | null = null;
	#running = false;
	#closed = false;

	/** Fetches the summary (drawn at once) while DuckDB downloads and starts. */
	async start(summaryUrl: string): Promise<void> {
		const summary = fetch(summaryUrl).then(async (r) => {
			if (!r.ok) throw new Error(`Fetching the dataset summary (${summaryUrl}) failed: HTTP ${r.status}`);
			return (await r.json()) as Summary;
		});
		const engine = import('$lib/db/duckdb').then(({ openDatabase }) => openDatabase((p) => (this.progress = p)));
		engine.catch(() => {});
		try {
			const s = await summary;
			this.registry = s.registry;
			if (!this.views) this.views = s.views;
		} catch (e) {
			this.error = messageOf(e);
		}
		try {
			this.#db = await engine;
		} catch (e) {
			this.error = messageOf(e);
			return;
		}
		if (this.#closed) return void this.#db.close();
		this.live = true;
		if (this.#pending) void this.#pump();
	}

	/** Asks for the views of `sel`; while a query pass runs, only the newest request waits (older ones are dropped). */
	request(sel: Selection, level: NetworkLevel): void {
		this.#pending = { sel, level };
		if (!this.live && isEmpty(sel) && level === 'org') this.shown = null;
		if (this.live && !this.#running) void this.#pump();
	}

	async #pump(): Promise<void> {
		const db = this.#db;
		if (!db) return;
		this.#running = true;
		try {
			while (this.#pending && !this.#closed) {
				const req = this.#pending;
				this.#pending = null;
				const t0 = performance.now();
				const views = await fetchViews((sql, params) => db.query(sql, params), req.sel, req.level);
				if (this.#closed) return;
				this.views = views;
				this.shown = req;
				this.lastQueryMs = Math.round(performance.now() - t0);
			}
		} catch (e) {
			this.error = messageOf(e);
		} finally {
			this.#running = false;
		}
	}

	/** Full source text of an event with its fact spans, for the source view. */
	async detail(id: string): Promise<EventDetail | null> {
		if (!this.#db) return null;
		const { eventDetailQuery } = await import('$lib/crossfilter/queries');
		const q = eventDetailQuery(id);
		const [row] = await this.#db.query<EventDetail>(q.sql, q.params);
		return row ?? null;
	}

	close(): void {
		this.#closed = true;
		void this.#db?.close();
	}
}

export interface EventDetail {
	id: string;
	title: string;
	kind: string;
	topic: string | null;
	date_start: string;
	date_end: string;
	source: string;
	spans: string;
	span_start: number;
	span_end: number;
	flags: string;
	year_explicit: boolean;
	participants_count: number | null;
	place_id: string | null;
	country: string | null;
	text: string | null;
}

/** What a URL may name, from the registries: unknown values become notices. */
export function vocabularyOf(reg: Registry): Vocabulary {
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

function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
