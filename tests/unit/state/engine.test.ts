// The data path on a stand-in database: the dashboard's newest-wins queue of selections, and the ViewEngine's memo and time index answering them.
import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { INDEX_SOURCE_SQL } from '../../../src/lib/crossfilter/indexsource';
import { timelineQuery, type Query } from '../../../src/lib/crossfilter/queries';
import type { OrgRow } from '../../../src/lib/crossfilter/rows';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import type { ViewData } from '../../../src/lib/crossfilter/views';
import { ViewEngine, type EngineDb } from '../../../src/lib/state/engine';
import { NewestWins } from '../../../src/lib/state/queue';

/** Events matching each kind, as the stand-in's count query answers them: which request an answer is for shows in its count. */
const COUNTS: Record<string, number> = { alpha: 1, beta: 2, gamma: 3 };

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Three dated events as the index reads them (in start order), with their countries and partners. */
function indexTables(): Record<string, Table> {
	const starts = ['2020-01-10', '2020-02-05', '2021-06-01'];
	const ends = ['2020-01-12', '2020-02-05', '2021-06-03'];
	return {
		[INDEX_SOURCE_SQL.events]: tableFromArrays({
			s: Int32Array.from(starts, day),
			e: Int32Array.from(ends, day),
			h: ['dushanbe', '@KGZ', 'dushanbe'],
			hc: ['TJK', 'KGZ', 'TJK'],
			k: ['training', 'meeting', 'training'],
			t: ['borders', null, 'borders'],
			de: Int32Array.from(ends, day),
			id: ['e1', 'e2', 'e3'],
			title: ['Course in Dushanbe', 'Meeting in Bishkek', 'Second course'],
			p: ['dushanbe', null, 'dushanbe'],
			f: ['', '', ''],
			y: [true, true, true]
		}),
		[INDEX_SOURCE_SQL.countries]: tableFromArrays({ i: Int32Array.from([0, 1, 1, 2]), c: ['TJK', 'KGZ', 'UZB', 'TJK'], host: [true, true, false, true] }),
		[INDEX_SOURCE_SQL.orgs]: tableFromArrays({ i: Int32Array.from([0, 2]), o: ['osce', 'osce'], partner: [true, true] })
	};
}

const ORGS: OrgRow[] = [{ id: 'osce', short: 'OSCE', name: 'Organization for Security and Co-operation in Europe', name_ru: 'ОБСЕ', country: '', type: 'io', is_partner: true }];

/**
 * Answers by the shape of the SQL (a count by the kind it names, nothing for the rest), records every question, and
 * can hold its answers until the test lets them go, or fail the questions it is told to.
 */
class FakeDb implements EngineDb {
	readonly asked: Query[] = [];
	arrowAsked: string[] = [];
	failWhen: ((q: Query) => boolean) | null = null;
	arrowFails = 0;
	#gate: { promise: Promise<void>; open: () => void } | null = null;

	constructor(readonly tables: Record<string, Table> = {}) {}

	hold(): void {
		let open = () => {};
		const promise = new Promise<void>((r) => (open = r));
		this.#gate = { promise, open };
	}

	release(): void {
		this.#gate?.open();
		this.#gate = null;
	}

	async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		const q = { sql, params };
		this.asked.push(q);
		if (this.#gate) await this.#gate.promise;
		if (this.failWhen?.(q)) throw new Error('the stand-in failed');
		if (!sql.startsWith('SELECT count(*)')) return [];
		if (sql.includes('date_start IS NULL')) return [{ n: 0 } as T];
		return [{ n: params.reduce<number>((n, p) => n + (COUNTS[p as string] ?? 0), 0) } as T];
	}

	async queryArrow(sql: string): Promise<Table> {
		this.arrowAsked.push(sql);
		if (this.arrowFails > 0) {
			this.arrowFails--;
			throw new Error('the stand-in failed');
		}
		const t = this.tables[sql];
		if (!t) throw new Error('the stand-in has no such table');
		return t;
	}

	/** Whether any question so far bound `value`. */
	sawValue(value: unknown): boolean {
		return this.asked.some((q) => q.params.includes(value));
	}
}

const ofKind = (kind: string): Selection => ({ ...emptySelection(), kind: [kind] });

/** Lets every pending answer through: the fake's promises and the engine's chains are all microtasks. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The dashboard's wiring in small: the queue answering selections through a ViewEngine over the stand-in. */
function dataPath(db = new FakeDb()) {
	const engine = new ViewEngine(db, [], 10);
	const delivered: { kind: string; count: number }[] = [];
	const errors: string[] = [];
	const queue = new NewestWins<Selection, ViewData>({
		answer: (sel) => engine.fetch(sel, 'org'),
		deliver: (sel, views) => delivered.push({ kind: sel.kind[0], count: views.count }),
		fail: (e) => errors.push(e instanceof Error ? e.message : String(e))
	});
	return { db, queue, delivered, errors };
}

