// The brush positions of a run: a window a tenth of the data's span wide, swept from its first day to its last, as a drag does.

const DAY_MS = 86_400_000;
const toDay = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;
const fromDay = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

export type Window = [string, string];

/**
 * `steps` timed windows (inclusive days) moving evenly from the start of [first, last] to its end, and three
 * warm-up windows before them (not timed: the first moves pay for compiling code and building caches).
 */
export function brushWindows(first: string, last: string, steps: number): { warmup: Window[]; timed: Window[] } {
	const a = toDay(first);
	const b = toDay(last);
	const span = Math.max(1, b - a);
	const width = Math.max(1, Math.round(span / 10));
	const at = (i: number, n: number) => {
		const from = a + Math.round(((span - width) * i) / Math.max(1, n - 1));
		return [fromDay(from), fromDay(from + width - 1)] as Window;
	};
	const warmup = [at(0, 4), at(1, 4), at(2, 4)].map(([f, t]) => [f, fromDay(toDay(t) - 3)] as Window);
	return { warmup, timed: Array.from({ length: steps }, (_, i) => at(i, steps)) };
}
