// The page's import state: files and pasted news through validation and staging into the live tables, kept in the browser and replayed after a reload, or reset to the bundled data.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asset } from '$app/paths';
import type { Db } from '$lib/db/duckdb';
import { parseRegistry, type Registry } from '$lib/ingest/registry';
import type { Event, Warning } from '$lib/model/event';
import { formatOf } from '$lib/import/format';
import { editRecord, extractNews, mergeExtracted, pastedName, previewRecord, type Editable } from '$lib/import/news';
import { checkRaw, readIntoRaw } from '$lib/import/read';
import type { ImportColumn } from '$lib/import/schema';
import {
	commitStaged,
	createStaging,
	dropStaging,
	exportStaged,
	findDuplicates,
	keepBundled,
	replay,
	restoreBundled,
	stageEvents,
	stageSources,
	stagedCount,
	type Duplicate,
	type Mode
} from '$lib/import/stage';
import { appendImport, clearImports, deleteImports, deleteStore, hasImports, loadImports } from '$lib/import/store';
import { importContext, validateRecord, type ImportContext, type ImportError } from '$lib/import/validate';
import { toRows } from '$lib/db/rows';

export type ImportPhase = 'reading' | 'checking' | 'saving';

export interface ImportOutcome {
	label: string;
	mode: Mode;
	added: number;
	duplicates: Duplicate[];
	duplicateCount: number;
	/** The data changed but could not be kept in the browser (storage full or refused): it is gone after a reload. */
	unsaved: boolean;
}

/** Problems met when the stored imports were replayed at start-up. */
export type StoreNotice =
	| { kind: 'corrupt'; detail: string }
	| { kind: 'unavailable'; detail: string }
	| { kind: 'restored'; imports: number; events: number }
	/** Some stored imports could not be read: they were removed, the others loaded. */
	/** The stored imports were readable but could not be applied: kept for the next load, the bundled data shown. */
	| { kind: 'kept'; detail: string }
	| { kind: 'partial'; imports: number; events: number; lost: number; detail: string };

export interface Preview {
	name: string;
	text: string;
	events: Event[];
	records: Record<ImportColumn, string>[];
	warnings: Warning[];
	/** Preview row (1-based) → the event of the current data it repeats. */
	duplicates: Record<number, Duplicate>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const unreadable = (e: unknown): ImportError => ({ row: null, column: null, code: 'unreadable', value: null, detail: messageOf(e) });

export class Imports {
	busy = $state(false);
	progress = $state<{ phase: ImportPhase; fraction: number } | null>(null);
	errors = $state<ImportError[]>([]);
	errorCount = $state(0);
	/** What the failed or finished import was called, for the messages. */
	label = $state('');
	outcome = $state<ImportOutcome | null>(null);
	notice = $state<StoreNotice | null>(null);
	/** True while the live data is not the bundled data (imports applied). */
	active = $state(false);
	/** True once the database is open and imports can run. */
	ready = $state(false);
	preview = $state<Preview | null>(null);

	#scope: string;
	#onchange: () => Promise<void>;
	#engine: AsyncDuckDB | null = null;
	#conn: AsyncDuckDBConnection | null = null;
	#context: Promise<{ reg: Registry; ctx: ImportContext }> | null = null;
	#outcome: ImportOutcome | null = null;

	/** `scope`: the dataset folder (imports are kept per dataset); `onchange` redraws the views from the changed data. */
	constructor(scope: string, onchange: () => Promise<void>) {
		this.#scope = scope;
		this.#onchange = onchange;
	}

