// The timeline's keys, without the DOM: what a key on the plot or on a bar asks for, and the window an arrow key moves to.
import * as d3 from 'd3';
import { defaultWindowDays, windowWithin } from './brushing';
import { addDays, daysBetween, toDay, windowOf, type DayWindow } from './days';
import type { Extent } from './layout';

/** An arrow moves the window (or, with Shift, its end) by a week. */
export const KEY_STEP_DAYS = 7;

export type PlotCommand = 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'clear' | 'move';

/** What a key pressed on the plot itself asks for; null leaves the key to the browser. */
export function plotCommand(key: string): PlotCommand | null {
	if (key === '+' || key === '=') return 'zoom-in';
	if (key === '-' || key === '_') return 'zoom-out';
	if (key === '0') return 'zoom-reset';
	if (key === 'Escape') return 'clear';
	if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End') return 'move';
	return null;
}

/**
 * The window after a 'move' key: ←/→ shift it a week, Shift+←/→ move its end (never before its start), Home/End put
 * it at the data's start or end keeping its length. Without a window in the data's extent, the first key opens a
 * default one at the first day in view (`visibleFrom`, the zoomed axis's left edge) or the data's start.
 */
export function movedWindow(key: string, shift: boolean, shown: DayWindow | null, extent: Extent, visibleFrom: Date): DayWindow {
	const { first, last } = extent;
	const current = windowWithin(shown, extent.domain);
	if (!current) {
		const from = visibleFrom > first ? d3.utcDay.ceil(visibleFrom) : first;
		return windowOf(from, addDays(from, defaultWindowDays(from)));
	}
	let from = toDay(current[0]);
	let end = addDays(toDay(current[1]), 1);
	const days = daysBetween(from, end);
	if (key === 'Home') [from, end] = [first, addDays(first, days)];
	else if (key === 'End') [from, end] = [addDays(last, -days), last];
	else {
		const d = key === 'ArrowLeft' ? -KEY_STEP_DAYS : KEY_STEP_DAYS;
		if (shift) end = addDays(end, d) > from ? addDays(end, d) : addDays(from, 1);
		else [from, end] = [addDays(from, d), addDays(end, d)];
	}
	return windowOf(from, end);
}

export type BarCommand = { focus: number } | 'select' | 'leave';

/** What a key on the bar at `index` of `n` asks for: focus another bar, select this one's dates, or leave the bars. */
export function barCommand(key: string, index: number, n: number): BarCommand | null {
	if (key === 'ArrowRight' || key === 'ArrowDown') return { focus: Math.min(n - 1, index + 1) };
	if (key === 'ArrowLeft' || key === 'ArrowUp') return { focus: Math.max(0, index - 1) };
	if (key === 'Home') return { focus: 0 };
	if (key === 'End') return { focus: n - 1 };
	if (key === 'Enter' || key === ' ') return 'select';
	if (key === 'Escape') return 'leave';
	return null;
}
