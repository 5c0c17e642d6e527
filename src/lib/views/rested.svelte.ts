// A value that follows another at once when it changes now and then, and once it rests when it changes in a stream (a brush dragged): for the views' table alternatives, which nobody reads mid-drag.
import { afterPaint } from '$lib/state/paint';

/**
 * `read()` as of its last change if no other change came within `ms` before it; during a stream of changes, the
 * last one `ms` after the stream stops. Each table alternative re-rendered hundreds of rows on every brush step
 * (a third of a step's layout); read by a screen reader or a test, they are current a quarter second after the drag,
 * and never more than `maxWait` behind however long the stream runs.
 * Call during a component's initialisation (it owns an effect).
 */
export function rested<T>(read: () => T, ms = 250, maxWait = 1000): { readonly current: T } {
	let value = $state.raw(read());
	let lastChange = -Infinity;
	/** When the oldest change not yet shown came: a stream that never rests is still shown every `maxWait` ms. */
	let pendingSince: number | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const show = (next: T) => {
		pendingSince = null;
		value = next;
	};
	$effect(() => {
		const next = read();
		const now = performance.now();
		const streaming = now - lastChange < ms;
		lastChange = now;
		// The rest counts from when the change was drawn (the next painted frame, 200 ms at most), not from when it came:
		// a slow step (a large dataset, software WebGL) followed at once by the next one is still a stream.
		void afterPaint().then(() => (lastChange = Math.max(lastChange, performance.now())));
		clearTimeout(timer);
		if (!streaming) return show(next);
		pendingSince ??= now;
		timer = setTimeout(() => show(next), Math.max(0, Math.min(ms, pendingSince + maxWait - now)));
	});
	$effect(() => () => clearTimeout(timer));
	return {
		get current() {
			return value;
		}
	};
}
