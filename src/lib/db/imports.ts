// The one place imported rows reach the live tables: staging, duplicate checks, the swap that adds or replaces in one transaction, the stored imports' replay and the reset to the bundled data, on a connection of their own.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { stagedTables, ROW_TABLES } from '$lib/import/batch';
import type { RawRead, RawStaging, ReadFormat } from '$lib/import/read';
import type { ImportRecord } from '$lib/import/schema';
import {
	bundled,
	createStagingSql,
	DATA_TABLES,
	dropStagingSql,
	DUPLICATE_COUNT_SQL,
	duplicateListSql,
	duplicatesSql,
	exportSql,
	keepBundledSql,
	modelColumns,
	setAsideSql,
	staged,
	STAGED_COUNT_SQL,
	storedStream,
	swapInSql,
	type DataTable,
	type Duplicate,
	type Mode,
	type ReplayResult,
	type StagedTables,
	type StoredStep
} from '$lib/import/stage';
import { toArrowTable } from '$lib/model/arrow';
import type { Event } from '$lib/model/event';
import { readIntoRaw } from './readers';
import { toRows } from './rows';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Its own connection, so an import's transaction never holds the views' queries, which read the committed tables
 * meanwhile. Opened once the data is loaded; keeps the bundled copy that "reset" puts back from the first change on.
 */
export class ImportTables implements RawStaging {
	#engine: AsyncDuckDB;
	#conn: AsyncDuckDBConnection;

	private constructor(engine: AsyncDuckDB, conn: AsyncDuckDBConnection) {
		this.#engine = engine;
		this.#conn = conn;
	}

	static async open(engine: AsyncDuckDB): Promise<ImportTables> {
		return new ImportTables(engine, await engine.connect());
	}