describe('the newest-wins queue', () => {
	it('waits for the database, then answers what was asked meanwhile', async () => {
		const { db, queue, delivered } = dataPath();
		queue.push(ofKind('alpha'));
		await settle();
		expect(db.asked).toEqual([]);
		queue.open();
		await settle();
		expect(delivered).toEqual([{ kind: 'alpha', count: 1 }]);
	});

	it('replaces a waiting request by a newer one; the one under way is still delivered, first', async () => {
		const { db, queue, delivered } = dataPath();
		queue.open();
		db.hold();
		queue.push(ofKind('alpha'));
		queue.push(ofKind('beta'));
		queue.push(ofKind('gamma'));
		await settle();
		expect(delivered).toEqual([]);
		db.release();
		await settle();
		expect(delivered).toEqual([
			{ kind: 'alpha', count: 1 },
			{ kind: 'gamma', count: 3 }
		]);
		expect(db.sawValue('beta')).toBe(false);
	});

	it('answers requests made one after another in the order they were made', async () => {
		const { queue, delivered } = dataPath();
		queue.open();
		for (const kind of ['gamma', 'alpha', 'beta']) {
			queue.push(ofKind(kind));
			await settle();
		}
		expect(delivered.map((d) => d.kind)).toEqual(['gamma', 'alpha', 'beta']);
		expect(delivered.map((d) => d.count)).toEqual([3, 1, 2]);
	});

	it('reports a failed pass, and answers the next request', async () => {
		const { db, queue, delivered, errors } = dataPath();
		queue.open();
		db.failWhen = (q) => q.params.includes('beta');
		queue.push(ofKind('beta'));
		await settle();
		expect(errors).toEqual(['the stand-in failed']);
		expect(delivered).toEqual([]);
		queue.push(ofKind('alpha'));
		await settle();
		expect(delivered).toEqual([{ kind: 'alpha', count: 1 }]);
		// The failure was not remembered: asked again, the same selection is answered once the database recovers.
		db.failWhen = null;
		queue.push(ofKind('beta'));
		await settle();
		expect(delivered.at(-1)).toEqual({ kind: 'beta', count: 2 });
		expect(errors).toHaveLength(1);
	});

	it('once closed, drops the answer under way and asks nothing more', async () => {
		const { db, queue, delivered } = dataPath();
		queue.open();
		db.hold();
		queue.push(ofKind('alpha'));
		queue.push(ofKind('beta'));
		queue.close();
		db.release();
		await settle();
		expect(delivered).toEqual([]);
		expect(db.sawValue('beta')).toBe(false);
	});

	it('delivers a synchronous answer in the same turn', () => {
		const delivered: string[] = [];
		const queue = new NewestWins<string, string>({ answer: (r) => r.toUpperCase(), deliver: (_, a) => delivered.push(a), fail: () => {} });
		queue.open();
		queue.push('summary');
		expect(delivered).toEqual(['SUMMARY']);
	});
});

describe('ViewEngine', () => {
	it('asks the database once for equal SQL with equal values', async () => {
		const db = new FakeDb();
		const engine = new ViewEngine(db, [], 10);
		await engine.run('SELECT x FROM t WHERE y = ?', [1]);
		await engine.run('SELECT x FROM t WHERE y = ?', [1]);
		await engine.run('SELECT x FROM t WHERE y = ?', [2]);
		expect(db.asked.map((q) => q.params)).toEqual([[1], [2]]);
	});

	it('forgets the oldest answers beyond its memo, and never keeps a failure', async () => {
		const db = new FakeDb();
		const engine = new ViewEngine(db, [], 10);
		for (let i = 0; i <= 64; i++) await engine.run('SELECT ?', [i]);
		await engine.run('SELECT ?', [64]);
		expect(db.asked).toHaveLength(65);
		await engine.run('SELECT ?', [0]);
		expect(db.asked).toHaveLength(66);

		db.failWhen = () => true;
		await expect(engine.run('SELECT 1', [])).rejects.toThrow('the stand-in failed');
		db.failWhen = null;
		await expect(engine.run('SELECT 1', [])).resolves.toEqual([]);
	});

	it('answers a brush step from the time index, asking the database only for the timeline', async () => {
		const db = new FakeDb(indexTables());
		const engine = new ViewEngine(db, ORGS, 3);
		await Promise.all([engine.prepare(emptySelection(), 'org'), engine.prepare(emptySelection(), 'org')]);
		expect(db.arrowAsked.filter((sql) => sql === INDEX_SOURCE_SQL.events)).toHaveLength(1);

		const sel: Selection = { ...emptySelection(), time: ['2020-01-01', '2020-03-31'] };
		db.asked.length = 0;
		const views = await engine.fetch(sel, 'org');
		expect(db.asked.map((q) => q.sql)).toEqual([timelineQuery(sel).sql]);
		expect(views.count).toBe(2);
		expect(views.list.map((r) => [r.id, r.date_start, r.partners])).toEqual([
			['e2', '2020-02-05', null],
			['e1', '2020-01-10', 'OSCE']
		]);
		expect(views.hosts.map((h) => [h.key, h.n])).toEqual([
			['@KGZ', 1],
			['dushanbe', 1]
		]);
		expect(views.flows).toEqual([{ from_country: 'UZB', key: '@KGZ', n: 1 }]);
		// Ties in the window go to the larger total.
		expect(views.facets.kinds.map((f) => [f.value, f.n, f.total])).toEqual([
			['training', 1, 2],
			['meeting', 1, 1]
		]);
		expect(views.undated).toEqual({ n: 0, list: [] });
	});

	it('loads the index again after a failed load', async () => {
		const db = new FakeDb(indexTables());
		db.arrowFails = 1;
		const engine = new ViewEngine(db, ORGS, 3);
		await expect(engine.prepare(emptySelection(), 'org')).rejects.toThrow('the stand-in failed');
		await engine.prepare(emptySelection(), 'org');
		await engine.settled();
		const views = await engine.fetch({ ...emptySelection(), time: ['2021-01-01', '2021-12-31'] }, 'org');
		expect(views.count).toBe(1);
		expect(views.list.map((r) => r.id)).toEqual(['e3']);
	});
});
