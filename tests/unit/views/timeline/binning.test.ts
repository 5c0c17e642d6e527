// Counts over time: month, quarter and year boundaries, each event counted once, the window's share, and events and day (or week) counts giving the same bins, on the real data too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineBinsQuery, type TimelineBinRow } from '../../../../src/lib/crossfilter/density';
import { timelineQuery } from '../../../../src/lib/crossfilter/queries';
import type { TimelineRow } from '../../../../src/lib/crossfilter/rows';
import { emptySelection } from '../../../../src/lib/crossfilter/selection';
import {
	binEnd,
	binStart,
	binTotals,
	countBins,
	countedSpan,
	fromDays,
	fromEvents,
	OTHER_LANE,
	unitFor,
	windowCounter,
	type BinUnit,
	type CountBin
} from '../../../../src/lib/views/timeline/binning';
import { addDays, fromDay, toDay } from '../../../../src/lib/views/timeline/days';
import { openTestDb, type TestDb } from '../../crossfilter/db';

const row = (id: string, date_start: string, date_end: string, country: string | null, active = true): TimelineRow => ({
	id,
	date_start,
	date_end,
	country,
	kind: 'workshop',
	topic: null,
	title: `Event ${id}`,
	place_id: country,
	flags: '',
	active
});

const rows: TimelineRow[] = [
	row('a', '2018-03-31', '2018-04-02', 'UZB'),
	row('b', '2018-04-01', '2018-04-01', 'UZB', false),
	row('c', '2018-12-31', '2019-01-03', 'KAZ'),
	row('d', '2019-01-01', '2019-01-01', 'KAZ'),
	row('e', '2019-01-15', '2019-01-16', 'LVA', false),
	row('f', '2019-06-30', '2019-06-30', null),
	// The source's end before its start: counted on its start day.
	row('g', '2019-07-10', '2019-07-01', 'KAZ')
];

/** The day counts DuckDB gives for `rows`: events per host country and start day. */
function dayRows(events: TimelineRow[], day: (d: string) => string = (d) => d): TimelineBinRow[] {
	const out = new Map<string, TimelineBinRow>();
	for (const e of events) {
		const bin = day(e.date_start);
		const key = `${e.country}|${bin}`;
		const r = out.get(key) ?? { country: e.country, bin, n: 0, n_active: 0 };
		r.n += 1;
		r.n_active += e.active ? 1 : 0;
		out.set(key, r);
	}
	return [...out.values()];
}
/** A day's Monday, as date_trunc('week') gives it. */
const monday = (d: string) => fromDay(addDays(toDay(d), -((toDay(d).getUTCDay() + 6) % 7)));
const withoutIds = (bins: CountBin[]) => bins.map(({ ids: _ids, ...b }) => b);

describe('binStart and binEnd', () => {
	it('cut months at the first, quarters at January, April, July and October, years at 1 January', () => {
		expect(binStart('2018-03-31', 'month')).toBe('2018-03-01');
		expect(binStart('2018-04-01', 'month')).toBe('2018-04-01');
		expect(binStart('2018-03-31', 'quarter')).toBe('2018-01-01');
		expect(binStart('2018-04-01', 'quarter')).toBe('2018-04-01');
		expect(binStart('2018-12-31', 'quarter')).toBe('2018-10-01');
		expect(binStart('2018-12-31', 'year')).toBe('2018-01-01');
		expect(binStart('2019-01-01', 'year')).toBe('2019-01-01');
	});

	it('end where the next bin starts, across a year too', () => {
		expect(binEnd('2018-12-01', 'month')).toBe('2019-01-01');
		expect(binEnd('2018-02-01', 'month')).toBe('2018-03-01');
		expect(binEnd('2018-10-01', 'quarter')).toBe('2019-01-01');
		expect(binEnd('2018-04-01', 'quarter')).toBe('2018-07-01');
		expect(binEnd('2018-01-01', 'year')).toBe('2019-01-01');
	});
});

describe('unitFor', () => {
	const span = (days: number): [Date, Date] => [toDay('2015-01-01'), addDays(toDay('2015-01-01'), days)];
	it('takes the finest unit that keeps the visible span within about 60 bins', () => {
		expect(unitFor(span(14))).toBe('month');
		expect(unitFor(span(365 * 4))).toBe('month');
		expect(unitFor(span(365 * 6))).toBe('quarter');
		expect(unitFor(span(365 * 8.5))).toBe('quarter');
		expect(unitFor(span(365 * 20))).toBe('year');
	});
});

