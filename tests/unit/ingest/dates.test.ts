import { describe, expect, it } from 'vitest';
import { findDates, resolveRange } from '../../../src/lib/ingest/dates';

/** Each form: the text, the expression it must find, and the range it means in 2018 when it states no year. */
const FORMS: [string, string, string, string][] = [
	['On March 12-14 in Almaty', 'March 12-14', '2018-03-12', '2018-03-14'],
	['On February 12-14, 2019, a group', 'February 12-14, 2019', '2019-02-12', '2019-02-14'],
	['On January 29-February 01 a mission', 'January 29-February 01', '2018-01-29', '2018-02-01'],
	['On 20 December 2018, BOMCA', '20 December 2018', '2018-12-20', '2018-12-20'],
	['On 28 November, the meeting', '28 November', '2018-11-28', '2018-11-28'],
	['On March 28th-30th in Bishkek', 'March 28th-30th', '2018-03-28', '2018-03-30'],
	['On March 13 -15 March, 2018 Bishkek hosted', 'March 13 -15 March, 2018', '2018-03-13', '2018-03-15'],
	['On February 27- March 01 a training', 'February 27- March 01', '2018-02-27', '2018-03-01'],
	['On 21-23 February, in Ashgabat', '21-23 February', '2018-02-21', '2018-02-23'],
	['held in Tashkent on 6-8 February 2018.', '6-8 February 2018', '2018-02-06', '2018-02-08'],
	['On January 29-February 2, 2018, upon', 'January 29-February 2, 2018', '2018-01-29', '2018-02-02'],
	['From 3 to 5 December experts', '3 to 5 December', '2018-12-03', '2018-12-05'],
	['Between 14-16 November a seminar', '14-16 November', '2018-11-14', '2018-11-16'],
	['On 09-11 April 2019 the course', '09-11 April 2019', '2019-04-09', '2019-04-11'],
	['a workshop (2-4 October) in Osh', '2-4 October', '2018-10-02', '2018-10-04'],
	['the course started in Almaty on 11 February', '11 February', '2018-02-11', '2018-02-11'],
	['between 14 and 16 November 2017', '14 and 16 November 2017', '2017-11-14', '2017-11-16'],
	['from 27 February to 1 March 2019', '27 February to 1 March 2019', '2019-02-27', '2019-03-01'],
	['On December 28 - January 3, 2019 the team', 'December 28 - January 3, 2019', '2018-12-28', '2019-01-03'],
	['on the 3rd of March 2016', '3rd of March 2016', '2016-03-03', '2016-03-03'],
	['On Sept. 5-7 in Osh', 'Sept. 5-7', '2018-09-05', '2018-09-07'],
	['On 12.03.2019 in Osh', '12.03.2019', '2019-03-12', '2019-03-12'],
	['On 2019-03-12 in Osh', '2019-03-12', '2019-03-12', '2019-03-12'],
	['On 12–14 March, 2019 in Osh', '12–14 March, 2019', '2019-03-12', '2019-03-14']
];

describe('date grammar', () => {
	it.each(FORMS)('reads %j', (text, expr, start, end) => {
		const found = findDates(text);
		expect(found).toHaveLength(1);
		expect(text.slice(...found[0].span)).toBe(expr);
		const r = resolveRange(found[0], 2018);
		expect([r.date_start, r.date_end]).toEqual([start, end]);
		expect(r.invalid).toBeNull();
	});

	it('finds several sessions in one sentence, in order', () => {
		const text = 'On February 28-30 in Dushanbe, March 03-05 in Tashkent and March 28-30 in Ashgabat workshops were held';
		expect(findDates(text).map((d) => text.slice(...d.span))).toEqual(['February 28-30', 'March 03-05', 'March 28-30']);
	});

	it.each([
		['the 11 th meeting of the Commission'],
		['the National IBM Strategy 2012 – 2022'],
		['the 4th Regional Steering Group'],
		['a three-day course for 15 officers'],
		['officers may march 5 km'],
		['in March 2019 the plan was adopted'],
		['room 31-32 of building 40']
	])('finds no date in %j', (text) => {
		expect(findDates(text)).toEqual([]);
	});

	it('keeps an impossible day, clamps it to the month end and says why', () => {
		const [m] = findDates('On February 28-30 in Dushanbe');
		const r = resolveRange(m, 2018);
		expect([r.date_start, r.date_end]).toEqual(['2018-02-28', '2018-02-28']);
		expect(r.invalid).toMatch(/day 30 does not exist in February 2018/);
	});

	it('knows leap years: February 29 exists in 2020, not in 2019', () => {
		const [m] = findDates('February 28-29');
		expect(resolveRange(m, 2020)).toMatchObject({ date_end: '2020-02-29', invalid: null });
		expect(resolveRange(m, 2019)).toMatchObject({ date_end: '2019-02-28' });
		expect(resolveRange(m, 2019).invalid).not.toBeNull();
	});

	it('reorders a range written backwards and reports it', () => {
		const [m] = findDates('13-11 March 2019');
		const r = resolveRange(m, 2019);
		expect([r.date_start, r.date_end]).toEqual(['2019-03-11', '2019-03-13']);
		expect(r.invalid).toMatch(/swapped/);
	});

	it('takes the year before for a range that crosses new year', () => {
		const [m] = findDates('27 December - 3 January 2020');
		expect(resolveRange(m, 2020)).toMatchObject({ date_start: '2019-12-27', date_end: '2020-01-03' });
	});
});
