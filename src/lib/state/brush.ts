// When a brushed time window reaches the URL: a lone change at once (its own history entry), a stream of them once it rests.

/** The clock and timers the stream runs on: the browser's, or a test's. */
export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const BROWSER_CLOCK: Clock = {
	now: () => performance.now(),
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

/**
 * A lone brush change (a drag released, a key pressed once) is written at once. In a stream of them (playback, a key
 * held, the benchmark) the write waits until the stream rests `restMs`, and comes at least every `maxMs` while it
 * flows; a stream's later writes replace the entry its first step made, so one sweep is one step back. Writing the URL
 * on every step cost a router navigation, a forced layout and a history entry each time.
 */
export class BrushStream {
	#timer: unknown = null;
	#unwrittenSince = 0;
	/** When the previous step began, or when it was drawn if that is known: the rest is counted from there. */
	#lastStep = -Infinity;
	/** The last step's number, and whether it is still being drawn: a step that begins meanwhile continues a stream. */
	#seq = 0;
	#drawing = false;

	/** `write(replace)` puts the current window in the URL; `replace` when it continues a stream already written. */
	constructor(
		private readonly write: (replace: boolean) => void,
		private readonly clock: Clock = BROWSER_CLOCK,
		readonly restMs = 200,
		readonly maxMs = 1000
	) {}

	/** A write is waiting for the stream to rest. */
	get pending(): boolean {
		return this.#timer !== null;
	}

	/**
	 * The views are handed the new window; decides when the URL follows. Returns the step's number, for `ended()` once
	 * the step is drawn.
	 */
	step(): number {
		const now = this.clock.now();
		const streaming = this.#drawing || now - this.#lastStep < this.restMs;
		this.#lastStep = now;
		this.#drawing = true;
		this.#seq++;
		this.#decide(now, streaming);
		return this.#seq;
	}

	#decide(now: number, streaming: boolean): void {
		if (!streaming && !this.pending) return this.write(false);
		if (this.pending) this.clock.clearTimeout(this.#timer);
		else this.#unwrittenSince = now;
		const wait = Math.max(0, Math.min(this.restMs, this.#unwrittenSince + this.maxMs - now));
		this.#timer = this.clock.setTimeout(() => {
			this.#timer = null;
			this.write(true);
		}, wait);
	}

	/**
	 * A step's views are drawn. A slow step (250 ms on a large dataset) followed at once by the next one is still a
	 * stream: measured from the step's start, it looked like a lone change and cost a router write each time. In a
	 * stream the views are busy with the next step before they rest, so only the last step's end counts.
	 */
	ended(step = this.#seq): void {
		// An earlier step's end, come late (it waited for views that were busy with later steps), says nothing new.
		if (step !== this.#seq) return;
		this.#lastStep = Math.max(this.#lastStep, this.clock.now());
		this.#drawing = false;
	}

	/** Drops a waiting write: the URL was written another way, or history moved under the stream. */
	cancel(): void {
		if (this.pending) this.clock.clearTimeout(this.#timer);
		this.#timer = null;
	}
}

/**
 * One wait at a time for the views to draw the latest brush step. A step that comes while the wait runs is only
 * noted; when the wait ends it is waited for in turn, and `drawn` is told of the latest step alone (an earlier
 * step's end says nothing the stream needs). At pointer speed this is one wait where there were dozens of timers.
 */
export class LatestStepWait {
	/** The step being waited for, or null when no wait runs. */
	#latest: number | null = null;

	constructor(
		private readonly wait: () => Promise<unknown>,
		private readonly drawn: (step: number) => void
	) {}

	watch(step: number): void {
		const running = this.#latest !== null;
		this.#latest = step;
		if (running) return;
		// A wait that fails ends too: the next step must not find one still running forever.
		const end = () => {
			const latest = this.#latest!;
			this.#latest = null;
			if (latest === step) this.drawn(step);
			else this.watch(latest);
		};
		void this.wait().then(end, end);
	}
}
