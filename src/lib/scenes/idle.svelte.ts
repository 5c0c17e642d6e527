// While presenting, the controls leave the slide once the pointer and the keys rest, and come back on the next move or key, like a video player's.
import { on } from 'svelte/events';

export class IdleControls {
	/** True once nothing moved for `ms` while `active()`: the page hides what carries `data-slide-control`. */
	idle = $state(false);

	constructor(active: () => boolean, ms = 2500) {
		$effect(() => {
			if (!active()) {
				this.idle = false;
				return;
			}
			let timer: ReturnType<typeof setTimeout> | undefined;
			const wake = () => {
				this.idle = false;
				clearTimeout(timer);
				timer = setTimeout(() => (this.idle = true), ms);
			};
			wake();
			const offs = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'].map((type) => on(window, type, wake, { passive: true }));
			return () => {
				clearTimeout(timer);
				for (const off of offs) off();
			};
		});
	}
}
