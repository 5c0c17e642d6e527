// A value passed on at most once per interval: the first change at once, the latest one when the interval is over.
import { BROWSER_CLOCK, type Clock } from '$lib/state/brush';

/**
 * Hands `emit` the values pushed into it, at most once every `ms`. A change after a quiet spell goes through at once
 * (a click shows without delay); during a stream (a brush dragged, playback) the latest value waits for the interval
 * to end and the ones in between are dropped. Unlike a debounce, a stream that never rests is still shown every `ms`.
 */
export class Throttle<T> {
	#last = -Infinity;
	#timer: unknown = null;
	#pending: { value: T } | null = null;

	constructor(
		private readonly emit: (value: T) => void,
		readonly ms = 250,
		private readonly clock: Clock = BROWSER_CLOCK
	) {}

	push(value: T): void {
		const now = this.clock.now();
		if (this.#timer === null && now - this.#last >= this.ms) {
			this.#last = now;
			return this.emit(value);
		}
		this.#pending = { value };
		if (this.#timer !== null) return;
		this.#timer = this.clock.setTimeout(() => this.#fire(), Math.max(0, this.#last + this.ms - now));
	}

	#fire(): void {
		this.#timer = null;
		const p = this.#pending;
		this.#pending = null;
		if (!p) return;
		this.#last = this.clock.now();
		this.emit(p.value);
	}

	/** Drops a waiting value (the component is going away). */
	cancel(): void {
		if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
		this.#timer = null;
		this.#pending = null;
	}
}
