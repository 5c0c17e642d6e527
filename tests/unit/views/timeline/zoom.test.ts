// The zoom's maths: how far it goes in, which days a transform shows, and a transform for given days that stays in the data and its limit.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { daysBetween, toDay } from '../../../../src/lib/views/timeline/days';
import { maxZoom, MIN_VISIBLE_DAYS, nearDays, transformFor, visibleDays } from '../../../../src/lib/views/timeline/zoom';

const domain: [Date, Date] = [toDay('2018-01-01'), toDay('2020-01-01')];
const x0 = d3.scaleUtc().domain(domain).range([116, 916]);
const spanOf = (t: d3.ZoomTransform) => {
	const [a, b] = t.rescaleX(x0).domain();
	return daysBetween(a, b);
};

describe('maxZoom', () => {
	it('stops with about two weeks in view, and never below 1', () => {
		expect(maxZoom(domain)).toBeCloseTo(730 / MIN_VISIBLE_DAYS, 6);
		expect(maxZoom([toDay('2019-01-01'), toDay('2019-01-05')])).toBe(1);
	});
});

describe('visibleDays', () => {
	it('is null unzoomed, so a scene saved so fits any data', () => {
		expect(visibleDays(d3.zoomIdentity, x0)).toBeNull();
	});

	it('gives the days in view of a zoom', () => {
		const t = d3.zoomIdentity.translate(116 - 4 * x0(toDay('2019-01-01')), 0).scale(4);
		const [a, b] = visibleDays(t, x0)!;
		expect(a).toBe('2019-01-01');
		expect(daysBetween(toDay(a), toDay(b))).toBeCloseTo(730 / 4, -1);
	});
});

describe('transformFor', () => {
	it('shows the days asked for', () => {
		const t = transformFor(['2019-03-01', '2019-06-01'], x0);
		expect(nearDays(visibleDays(t, x0), ['2019-03-01', '2019-06-01'])).toBe(true);
	});

	it('shows everything for null', () => {
		expect(transformFor(null, x0)).toBe(d3.zoomIdentity);
	});

	it('widens a short window around its middle to the zoom’s limit', () => {
		const t = transformFor(['2019-05-10', '2019-05-12'], x0);
		expect(spanOf(t)).toBe(MIN_VISIBLE_DAYS);
		expect(visibleDays(t, x0)).toEqual(['2019-05-04', '2019-05-18']);
	});

	it('keeps a short window at an edge inside the data', () => {
		const t = transformFor(['2017-12-30', '2018-01-02'], x0);
		expect(visibleDays(t, x0)).toEqual(['2018-01-01', '2018-01-15']);
		const end = transformFor(['2019-12-30', '2020-03-01'], x0);
		expect(visibleDays(end, x0)).toEqual(['2019-12-18', '2020-01-01']);
	});

	it('never zooms out past the whole axis', () => {
		expect(transformFor(['2010-01-01', '2030-01-01'], x0).k).toBe(1);
	});
});

describe('nearDays', () => {
	it('counts a day’s difference at either end as the same view', () => {
		expect(nearDays(['2019-01-01', '2019-02-01'], ['2019-01-02', '2019-01-31'])).toBe(true);
		expect(nearDays(['2019-01-01', '2019-02-01'], ['2019-01-03', '2019-02-01'])).toBe(false);
		expect(nearDays(null, null)).toBe(true);
		expect(nearDays(null, ['2019-01-01', '2019-02-01'])).toBe(false);
	});
});
