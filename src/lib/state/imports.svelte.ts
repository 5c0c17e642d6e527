// The page's import state: files and pasted news through validation and staging into the live tables (by the database's import tables), kept in the browser and replayed after a reload, or reset to the bundled data.
import { asset } from '$app/paths';
import type { Db } from '$lib/db/duckdb';
import type { ImportTables } from '$lib/db/imports';
import type { Registry } from '$lib/ingest/registry';
import type { Editable } from '$lib/import/news';
import type { ImportOutcome, ImportPhase, Preview, StoreNotice } from '$lib/import/plan';
import type { Mode } from '$lib/import/stage';
import { appendImport, clearImports, deleteImports, deleteStore, hasImports, loadImports } from '$lib/import/store';
import type { ImportContext, ImportError } from '$lib/import/validate';

type Work = typeof import('$lib/import/work');
let loaded: Work | null = null;
/** The import's code (ingest, validation, readers): not part of the first picture, fetched when first needed. */
const work = async (): Promise<Work> => (loaded ??= await import('$lib/import/work'));

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
	#tables: ImportTables | null = null;
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
		const { messageOf, replayNotice } = await work();
		let tables: ImportTables;
		try {
			tables = await db.imports();
		} catch (e) {
			this.notice = { kind: 'unavailable', detail: messageOf(e) };
			return;
		}
		this.#tables = tables;
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
			const res = await tables.replay(steps);
			// What could not be read is gone already (it never reaches the data); what could is kept and shown.
			if (res.failed.length) await deleteImports(res.failed.map((f) => steps[f.index].key)).catch(() => {});
			const { active, notice } = replayNotice(steps, res);
			this.active = active;
			this.notice = notice;
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
			const { parseRegistry, importContext } = await work();
			const reg = parseRegistry({ places, orgs, topics });
			return { reg, ctx: importContext(reg) };
		})();
		this.#context.catch(() => (this.#context = null));
		return this.#context;
	}

	#begin(label: string): ImportTables | null {
		if (this.busy || !this.#tables) return null;
		this.busy = true;
		this.label = label;
		this.errors = [];
		this.errorCount = 0;
		this.outcome = null;
		return this.#tables;
	}

	#fail(errors: ImportError[], count = errors.length): void {
		this.errors = errors;
		this.errorCount = count;
	}

	/** A file of the import format (CSV, JSON, Arrow, Parquet) goes in at once if valid; a news text file opens the preview. */
	async importFile(file: File, mode: Mode): Promise<void> {
		const { formatOf, checkRaw, unreadableError } = await work();
		const tables = this.#begin(file.name);
		if (!tables) return;
		try {
			const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
			const format = formatOf(file.name, head);
			if (!format) return this.#fail([{ row: null, column: null, code: 'unsupported_format', value: file.name }]);
			if (format === 'text') {
				this.busy = false;
				return await this.extract(await file.text(), file.name);
			}
			const { ctx } = await this.#registry();
			await tables.resetStaging();
			this.progress = { phase: 'reading', fraction: 0 };
			const raw = await tables.readRaw(file, format, (f) => (this.progress = { phase: 'reading', fraction: f }));
			if (raw.errors.length) return this.#fail(raw.errors);
			this.progress = { phase: 'checking', fraction: 0 };
			const checked = await checkRaw(tables, ctx, file.name, raw.rows, (f) => (this.progress = { phase: 'checking', fraction: f }));
			if (checked.errorCount) return this.#fail(checked.errors, checked.errorCount);
			await this.#commit(tables, file.name, mode);
		} catch (e) {
			this.#fail([unreadableError(e)]);
		} finally {
			await tables.dropStaging().catch(() => {});
			this.#end();
		}
	}

	/** Staged events → duplicates set aside → one transaction → kept in the browser → views redrawn. */
	async #commit(tables: ImportTables, label: string, mode: Mode): Promise<void> {
		this.progress = { phase: 'saving', fraction: 0 };
		const dups = await tables.findDuplicates(mode);
		const added = await tables.stagedCount();
		let unsaved = false;
		if (added > 0 || mode === 'replace') {
			await tables.commit(mode);
			this.progress = { phase: 'saving', fraction: 0.5 };
			try {
				await appendImport({ scope: this.#scope, mode, label, at: new Date().toISOString(), events: added, tables: await tables.exportStaged() });
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
		const { extractNews, freeSourceName, pastedName, previewRecord, validatePreview, duplicatesByRow, unreadableError } = await work();
		const tables = this.#begin(name ?? '');
		if (!tables) return;
		try {
			const { reg, ctx } = await this.#registry();
			const file = await freeSourceName(name ?? pastedName(text), (f) => tables.sourceTaken(f, text));
			const x = extractNews(text, file, reg);
			this.label = file;
			const records = x.events.map(previewRecord);
			await tables.resetStaging();
			await tables.stageEvents(validatePreview(records, x.events, ctx).items);
			const dups = await tables.findDuplicates('add', 10_000);
			this.preview = { name: file, text: x.text, events: x.events, records, warnings: x.warnings, duplicates: duplicatesByRow(dups.list) };
		} catch (e) {
			this.#fail([unreadableError(e)]);
		} finally {
			await tables.dropStaging().catch(() => {});
			this.busy = false;
		}
	}

	edit(row: number, field: Editable, value: string): void {
		// A preview exists only once extract() has loaded the import's code.
		if (!this.preview || !loaded) return;
		this.preview.records[row] = loaded.editRecord(this.preview.records[row], field, value);
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
		const { validatePreview, unreadableError } = await work();
		const tables = this.#begin(p.name);
		if (!tables) return;
		try {
			const { ctx } = await this.#registry();
			const { items, errors } = validatePreview(p.records, p.events, ctx);
			if (errors.length) return this.#fail(errors);
			if (!items.length) return this.#fail([{ row: null, column: null, code: 'no_rows', value: null }]);
			await tables.resetStaging();
			await tables.stageEvents(items);
			await tables.stageSources([{ file: p.name, text: p.text }]);
			await this.#commit(tables, p.name, mode);
			this.preview = null;
		} catch (e) {
			this.#fail([unreadableError(e)]);
		} finally {
			await tables.dropStaging().catch(() => {});
			this.#end();
		}
	}

	/** Forgets every import of this dataset and puts the bundled data back, in one transaction. */
	async reset(): Promise<void> {
		const { unreadableError } = await work();
		const tables = this.#begin('');
		if (!tables) return;
		try {
			await clearImports(this.#scope).catch(() => deleteStore());
			await tables.restoreBundled();
			this.active = false;
			this.notice = null;
			this.preview = null;
			await this.#onchange();
		} catch (e) {
			this.#fail([unreadableError(e)]);
		} finally {
			this.busy = false;
		}
	}
}
