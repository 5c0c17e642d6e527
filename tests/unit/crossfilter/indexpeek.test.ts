// A mark's listing (peekEvents) against DuckDB: the events of a map place, a network node and a timeline bin under a selection and a window, and their number as the view counts it.
import { describe, expect, it } from 'vitest';
import { emptySelection, toPredicate, type Selection } from '../../../src/lib/crossfilter/selection';
import type { TimeIndex } from '../../../src/lib/crossfilter/timeindex';
import { hasBaseClauses, masksQuery } from '../../../src/lib/crossfilter/indexmasks';
import { nodeKey, OWN, type NetworkLevel } from '../../../src/lib/crossfilter/queries';
import type { PeekTarget } from '../../../src/lib/crossfilter/indexpeek';
import { binTotals, countBins, fromDays, fromEvents, windowCounter, type BinUnit } from '../../../src/lib/views/timeline/binning';
import type { NodeDb } from '../../../scripts/nodedb';
import { generatedAndSeeds } from './indexdb';

const LIMIT = 5;
const sets = generatedAndSeeds(600, 7);

type Row = { id: string; title: string; date_start: string | null };
const ORDER = `ORDER BY e.date_start DESC NULLS LAST, e.id`;
const COLS = `e.id, e.title, strftime(e.date_start, '%Y-%m-%d') AS date_start`;

/** The SQL of one mark's events: its key, and the clauses its view counts under. */
function markSql(sel: Selection, level: NetworkLevel, t: PeekTarget, timeline: 'overlap' | 'start'): { sql: string; params: unknown[] } {
	if (t.view === 'map') {
		const p = toPredicate(sel, OWN.map);
		return {
			sql: `SELECT ${COLS} FROM events e WHERE e.country IS NOT NULL AND coalesce(e.place_id, '@' || e.country) = ? AND ${p.sql} ${ORDER}`,
			params: [t.key, ...p.params]
		};
	}
	if (t.view === 'network') {
		const p = toPredicate(sel, OWN.network);
		return {
			sql: `SELECT ${COLS} FROM events e WHERE e.id IN (SELECT eo.event_id FROM event_orgs eo JOIN orgs o ON o.id = eo.org_id WHERE ${nodeKey(level, 'o')} = ?) AND ${p.sql} ${ORDER}`,
			params: [t.id, ...p.params]
		};
	}
	// The timeline: every clause; the window overlapped, or by start day for the day counts of a large dataset.
	const p = toPredicate(timeline === 'overlap' ? sel : { ...sel, time: null });
	const byStart = timeline === 'start' && sel.time ? ' AND e.date_start BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)' : '';
	return {
		sql: `SELECT ${COLS} FROM events e WHERE e.date_start >= CAST(? AS DATE) AND e.date_start < CAST(? AS DATE) AND ${p.sql}${byStart} ${ORDER}`,
		params: [t.from, t.to, ...p.params, ...(byStart ? sel.time! : [])]
	};
}

async function prepared(db: NodeDb, index: TimeIndex, sel: Selection, level: NetworkLevel) {
	let masks: Uint8Array | null = null;
	if (hasBaseClauses(sel)) {
		masks = index.passFlags(sel);
		if (!masks) {
			const q = masksQuery(sel);
			masks = Uint8Array.from((await db.query<{ m: number }>(q.sql, q.params)).map((r) => r.m));
		}
	}
	return index.prepare(level, masks);
}