	/** Whether stored imports will replace the bundled data, so the build's precomputed view must not be drawn. */
	async present(): Promise<boolean> {
		try {
			return await hasImports(this.#scope);
		} catch {
			return false;
		}
	}

	/** On the opened database, before its first live query: keeps the bundled data for "reset", replays the stored imports. */
	async apply(db: Db): Promise<void> {
		let conn: AsyncDuckDBConnection;
		try {
			conn = await db.engine.connect();
			await keepBundled(conn);
		} catch (e) {
			this.notice = { kind: 'unavailable', detail: messageOf(e) };
			return;
		}
		this.#engine = db.engine;
		this.#conn = conn;
		this.ready = true;
		let steps;
		try {
			steps = await loadImports(this.#scope);
		} catch (e) {
			await deleteStore().catch(() => {});
			this.notice = { kind: 'corrupt', detail: messageOf(e) };
			return;
		}
		if (!steps.length) return;
		try {
			const res = await replay(conn, steps);
			// What could not be read is gone already (it never reaches the data); what could is kept and shown.
			if (res.failed.length) await deleteImports(res.failed.map((f) => steps[f.index].key)).catch(() => {});
			const events = res.applied.reduce((n, i) => n + (Number(steps[i].events) || 0), 0);
			const detail = res.failed.map((f) => f.detail).join('; ');
			this.active = res.applied.length > 0;
			this.notice = !res.failed.length
				? { kind: 'restored', imports: res.applied.length, events }
				: res.applied.length
					? { kind: 'partial', imports: res.applied.length, events, lost: res.failed.length, detail }
					: { kind: 'corrupt', detail };
		} catch (e) {
			// The swap itself failed and rolled back: the bundled data is shown, and the stored imports are kept for a later try.
			this.notice = { kind: 'kept', detail: messageOf(e) };
		}
	}

	/** The registries the import checks against, fetched once (data/places.csv, orgs.csv, topics.csv as built). */
	#registry(): Promise<{ reg: Registry; ctx: ImportContext }> {
		this.#context ??= (async () => {
			const text = async (f: string) => {
				const r = await fetch(asset(`/data/${f}`));
				if (!r.ok) throw new Error(`Fetching the registry ${f} failed: HTTP ${r.status}`);
				return r.text();
			};
			const [places, orgs, topics] = await Promise.all(['places.csv', 'orgs.csv', 'topics.csv'].map(text));
			const reg = parseRegistry({ places, orgs, topics });
			return { reg, ctx: importContext(reg) };
		})();
		this.#context.catch(() => (this.#context = null));
		return this.#context;
	}

	#begin(label: string): AsyncDuckDBConnection | null {
		if (this.busy || !this.#conn) return null;
		this.busy = true;
		this.label = label;
		this.errors = [];
		this.errorCount = 0;
		this.outcome = null;
		return this.#conn;
	}

