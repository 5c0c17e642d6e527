// Calendar days of the timeline: YYYY-MM-DD in and out unchanged, whole-day steps across months, years and leap days, inclusive windows.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDay, toDay, windowOf } from '../../../../src/lib/views/timeline/days';

describe('days', () => {
	it('reads and writes a day unchanged, at UTC midnight', () => {
		for (const s of ['2018-01-01', '2019-12-31', '2020-02-29']) {
			expect(fromDay(toDay(s))).toBe(s);
			expect(toDay(s).getUTCHours()).toBe(0);
		}
	});

	it('steps by whole days across months, years and a leap day', () => {
		expect(fromDay(addDays(toDay('2019-12-31'), 1))).toBe('2020-01-01');
		expect(fromDay(addDays(toDay('2020-02-28'), 1))).toBe('2020-02-29');
		expect(fromDay(addDays(toDay('2019-03-01'), -1))).toBe('2019-02-28');
		expect(daysBetween(toDay('2020-01-01'), toDay('2021-01-01'))).toBe(366);
		expect(daysBetween(toDay('2019-03-10'), toDay('2019-03-03'))).toBe(-7);
	});

	it('writes a window up to an exclusive midnight as its inclusive last day', () => {
		expect(windowOf(toDay('2019-03-01'), toDay('2019-04-01'))).toEqual(['2019-03-01', '2019-03-31']);
		expect(windowOf(toDay('2019-03-01'), toDay('2019-03-02'))).toEqual(['2019-03-01', '2019-03-01']);
	});
});