describe('countBins from events', () => {
	const items = fromEvents(rows);

	it('counts every event once, in the bin of its first day, per host country', () => {
		const months = countBins(items, 'month', null);
		expect(months.reduce((s, b) => s + b.n, 0)).toBe(rows.length);
		const march = months.find((b) => b.start === '2018-03-01')!;
		expect(march).toMatchObject({ end: '2018-04-01', country: 'UZB', n: 1, n_active: 1, n_window: 1 });
		expect(months.find((b) => b.start === '2018-04-01')).toMatchObject({ country: 'UZB', n: 1, n_active: 0 });
		// c starts on 31 December: 2018's, though it runs into 2019.
		expect(countBins(items, 'year', null).map((b) => [b.start, b.country, b.n])).toEqual([
			['2018-01-01', 'KAZ', 1],
			['2018-01-01', 'UZB', 2],
			['2019-01-01', 'KAZ', 2],
			['2019-01-01', 'LVA', 1],
			['2019-01-01', null, 1]
		]);
	});

	it('counts the active events inside the window (overlapping it by a day) as selected, the other active ones as matching', () => {
		const quarters = countBins(items, 'quarter', ['2019-01-02', '2019-03-31']);
		const q4 = quarters.find((b) => b.start === '2018-10-01')!;
		// c runs to 3 January: inside the window.
		expect(q4).toMatchObject({ n: 1, n_active: 1, n_window: 1 });
		expect(q4.ids).toEqual({ selected: ['c'], matching: [], context: [] });
		const q1 = quarters.filter((b) => b.start === '2019-01-01');
		const kaz = q1.find((b) => b.country === 'KAZ')!;
		expect(kaz).toMatchObject({ n: 1, n_active: 1, n_window: 0 });
		expect(kaz.ids).toEqual({ selected: [], matching: ['d'], context: [] });
		expect(q1.find((b) => b.country === 'LVA')!.ids).toEqual({ selected: [], matching: [], context: ['e'] });
	});

	it('without a window, selects every active event', () => {
		for (const b of countBins(items, 'month', null)) expect(b.n_window).toBe(b.n_active);
	});

	it('knows the data’s first and last day', () => {
		expect(countedSpan(items)).toEqual(['2018-03-31', '2019-07-10']);
		expect(countedSpan([])).toBeNull();
	});
});

describe('events and day counts', () => {
	const units: BinUnit[] = ['month', 'quarter', 'year'];

	it('give the same bins, for every unit, with or without a window no event straddles', () => {
		for (const unit of units) {
			for (const window of [null, ['2019-01-04', '2019-12-31']] as const) {
				const w = window && ([...window] as [string, string]);
				expect(withoutIds(countBins(fromDays(dayRows(rows)), unit, w))).toEqual(withoutIds(countBins(fromEvents(rows), unit, w)));
			}
		}
	});

	it('weekly counts give the same month bins where no week straddles a month', () => {
		const inside = rows.filter((r) => monday(r.date_start).slice(0, 7) === fromDay(addDays(toDay(monday(r.date_start)), 6)).slice(0, 7));
		expect(inside.length).toBeGreaterThan(2);
		expect(withoutIds(countBins(fromDays(dayRows(inside, monday)), 'month', null))).toEqual(withoutIds(countBins(fromEvents(inside), 'month', null)));
	});
});

describe('binTotals', () => {
	it('sums the countries of a bin and groups them into series: the five, the others, no place', () => {
		const totals = binTotals(countBins(fromEvents(rows), 'year', null));
		expect(totals.map((t) => [t.start, t.end, t.n, t.n_active])).toEqual([
			['2018-01-01', '2019-01-01', 3, 2],
			['2019-01-01', '2020-01-01', 4, 3]
		]);
		expect(totals[1].series.map((s) => [s.key, s.n])).toEqual([
			['KAZ', 2],
			[OTHER_LANE, 1],
			['', 1]
		]);
	});
});

describe('on the bundled data, through DuckDB', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db?.close());

	it('the per-event rows and the day counts give the same bins, under a filter too', async () => {
		const sel = { ...emptySelection(), kind: ['training'] };
		const run = <T>(q: { sql: string; params: unknown[] }) => db.query<T>(q.sql, q.params);
		const events = await run<TimelineRow>(timelineQuery(sel));
		const days = await run<TimelineBinRow>(timelineBinsQuery(sel));
		expect(events.some((e) => !e.active) && events.some((e) => e.active)).toBe(true);
		for (const unit of ['month', 'quarter', 'year'] as const) {
			expect(withoutIds(countBins(fromDays(days), unit, null))).toEqual(withoutIds(countBins(fromEvents(events), unit, null)));
		}
	});
});

describe('windowCounter', () => {
	const days = fromDays(dayRows(rows));

	it('gives what countBins gives, for day counts and for events, whatever the window', () => {
		const windows: ([string, string] | null)[] = [null, ['2018-04-01', '2019-01-01'], ['2019-01-02', '2019-06-29'], ['2020-01-01', '2020-02-01']];
		for (const unit of ['month', 'quarter', 'year'] as const) {
			const fromDayCounts = windowCounter(days, unit);
			const fromEventRows = windowCounter(fromEvents(rows), unit);
			for (const w of windows) {
				expect(fromDayCounts(w)).toEqual(countBins(days, unit, w));
				expect(fromEventRows(w)).toEqual(countBins(fromEvents(rows), unit, w));
			}
		}
	});
});
