// Playback's sweep: where it starts from the window shown, how each tick moves or grows it, and that it ends with the data.
import { describe, expect, it } from 'vitest';
import { daysBetween, fromDay, toDay } from '../../../../src/lib/views/timeline/days';
import type { Extent } from '../../../../src/lib/views/timeline/layout';
import { cursorWindow, firstCursor, nextCursor, stepDays, type Cursor, type PlayMode } from '../../../../src/lib/views/timeline/playback';

const extent: Extent = {
	first: toDay('2018-01-01'),
	last: toDay('2020-01-01'),
	domain: [toDay('2017-12-01'), toDay('2020-02-01')]
};

/** Ticks until the sweep ends: the windows it showed. */
function sweep(mode: PlayMode, start: Cursor, speed = 1): Cursor[] {
	const shown = [start];
	let cursor = start;
	for (let i = 0; i < 10_000; i++) {
		const next = nextCursor(cursor, mode, stepDays(extent) * speed, extent.last);
		cursor = next.cursor;
		shown.push(cursor);
		if (next.done) return shown;
	}
	throw new Error('the sweep never ended');
}

describe('stepDays', () => {
	it('crosses the data in about 120 ticks, at least a day each', () => {
		expect(stepDays(extent)).toBe(6);
		expect(stepDays({ first: toDay('2019-01-01'), last: toDay('2019-01-10') })).toBe(1);
	});
});

describe('firstCursor', () => {
	it('starts a default window at the data’s start when nothing is shown', () => {
		expect(cursorWindow(firstCursor('window', null, extent))).toEqual(['2018-01-01', '2018-03-31']);
	});

	it('moves the window shown, keeping its length', () => {
		const c = firstCursor('window', ['2019-03-01', '2019-03-10'], extent);
		expect(cursorWindow(c)).toEqual(['2019-03-01', '2019-03-10']);
	});

	it('starts over from the data’s start once the window shown reaches the end', () => {
		expect(cursorWindow(firstCursor('window', ['2019-12-01', '2019-12-31'], extent))).toEqual(['2018-01-01', '2018-01-31']);
	});

	it('replaces a window as wide as the data (a cumulative sweep’s last) with a default one', () => {
		expect(cursorWindow(firstCursor('window', ['2018-01-01', '2019-12-31'], extent))).toEqual(['2018-01-01', '2018-03-31']);
	});

	it('grows from the start when cumulative: from the window shown if it starts there, else from one step', () => {
		expect(cursorWindow(firstCursor('cumulative', ['2018-01-01', '2018-06-30'], extent))).toEqual(['2018-01-01', '2018-06-30']);
		expect(cursorWindow(firstCursor('cumulative', ['2018-05-01', '2018-06-30'], extent))).toEqual(['2018-01-01', '2018-01-06']);
		expect(cursorWindow(firstCursor('cumulative', null, extent))).toEqual(['2018-01-01', '2018-01-06']);
	});
});

describe('nextCursor', () => {
	it('moves a window by the step, and grows a cumulative one', () => {
		const c = { from: toDay('2018-03-01'), to: toDay('2018-04-01') };
		expect(cursorWindow(nextCursor(c, 'window', 6, extent.last).cursor)).toEqual(['2018-03-07', '2018-04-06']);
		expect(cursorWindow(nextCursor(c, 'cumulative', 6, extent.last).cursor)).toEqual(['2018-03-01', '2018-04-06']);
	});

	it('ends a moving window flush with the data, its width kept', () => {
		const windows = sweep('window', firstCursor('window', null, extent));
		const last = windows.at(-1)!;
		expect(fromDay(last.to)).toBe('2020-01-01');
		expect(daysBetween(last.from, last.to)).toBe(daysBetween(windows[0].from, windows[0].to));
		for (const w of windows) expect(+w.to).toBeLessThanOrEqual(+extent.last);
	});

	it('grows a cumulative sweep to the whole data in about twelve seconds of ticks, faster at higher speed', () => {
		const ticks = sweep('cumulative', firstCursor('cumulative', null, extent));
		expect(ticks.at(-1)).toEqual({ from: extent.first, to: extent.last });
		expect(ticks.length).toBeGreaterThan(100);
		expect(ticks.length).toBeLessThan(130);
		expect(sweep('cumulative', firstCursor('cumulative', null, extent), 4).length).toBeLessThan(ticks.length / 3);
	});
});
