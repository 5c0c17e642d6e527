// The timeline's playback as state: playing or not, its mode and speed, and the interval that moves its cursor (the maths is in playback.ts).
import type { DayWindow } from './days';
import type { Extent } from './layout';
import { cursorWindow, firstCursor, nextCursor, stepDays, TICK_MS, type Cursor, type PlayMode, type Speed } from './playback';

export class Player {
	playing = $state(false);
	mode = $state<PlayMode>('window');
	speed = $state<Speed>(1);
	#cursor: Cursor | null = null;

	/**
	 * `extent()` is the data's, `emit` shows a window as the brush's own. Create during a component's initialisation:
	 * the interval runs in an effect, and stops with the component.
	 */
	constructor(
		private readonly extent: () => Extent,
		private readonly emit: (t: DayWindow) => void
	) {
		$effect(() => {
			if (!this.playing) return;
			const id = setInterval(() => this.#tick(), TICK_MS);
			return () => clearInterval(id);
		});
	}

	/** Starts a sweep from the window `shown` (see firstCursor). */
	start(shown: DayWindow | null): void {
		this.#cursor = firstCursor(this.mode, shown, this.extent());
		this.playing = true;
		this.emit(cursorWindow(this.#cursor));
	}

	#tick(): void {
		if (!this.#cursor) return;
		const extent = this.extent();
		const next = nextCursor(this.#cursor, this.mode, stepDays(extent) * this.speed, extent.last);
		if (next.done) this.playing = false;
		this.#cursor = next.cursor;
		this.emit(cursorWindow(this.#cursor));
	}
}
