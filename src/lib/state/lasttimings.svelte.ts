// The latest time of each data step, kept for the benchmark's hook and the `?debug` footer, and only where one of them asked.
import type { TimedStep, Timings } from './timings';

export class LastTimings implements Timings {
	query = $state<number | null>(null);
	answer = $state<number | null>(null);
	prepare = $state<number | null>(null);

	record(step: TimedStep, ms: number): void {
		this[step] = step === 'answer' ? ms : Math.round(ms);
	}
}
