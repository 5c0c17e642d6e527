// Calendar days as UTC midnights, the timeline's unit: parsed from YYYY-MM-DD, moved by whole days, written back.

/** An inclusive [first, last] pair of days (YYYY-MM-DD): the brushed window, the zoom's visible dates. */
export type DayWindow = [string, string];

export const DAY_MS = 86_400_000;

export const toDay = (s: string): Date => new Date(`${s}T00:00:00Z`);
export const fromDay = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
/** Whole days from `a` to `b`, rounded so a daylight-free UTC difference never comes out a hair short. */
export const daysBetween = (a: Date, b: Date): number => Math.round((b.getTime() - a.getTime()) / DAY_MS);

/** The window of days from `from` up to the exclusive midnight `end`. */
export const windowOf = (from: Date, end: Date): DayWindow => [fromDay(from), fromDay(addDays(end, -1))];
