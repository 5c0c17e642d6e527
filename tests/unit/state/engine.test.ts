// The data path on stand-ins: the dashboard's newest-wins queue of selections, and the ViewEngine answering them from the time index, the database asked only for what the page cannot compute.
import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { INDEX_SOURCE_SQL } from '../../../src/lib/crossfilter/indexsource';
import type { OrgRow } from '../../../src/lib/crossfilter/rows';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { ViewEngine, type EngineDb } from '../../../src/lib/state/engine';
import { NewestWins } from '../../../src/lib/state/queue';
import { indexFromDb } from '../../../src/lib/state/indexload';

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

/** The stand-in database: answers the index's SQL with the tables above and a text search's flags, records the questions, can fail. */
class FakeDb implements EngineDb {
	arrowAsked: string[] = [];
	arrowFails = 0;

	constructor(readonly tables: Record<string, Table> = {}) {}

	async queryArrow(sql: string): Promise<Table> {
		this.arrowAsked.push(sql);
		if (this.arrowFails > 0) {
			this.arrowFails--;
			throw new Error('the stand-in failed');
		}
		// The pass flags of a text search: only the second event passes it (bit 1: every clause).
		if (sql.startsWith('SELECT (CASE')) return tableFromArrays({ m: Int32Array.from([0, 127, 0]) });
		const t = this.tables[sql];
		if (!t) throw new Error('the stand-in has no such table');
		return t;
	}
}

/** An answer that waits until the test lets it go, or fails when told to: the queue's side of a pass. */
class Answers {
	asked: string[] = [];
	failWhen: ((kind: string) => boolean) | null = null;
	#gate: { promise: Promise<void>; open: () => void } | null = null;

	hold(): void {
		let open = () => {};
		const promise = new Promise<void>((r) => (open = r));
		this.#gate = { promise, open };
	}

	release(): void {
		this.#gate?.open();
		this.#gate = null;
	}

	async answer(sel: Selection): Promise<number> {
		const kind = sel.kind[0];
		this.asked.push(kind);
		if (this.#gate) await this.#gate.promise;
		if (this.failWhen?.(kind)) throw new Error('the stand-in failed');
		return { alpha: 1, beta: 2, gamma: 3 }[kind] ?? 0;
	}
}

const ofKind = (kind: string): Selection => ({ ...emptySelection(), kind: [kind] });

/** Lets every pending answer through: the stand-in's promises and the queue's chains are all microtasks. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The dashboard's wiring in small: the queue answering selections through the stand-in. */
function dataPath() {
	const db = new Answers();
	const delivered: { kind: string; count: number }[] = [];
	const errors: string[] = [];
	const queue = new NewestWins<Selection, number>({
		answer: (sel) => db.answer(sel),
		deliver: (sel, count) => delivered.push({ kind: sel.kind[0], count }),
		fail: (e) => errors.push(e instanceof Error ? e.message : String(e))
	});
	return { db, queue, delivered, errors };
}

describe('the newest-wins queue', () => {
	it('waits until opened, then answers what was asked meanwhile', async () => {
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
		expect(db.asked).not.toContain('beta');
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
		db.failWhen = (k) => k === 'beta';
		queue.push(ofKind('beta'));
		await settle();
		expect(errors).toEqual(['the stand-in failed']);
		expect(delivered).toEqual([]);
		queue.push(ofKind('alpha'));
		await settle();
		expect(delivered).toEqual([{ kind: 'alpha', count: 1 }]);
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
		expect(db.asked).not.toContain('beta');
	});

	it('delivers a synchronous answer in the same turn', () => {
		const delivered: string[] = [];
		const queue = new NewestWins<string, string>({ answer: (r) => r.toUpperCase(), deliver: (_, a) => delivered.push(a), fail: () => {} });
		queue.open();
		queue.push('summary');
		expect(delivered).toEqual(['SUMMARY']);
	});
});

/** An engine over the stand-in: its index read from the stand-in's tables, its database the stand-in (up at once, or never). */
function engineOver(db: FakeDb, dbUp = true) {
	let loads = 0;
	const engine = new ViewEngine(
		() => {
			loads++;
			return indexFromDb(db, ORGS, []);
		},
		3,
		() => (dbUp ? Promise.resolve(db) : new Promise<EngineDb>(() => {}))
	);
	return { engine, loads: () => loads };
}

describe('ViewEngine', () => {
	it('answers every clause from the index, without the database, and a brush step in the same turn once prepared', async () => {
		const db = new FakeDb(indexTables());
		const { engine, loads } = engineOver(db, false);
		const partner: Selection = { ...emptySelection(), partner: ['osce'] };
		await Promise.all([engine.prepare(partner, 'org'), engine.prepare(partner, 'org')]);
		expect(loads()).toBe(1);
		const asked = db.arrowAsked.length;

		const sel: Selection = { ...partner, time: ['2020-01-01', '2020-03-31'] };
		const views = engine.answer(sel, 'org');
		if (views instanceof Promise) throw new Error('a prepared base should answer synchronously');
		expect(db.arrowAsked).toHaveLength(asked);
		expect(views.count).toBe(1);
		expect(views.list.map((r) => [r.id, r.date_start, r.partners])).toEqual([['e1', '2020-01-10', 'OSCE']]);
		expect(views.timeline.map((r) => [r.id, r.active])).toEqual([
			['e1', true],
			['e2', false],
			['e3', true]
		]);
		// The partner facet ignores its own clause; the kinds facet counts only OSCE's events in the window.
		expect(views.facets.partners.map((f) => [f.value, f.n, f.total])).toEqual([['osce', 1, 2]]);
		expect(views.facets.kinds.map((f) => [f.value, f.n, f.total])).toEqual([
			['training', 1, 2],
			['meeting', 0, 1]
		]);
		expect(views.undated).toEqual({ n: 0, list: [] });
	});

	it('asks the database for the flags of a selection the page cannot compute, once it is up', async () => {
		const db = new FakeDb(indexTables());
		const { engine } = engineOver(db);
		const search: Selection = { ...emptySelection(), q: 'bishkek' };
		const views = await engine.answer(search, 'org');
		expect(db.arrowAsked.filter((sql) => sql.startsWith('SELECT (CASE'))).toHaveLength(1);
		expect(views.count).toBe(1);
		expect(views.list.map((r) => r.id)).toEqual(['e2']);
	});

	it('loads the index again after a failed load', async () => {
		const db = new FakeDb(indexTables());
		db.arrowFails = 1;
		const { engine } = engineOver(db);
		await expect(engine.prepare(emptySelection(), 'org')).rejects.toThrow('the stand-in failed');
		await engine.prepare(emptySelection(), 'org');
		await engine.settled();
		const views = await engine.answer({ ...emptySelection(), time: ['2021-01-01', '2021-12-31'] }, 'org');
		expect(views.count).toBe(1);
		expect(views.list.map((r) => r.id)).toEqual(['e3']);
	});
});
