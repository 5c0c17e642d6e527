// The `q` search on the bundled dataset in node DuckDB: case, accents, Cyrillic, LIKE's wildcards, and with other filters, against an oracle in plain JS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQuery, listQuery, type Query } from '../../../src/lib/crossfilter/queries';
import { emptySelection, likeText, toPredicate, withSearch, type Selection } from '../../../src/lib/crossfilter/selection';
import type { Row } from '../../../src/lib/model/tables';
import { openTestDb, type TestDb } from './db';

let db: TestDb;
/** Every event's searchable texts, folded as the SQL folds them (lower case, no accents). */
let texts: Map<string, string[]>;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const str = (v: Row[string] | undefined) => (typeof v === 'string' ? v : '');

beforeAll(async () => {
	db = await openTestDb();
	const d = db.dataset;
	const places = new Map(d.places.map((p) => [p.id, p]));
	const orgs = new Map(d.orgs.map((o) => [o.id, o]));
	const sources = new Map(d.sources.map((s) => [s.file, str(s.text)]));
	texts = new Map();
	for (const e of d.events) {
		const p = places.get(str(e.place_id));
		const src = sources.get(str(e.source)) ?? '';
		texts.set(str(e.id), [str(e.title), str(p?.name), str(p?.name_ru), src.slice(Number(e.span_start), Number(e.span_end))].map(fold));
	}
	for (const eo of d.event_orgs) {
		const o = orgs.get(str(eo.org_id))!;
		texts.get(str(eo.event_id))!.push(...[str(o.short), str(o.name), str(o.name_ru)].map(fold));
	}
}, 60_000);

afterAll(() => db?.close());

const run = <T>(q: Query) => db.query<T>(q.sql, q.params);
const ids = async (sel: Selection) => (await run<{ id: string }>({ sql: `SELECT e.id FROM events e WHERE ${toPredicate(sel).sql} ORDER BY e.id`, params: toPredicate(sel).params })).map((r) => r.id);
const search = (q: string, over: Partial<Selection> = {}) => ids(withSearch({ ...emptySelection(), ...over }, q));
/** The oracle: events one of whose texts holds the folded words. */
const expected = (q: string, keep: (id: string) => boolean = () => true) =>
	[...texts].filter(([id, t]) => keep(id) && t.some((x) => x.includes(fold(q.trim())))).map(([id]) => id).sort();

describe('q: text search', () => {
	it('matches what the oracle finds, for English, Russian and organisation words', async () => {
		for (const q of ['frontex', 'workshop', 'таможн', 'Бишкек', 'Osh', 'canine']) {
			const want = expected(q);
			expect(await search(q), q).toEqual(want);
		}
		expect(expected('таможн').length, 'the Russian names hold the word').toBeGreaterThan(0);
	});

	it('ignores case: FRONTEX, frontex and Frontex find the same events', async () => {
		const lower = await search('frontex');
		expect(lower.length).toBeGreaterThan(0);
		expect(await search('FRONTEX')).toEqual(lower);
		expect(await search('FrOnTeX')).toEqual(lower);
	});

	it('ignores accents, and finds a place by its English or Russian name', async () => {
		const en = await search('Bishkek');
		const inBishkek = db.events.filter((e) => e.place?.id === 'bishkek').map((e) => e.id);
		expect(inBishkek.length).toBeGreaterThan(0);
		for (const id of inBishkek) expect(en).toContain(id);
		const ru = await search('бишкек');
		for (const id of inBishkek) expect(ru).toContain(id);
		expect(await search('Bíshkék')).toEqual(en);
		// ё folds to е and й to и on both sides.
		expect(await search('таможенныи')).toEqual(await search('таможенный'));
	});

	it('treats % and _ as the characters themselves, not wildcards', async () => {
		expect(likeText('50%_a\\b')).toBe('50\\%\\_a\\\\b');
		for (const q of ['%', '_', 'b_rder', 'bo%er', '\\']) expect(await search(q), q).toEqual(expected(q));
		expect(await search('b_rder')).toEqual([]);
		expect((await search('border')).length).toBeGreaterThan(0);
	});

	it('combines with every other filter (AND): a partner, a window, a kind', async () => {
		const osce = new Set(db.events.filter((e) => e.partners.some((p) => p.id === 'OSCE')).map((e) => e.id));
		const both = await search('border', { partner: ['OSCE'] });
		expect(both).toEqual(expected('border', (id) => osce.has(id)));
		expect(both.length).toBeLessThan((await search('border')).length);
		const kind = await search('border', { kind: ['training'], time: ['2018-01-01', '2019-12-31'] });
		const fits = new Set(
			db.events.filter((e) => e.kind === 'training' && e.date_start !== null && e.date_end! >= '2018-01-01' && e.date_start <= '2019-12-31').map((e) => e.id)
		);
		expect(kind).toEqual(expected('border', (id) => fits.has(id)));
	});

	it('an empty or blank search is no clause; the count and the list follow the search', async () => {
		expect(toPredicate(withSearch(emptySelection(), '   '))).toEqual({ sql: 'TRUE', params: [] });
		expect(toPredicate({ ...emptySelection(), q: '' })).toEqual({ sql: 'TRUE', params: [] });
		const sel = withSearch(emptySelection(), 'frontex');
		const [{ n }] = await run<{ n: number }>(countQuery(sel));
		expect(n).toBe(expected('frontex').length);
		const list = await run<{ id: string }>(listQuery(sel, 500));
		for (const r of list) expect(expected('frontex')).toContain(r.id);
	});

	it('binds the words, never splices them into the SQL', async () => {
		const hostile = "x'); DROP TABLE events; --";
		const p = toPredicate(withSearch(emptySelection(), hostile));
		expect(p.sql).not.toContain('DROP');
		expect(p.params).toEqual([likeText(hostile), likeText(hostile)]);
		expect(await search(hostile)).toEqual([]);
		expect((await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events'))[0].n).toBe(db.events.length);
	});
});