/** Every mark of the three views under `base` and each window: the listing agrees with SQL, its number with the view's count. */
async function compare(on: 'generated' | 'seeds', base: Partial<Selection>, level: NetworkLevel, windows: ([string, string] | null)[], unit: BinUnit = 'quarter') {
	const [db, index] = on === 'generated' ? [sets.gen.db, sets.gen.index] : [sets.seeds.db, sets.seeds.index];
	const p = await prepared(db, index, { ...emptySelection(), ...base }, level);
	let checked = 0;
	for (const time of windows) {
		const sel = { ...emptySelection(), ...base, time };
		const views = p.answer(time);
		const targets: [PeekTarget, number][] = [
			...views.hosts.slice(0, 6).map((h): [PeekTarget, number] => [{ view: 'map', key: h.key }, h.n]),
			...views.nodes.filter((r) => r.n > 0).slice(0, 6).map((r): [PeekTarget, number] => [{ view: 'network', id: r.id }, r.n])
		];
		// Bins as the timeline draws them, in either of its modes.
		for (const mode of ['overlap', 'start'] as const) {
			const counted = mode === 'overlap' ? fromEvents(p.timeline()!) : fromDays(p.timelineBins());
			const bins = binTotals(mode === 'overlap' ? countBins(counted, unit, time) : windowCounter(counted, unit)(time));
			const tl = bins.filter((b) => b.n_window > 0).slice(0, 4);
			if (bins.length) tl.push(bins[bins.length >> 1]);
			for (const b of tl) {
				const t: PeekTarget = { view: 'timeline', from: b.start, to: b.end };
				const where = JSON.stringify({ on, base, level, time, t, mode });
				const got = p.peek(t, time, LIMIT, mode);
				const want = await db.query<Row>(markSql(sel, level, t, mode).sql, markSql(sel, level, t, mode).params);
				expect(got.n, where).toBe(b.n_window);
				expect(got.n, where).toBe(want.length);
				expect(got.rows.map((r) => ({ id: r.id, title: r.title, date_start: r.date_start })), where).toEqual(want.slice(0, LIMIT));
				checked++;
			}
		}
		for (const [t, n] of targets) {
			const where = JSON.stringify({ on, base, level, time, t });
			const got = p.peek(t, time, LIMIT, 'overlap');
			const q = markSql(sel, level, t, 'overlap');
			const want = await db.query<Row>(q.sql, q.params);
			expect(got.n, `${where}: the view's count`).toBe(n);
			expect(got.n, where).toBe(want.length);
			expect(got.rows.map((r) => ({ id: r.id, title: r.title, date_start: r.date_start })), where).toEqual(want.slice(0, LIMIT));
			checked++;
		}
	}
	return checked;
}

const WINDOWS: ([string, string] | null)[] = [null, ['2010-03-03', '2012-07-19'], ['2019-12-30', '2020-01-05'], ['2016-06-30', '2016-06-02']];

describe('peekEvents against DuckDB', () => {
	it('on generated events, with no clause and under filters, at both network levels', async () => {
		expect(await compare('generated', {}, 'org', WINDOWS, 'year')).toBeGreaterThan(40);
		await compare('generated', { partner: ['OSCE'], kind: ['training', 'workshop'] }, 'country', WINDOWS);
		await compare('generated', { place: ['bishkek', 'almaty'], org: ['kgz-border'] }, 'org', WINDOWS.slice(0, 2), 'month');
		await compare('generated', { q: 'workshop' }, 'org', WINDOWS.slice(0, 2));
	}, 60_000);
	it('on the bundled events (undated events, country-only marks)', async () => {
		const windows: ([string, string] | null)[] = [null, ['2019-01-01', '2019-03-15'], ['2018-06-01', '2020-12-31']];
		expect(await compare('seeds', {}, 'org', windows, 'month')).toBeGreaterThan(20);
		await compare('seeds', { country: ['KAZ'] }, 'country', windows);
		await compare('seeds', { partner: ['FRONTEX'] }, 'org', windows, 'year');
	}, 60_000);
	it('an unknown key or a malformed window lists nothing', async () => {
		const p = await prepared(sets.seeds.db, sets.seeds.index, emptySelection(), 'org');
		expect(p.peek({ view: 'map', key: 'nowhere' }, null, LIMIT, 'overlap')).toEqual({ n: 0, rows: [] });
		expect(p.peek({ view: 'network', id: 'nobody' }, null, LIMIT, 'overlap')).toEqual({ n: 0, rows: [] });
		expect(p.peek({ view: 'timeline', from: 'x', to: '2020-01-01' }, null, LIMIT, 'overlap')).toEqual({ n: 0, rows: [] });
		const key = p.answer(null).hosts[0].key;
		expect(p.peek({ view: 'map', key }, ['bad', '2020-01-01'], LIMIT, 'overlap')).toEqual({ n: 0, rows: [] });
		// The limit caps the rows, never the count.
		const one = p.peek({ view: 'map', key }, null, 1, 'overlap');
		expect(one.rows).toHaveLength(1);
		expect(one.n).toBe(p.answer(null).hosts[0].n);
	});
});
