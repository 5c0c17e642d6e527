// The timeline's keys: each key's command, a first arrow opening a default window where the view is, arrows and Shift moving it by weeks, bars stepping.
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../../src/lib/views/timeline/days';
import { barCommand, movedWindow, plotCommand } from '../../../../src/lib/views/timeline/keyboard';
import type { Extent } from '../../../../src/lib/views/timeline/layout';

const extent: Extent = {
	first: toDay('2018-01-10'),
	last: toDay('2019-12-20'),
	domain: [toDay('2017-12-01'), toDay('2020-01-30')]
};
const axisStart = extent.domain[0];

describe('plotCommand', () => {
	it('maps the help’s keys and leaves others to the browser', () => {
		expect(['+', '=', '-', '_', '0', 'Escape'].map(plotCommand)).toEqual(['zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-reset', 'clear']);
		expect(['ArrowLeft', 'ArrowRight', 'Home', 'End'].map(plotCommand)).toEqual(['move', 'move', 'move', 'move']);
		expect(['ArrowUp', 'Tab', 'a', 'Enter'].map(plotCommand)).toEqual([null, null, null, null]);
	});
});

describe('movedWindow', () => {
	it('opens a three-month window at the data’s start when the whole axis is in view', () => {
		expect(movedWindow('ArrowRight', false, null, extent, axisStart)).toEqual(['2018-01-10', '2018-04-09']);
	});

	it('opens it at the first whole day in view when zoomed past the start', () => {
		const visibleFrom = new Date(Date.UTC(2019, 2, 3, 15));
		expect(movedWindow('ArrowLeft', false, null, extent, visibleFrom)).toEqual(['2019-03-04', '2019-06-03']);
	});

	it('treats a window off the data’s axis as none', () => {
		expect(movedWindow('ArrowRight', false, ['2015-01-01', '2015-02-01'], extent, axisStart)).toEqual(['2018-01-10', '2018-04-09']);
	});

	it('moves the window a week either way, keeping its length', () => {
		expect(movedWindow('ArrowRight', false, ['2019-03-01', '2019-03-31'], extent, axisStart)).toEqual(['2019-03-08', '2019-04-07']);
		expect(movedWindow('ArrowLeft', false, ['2019-03-01', '2019-03-31'], extent, axisStart)).toEqual(['2019-02-22', '2019-03-24']);
	});

	it('with Shift moves only its end, never before a one-day window', () => {
		expect(movedWindow('ArrowRight', true, ['2019-03-01', '2019-03-31'], extent, axisStart)).toEqual(['2019-03-01', '2019-04-07']);
		expect(movedWindow('ArrowLeft', true, ['2019-03-01', '2019-03-31'], extent, axisStart)).toEqual(['2019-03-01', '2019-03-24']);
		expect(movedWindow('ArrowLeft', true, ['2019-03-01', '2019-03-05'], extent, axisStart)).toEqual(['2019-03-01', '2019-03-01']);
	});

	it('jumps to the data’s start or end with Home and End, keeping its length', () => {
		expect(movedWindow('Home', false, ['2019-03-01', '2019-03-10'], extent, axisStart)).toEqual(['2018-01-10', '2018-01-19']);
		expect(movedWindow('End', false, ['2019-03-01', '2019-03-10'], extent, axisStart)).toEqual(['2019-12-10', '2019-12-19']);
	});
});

describe('barCommand', () => {
	it('steps through the bars and stops at either end', () => {
		expect(barCommand('ArrowRight', 2, 5)).toEqual({ focus: 3 });
		expect(barCommand('ArrowDown', 4, 5)).toEqual({ focus: 4 });
		expect(barCommand('ArrowLeft', 0, 5)).toEqual({ focus: 0 });
		expect(barCommand('ArrowUp', 3, 5)).toEqual({ focus: 2 });
		expect(barCommand('Home', 3, 5)).toEqual({ focus: 0 });
		expect(barCommand('End', 1, 5)).toEqual({ focus: 4 });
	});

	it('selects with Enter or Space, leaves with Escape, and ignores other keys', () => {
		expect(barCommand('Enter', 1, 5)).toBe('select');
		expect(barCommand(' ', 1, 5)).toBe('select');
		expect(barCommand('Escape', 1, 5)).toBe('leave');
		expect(barCommand('a', 1, 5)).toBeNull();
	});
});