	/**
	 * The data as built, copied before the live tables first change, so "reset" needs no reload. Not at open: until
	 * something is imported the copy would only double the tables' memory (460 MB more at a million events).
	 */
	async #keepBundled(): Promise<void> {
		await this.#all(keepBundledSql());
	}

	async #run<T = Record<string, unknown>>(sql: string): Promise<T[]> {
		return toRows<T>(await this.#conn.query(sql));
	}

	async #all(statements: string[]): Promise<void> {
		for (const sql of statements) await this.#conn.query(sql);
	}

	async #count(sql: string): Promise<number> {
		const [{ n }] = await this.#run<{ n: number }>(sql);
		return n;
	}

	/** Runs `body` in one transaction: every statement lands, or none does. */
	async #transaction(body: () => Promise<void>): Promise<void> {
		await this.#conn.query('BEGIN TRANSACTION');
		try {
			await body();
			await this.#conn.query('COMMIT');
		} catch (e) {
			await this.#conn.query('ROLLBACK').catch(() => {});
			throw e;
		}
	}

	/** Empty staging tables, whatever an earlier import left. */
	async resetStaging(): Promise<void> {
		await this.dropStaging();
		await this.#all(createStagingSql());
	}

	async dropStaging(): Promise<void> {
		await this.#all(dropStagingSql());
	}

	/** A file of the import format into the raw table, every cell as text. */
	readRaw(file: File, format: ReadFormat, onFraction: (f: number) => void): Promise<RawRead> {
		return readIntoRaw(this.#engine, this.#conn, file, format, onFraction);
	}

	rawRows(from: number, to: number): Promise<(ImportRecord & { __row: number })[]> {
		return this.#run(`SELECT * FROM import_raw WHERE __row > ${Math.floor(from)} AND __row <= ${Math.floor(to)} ORDER BY __row`);
	}

	/** Adds validated events to the staging tables, each tagged with its import row. */
	async stageEvents(items: { row: number; event: Event }[]): Promise<void> {
		const tables = stagedTables(items);
		for (const t of ROW_TABLES) if (tables[t].numRows) await this.#conn.insertArrowTable(tables[t], { name: staged(t), create: false });
	}

	/** Source texts of imported news, so the source view can highlight their facts. */
	async stageSources(sources: { file: string; text: string }[]): Promise<void> {
		await this.#insertByName(staged('sources'), toArrowTable('sources', sources));
	}

	/** Inserts an Arrow table into `target` by column name, through a scratch table (insertArrowTable appends by position). */
	async #insertByName(target: string, table: Table): Promise<void> {
		if (table.numRows === 0) return;
		await this.#conn.insertArrowTable(table, { name: 'import_scratch', create: true });
		try {
			await this.#conn.query(`INSERT INTO ${target} BY NAME SELECT * FROM import_scratch`);
		} finally {
			await this.#conn.query('DROP TABLE IF EXISTS import_scratch');
		}
	}

	/** Sets aside the staged events the data already has (see duplicatesSql); the first `limit` and how many there are. */
	async findDuplicates(mode: Mode, limit = 100): Promise<{ list: Duplicate[]; count: number }> {
		await this.#conn.query(duplicatesSql(mode));
		const count = await this.#count(DUPLICATE_COUNT_SQL);
		return { list: await this.#run<Duplicate>(duplicateListSql(limit)), count };
	}

	/** Staged events left once duplicates are set aside. */
	stagedCount(): Promise<number> {
		return this.#count(STAGED_COUNT_SQL);
	}

	/** The staged rows, duplicates left out, added to the live tables or replacing them, in one transaction. */
	async commit(mode: Mode): Promise<void> {
		await this.#all(setAsideSql());
		await this.#keepBundled();
		await this.#transaction(() => this.#all(swapInSql(staged, mode)));
	}

	/** The committed import as Arrow IPC files, for the browser's store. */
	async exportStaged(): Promise<StagedTables> {
		const out: StagedTables = {};
		for (const t of DATA_TABLES) {
			if (!(await this.#count(`SELECT count(*)::INTEGER AS n FROM ${staged(t)}`))) continue;
			// The engine's own IPC bytes (the file format), never decoded here: a 100 MB import is kept without a pause.
			// They are decoded and checked when replayed (storedStream), where a damaged store must be caught anyway.
			const bytes = await this.#conn.useUnsafe((db, id) => db.runQuery(id, exportSql(t)));
			out[t] = new Blob([bytes as Uint8Array<ArrayBuffer>]);
		}
		return out;
	}

	/** Back to the data as built, in one transaction. */
	async restoreBundled(): Promise<void> {
		// With nothing imported since the load, the copy is the live data itself and the swap changes nothing.
		await this.#keepBundled();
		await this.#transaction(() => this.#all(swapInSql(bundled, 'replace')));
	}

	/** Whether `file` already names a source whose text is not `text` (the same text again may reuse its name). */
	async sourceTaken(file: string, text: string): Promise<boolean> {
		const stmt = await this.#conn.prepare('SELECT text FROM sources WHERE file = ?');
		try {
			const [row] = toRows<{ text: string }>(await stmt.query(file));
			return row !== undefined && row.text !== text;
		} finally {
			await stmt.close();
		}
	}

	/**
	 * Replays stored imports on the bundled data. Every step is first read into tables of its own; one that cannot be
	 * read (bad bytes, missing columns, no events) is skipped and reported, so a damaged step costs only itself. The
	 * readable steps then reach the live tables in one transaction: if that fails, nothing changed and it throws.
	 */
	async replay(steps: StoredStep[]): Promise<ReplayResult> {
		const name = (i: number, t: DataTable) => `restore_${i}_${t}`;
		const result: ReplayResult = { applied: [], failed: [] };
		try {
			for (const [i, step] of steps.entries()) {
				try {
					await this.#readStep(step, i + 1, (t) => name(i, t));
					result.applied.push(i);
				} catch (e) {
					result.failed.push({ index: i, detail: messageOf(e) });
				}
			}
			if (!result.applied.length) return result;
			await this.#keepBundled();
			await this.#transaction(async () => {
				for (const i of result.applied) await this.#all(swapInSql((t) => name(i, t), steps[i].mode === 'replace' ? 'replace' : 'add'));
			});
			return result;
		} finally {
			for (let i = 0; i < steps.length; i++) for (const t of DATA_TABLES) await this.#conn.query(`DROP TABLE IF EXISTS ${name(i, t)}`).catch(() => {});
		}
	}

	/** One stored step into its own tables (named by `name`), checked to hold events. `n` counts from 1, for messages. */
	async #readStep(step: StoredStep, n: number, name: (t: DataTable) => string): Promise<void> {
		if (!(step?.tables?.events instanceof Blob)) throw new Error(`stored import ${n} has no events`);
		for (const t of DATA_TABLES) {
			await this.#conn.query(`CREATE OR REPLACE TABLE ${name(t)} (${modelColumns(t)})`);
			const blob = step.tables[t];
			if (blob === undefined) continue;
			if (!(blob instanceof Blob)) throw new Error(`stored import ${n}: table ${t} is not a file`);
			let stored: ReturnType<typeof storedStream>;
			try {
				stored = storedStream(new Uint8Array(await blob.arrayBuffer()), t);
			} catch (e) {
				throw new Error(`stored import ${n}: table ${t} cannot be read (${messageOf(e)})`);
			}
			if (stored.complete) {
				// Appended by position: the stored columns are the model's, in its order (checked above).
				await this.#conn.insertArrowFromIPCStream(stored.stream, { name: name(t), create: false });
			} else {
				// Fewer columns (an earlier version's): read as they are, then appended by name, the new columns left empty.
				const older = `${name(t)}_older`;
				await this.#conn.insertArrowFromIPCStream(stored.stream, { name: older, create: true });
				await this.#conn.query(`INSERT INTO ${name(t)} BY NAME SELECT * FROM ${older}`);
				await this.#conn.query(`DROP TABLE ${older}`);
			}
		}
		if (!(await this.#count(`SELECT count(*)::INTEGER AS n FROM ${name('events')}`))) throw new Error(`stored import ${n} holds no events`);
	}
}
