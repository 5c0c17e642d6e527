// Playback without timers: where a sweep starts, how far each tick moves it, and where it stops.
import { defaultWindowDays, windowWithin } from './brushing';
import { addDays, daysBetween, toDay, windowOf, type DayWindow } from './days';
import type { Extent } from './layout';

/** A window that moves through the data, or one that grows from its start. */
export type PlayMode = 'window' | 'cumulative';
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export const TICK_MS = 100;

/** The sweep's window: from its first day to the exclusive midnight `to`. */
export interface Cursor {
	from: Date;
	to: Date;
}

/** Days per tick at ×1: the whole extent in about twelve seconds. */
export function stepDays(extent: Pick<Extent, 'first' | 'last'>): number {
	return Math.max(1, Math.round(daysBetween(extent.first, extent.last) / 120));
}

/** Where a sweep starts: from the window shown (its start, or its end when cumulative), or from the data's start once it has reached the end. */
export function firstCursor(mode: PlayMode, shown: DayWindow | null, extent: Extent): Cursor {
	const { first, last } = extent;
	const current = windowWithin(shown, extent.domain);
	const atEnd = !current || addDays(toDay(current[1]), 1) >= last;
	if (mode === 'window') {
		const currentDays = current ? daysBetween(toDay(current[0]), toDay(current[1])) + 1 : 0;
		// A window as wide as the data (e.g. after a cumulative sweep) would not move: start a default one instead.
		const days = currentDays > 0 && currentDays < daysBetween(first, last) ? currentDays : defaultWindowDays(first);
		const from = atEnd ? first : toDay(current![0]);
		return { from, to: addDays(from, days) };
	}
	const to = atEnd || toDay(current![0]) > first ? addDays(first, stepDays(extent)) : addDays(toDay(current![1]), 1);
	return { from: first, to };
}

/** The cursor a tick of `step` days later; `done` once it reaches the data's end, where the last window keeps its width. */
export function nextCursor(cursor: Cursor, mode: PlayMode, step: number, last: Date): { cursor: Cursor; done: boolean } {
	let from = mode === 'window' ? addDays(cursor.from, step) : cursor.from;
	let to = addDays(cursor.to, step);
	if (to < last) return { cursor: { from, to }, done: false };
	if (mode === 'window') from = addDays(from, -daysBetween(last, to));
	to = last;
	return { cursor: { from, to }, done: true };
}

export const cursorWindow = (c: Cursor): DayWindow => windowOf(c.from, c.to);
