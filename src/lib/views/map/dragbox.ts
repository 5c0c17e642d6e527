// The shift-drag gesture over the map: followed on the window from the press to the release, in the map's own pixels.
import { isDrag, type Drag } from './pointer';

/** Follows a press on `el`: `move` once it has become a drag and at every step after, `end` on the release. */
export function followDrag(press: MouseEvent, el: HTMLElement, on: { move: (d: Drag) => void; end: (release: MouseEvent) => void }): void {
	const origin = el.getBoundingClientRect();
	const x0 = press.clientX - origin.left;
	const y0 = press.clientY - origin.top;
	let dragging = false;
	const move = (ev: MouseEvent) => {
		const x1 = ev.clientX - origin.left;
		const y1 = ev.clientY - origin.top;
		if (dragging || isDrag(x0, y0, x1, y1)) {
			dragging = true;
			on.move({ x0, y0, x1, y1 });
		}
	};
	const up = (ev: MouseEvent) => {
		window.removeEventListener('mousemove', move);
		window.removeEventListener('mouseup', up);
		on.end(ev);
	};
	window.addEventListener('mousemove', move);
	window.addEventListener('mouseup', up);
}