	#fail(errors: ImportError[], count = errors.length): void {
		this.errors = errors;
		this.errorCount = count;
	}

	/** A file of the import format (CSV, JSON, Arrow, Parquet) goes in at once if valid; a news text file opens the preview. */
	async importFile(file: File, mode: Mode): Promise<void> {
		const conn = this.#begin(file.name);
		if (!conn) return;
		try {
			const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
			const format = formatOf(file.name, head);
			if (!format) return this.#fail([{ row: null, column: null, code: 'unsupported_format', value: file.name }]);
			if (format === 'text') {
				this.busy = false;
				return await this.extract(await file.text(), file.name);
			}
			const { ctx } = await this.#registry();
			await dropStaging(conn);
			await createStaging(conn);
			this.progress = { phase: 'reading', fraction: 0 };
			const raw = await readIntoRaw(this.#engine!, conn, file, format, (f) => (this.progress = { phase: 'reading', fraction: f }));
			if (raw.errors.length) return this.#fail(raw.errors);
			this.progress = { phase: 'checking', fraction: 0 };
			const checked = await checkRaw(conn, ctx, file.name, raw.rows, (f) => (this.progress = { phase: 'checking', fraction: f }));
			if (checked.errorCount) return this.#fail(checked.errors, checked.errorCount);
			await this.#commit(conn, file.name, mode);
		} catch (e) {
			this.#fail([unreadable(e)]);
		} finally {
			await dropStaging(conn).catch(() => {});
			this.#end();
		}
	}

	/** Staged events → duplicates set aside → one transaction → kept in the browser → views redrawn. */
	async #commit(conn: AsyncDuckDBConnection, label: string, mode: Mode): Promise<void> {
		this.progress = { phase: 'saving', fraction: 0 };
		const dups = await findDuplicates(conn, mode);
		const added = await stagedCount(conn);
		let unsaved = false;
		if (added > 0 || mode === 'replace') {
			await commitStaged(conn, mode);
			this.progress = { phase: 'saving', fraction: 0.5 };
			try {
				await appendImport({ scope: this.#scope, mode, label, at: new Date().toISOString(), events: added, tables: await exportStaged(conn) });
			} catch {
				unsaved = true;
			}
			this.active = true;
			await this.#onchange();
		}
		this.#outcome = { label, mode, added, duplicates: dups.list, duplicateCount: dups.count, unsaved };
	}

	/** Ends a run: the result is shown only once the next import can start, so a file chosen on seeing it is not ignored. */
	#end(): void {
		this.progress = null;
		this.busy = false;
		if (this.#outcome) this.outcome = this.#outcome;
		this.#outcome = null;
	}

	/** News text through the ingest into the preview; nothing changes until "add". `name` is the file's, or a fresh one for pasted text. */
	async extract(text: string, name?: string): Promise<void> {
		const conn = this.#begin(name ?? '');
		if (!conn) return;
		try {
			const { reg, ctx } = await this.#registry();
			const file = await this.#freeName(conn, name ?? pastedName(text), text);
			const x = extractNews(text, file, reg);
			this.label = file;
			const records = x.events.map(previewRecord);
			await dropStaging(conn);
			await createStaging(conn);
			await stageEvents(conn, this.#validated(records, x.events, ctx).items);
			const dups = await findDuplicates(conn, 'add', 10_000);
			const duplicates: Record<number, Duplicate> = {};
			for (const d of dups.list) duplicates[d.row] = d;
			this.preview = { name: file, text: x.text, events: x.events, records, warnings: x.warnings, duplicates };
		} catch (e) {
			this.#fail([unreadable(e)]);
		} finally {
			await dropStaging(conn).catch(() => {});
			this.busy = false;
		}
	}

	/** A source name not yet used for another text, so stored spans always point into the right text. */
	async #freeName(conn: AsyncDuckDBConnection, name: string, text: string): Promise<string> {
		const stmt = await conn.prepare('SELECT text FROM sources WHERE file = ?');
		try {
			const [stem, ext] = /^(.*?)(\.[^.]*)?$/.exec(name)!.slice(1) as [string, string | undefined];
			for (let i = 1; ; i++) {
				const candidate = i === 1 ? name : `${stem}-${i}${ext ?? ''}`;
				const [row] = toRows<{ text: string }>(await stmt.query(candidate));
				if (!row || row.text === text) return candidate;
			}
		} finally {
			await stmt.close();
		}
	}

	#validated(records: Record<ImportColumn, string>[], events: Event[], ctx: ImportContext) {
		const items: { row: number; event: Event }[] = [];
		const errors: ImportError[] = [];
		records.forEach((rec, i) => {
			const v = validateRecord(rec, i + 1, ctx, events[i].source);
			if (v.event) items.push({ row: i + 1, event: mergeExtracted(v.event, events[i], rec) });
			errors.push(...v.errors);
		});
		return { items, errors };
	}

	edit(row: number, field: Editable, value: string): void {
		if (!this.preview) return;
		this.preview.records[row] = editRecord(this.preview.records[row], field, value);
	}

	discardPreview(): void {
		this.preview = null;
		this.errors = [];
		this.errorCount = 0;
	}

	/** The preview's rows, as edited, validated like a file's and added in one transaction with their source text. */
	async addPreview(mode: Mode): Promise<void> {
		const p = this.preview;
		if (!p) return;
		const conn = this.#begin(p.name);
		if (!conn) return;
		try {
			const { ctx } = await this.#registry();
			const { items, errors } = this.#validated(p.records, p.events, ctx);
			if (errors.length) return this.#fail(errors);
			if (!items.length) return this.#fail([{ row: null, column: null, code: 'no_rows', value: null }]);
			await dropStaging(conn);
			await createStaging(conn);
			await stageEvents(conn, items);
			await stageSources(conn, [{ file: p.name, text: p.text }]);
			await this.#commit(conn, p.name, mode);
			this.preview = null;
		} catch (e) {
			this.#fail([unreadable(e)]);
		} finally {
			await dropStaging(conn).catch(() => {});
			this.#end();
		}
	}

	/** Forgets every import of this dataset and puts the bundled data back, in one transaction. */
	async reset(): Promise<void> {
		const conn = this.#begin('');
		if (!conn) return;
		try {
			await clearImports(this.#scope).catch(() => deleteStore());
			await restoreBundled(conn);
			this.active = false;
			this.notice = null;
			this.preview = null;
			await this.#onchange();
		} catch (e) {
			this.#fail([unreadable(e)]);
		} finally {
			this.busy = false;
		}
	}
}
