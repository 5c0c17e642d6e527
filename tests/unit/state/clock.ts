// Test helper: a clock whose timers fire only when the test advances time.
import type { Clock } from '../../../src/lib/state/brush';

/** Timers that fire only when the test advances time. */
export function manualClock() {
	let now = 0;
	let next = 1;
	const timers = new Map<number, { at: number; fn: () => void }>();
	const clock: Clock = {
		now: () => now,
		setTimeout: (fn, ms) => {
			timers.set(next, { at: now + ms, fn });
			return next++;
		},
		clearTimeout: (h) => void timers.delete(h as number)
	};
	const advance = (ms: number) => {
		const until = now + ms;
		for (;;) {
			const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
			if (!due) break;
			timers.delete(due[0]);
			now = due[1].at;
			due[1].fn();
		}
		now = until;
	};
	return { clock, advance };
}
