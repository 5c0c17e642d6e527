// The network's keyboard: which key moves the focus to which node, selects, leaves or zooms.

/** What a key asks of the picture; null: not the picture's key (the browser keeps it). */
export type KeyAction =
	| { kind: 'focus'; id: string }
	| { kind: 'choose'; id: string }
	| { kind: 'leave' }
	| { kind: 'zoom'; by: number }
	| { kind: 'reset' }
	| null;

/** Each plus or minus zooms by this factor. */
export const ZOOM_STEP = 1.5;

/**
 * Arrow keys walk `ranked` (largest first) from `focused`, Home and End jump to its ends; Enter or Space chooses
 * the focused node; Escape leaves the keyboard's highlight; plus and minus zoom, 0 resets.
 */
export function keyAction(key: string, ranked: readonly string[], focused: string | null): KeyAction {
	if (ranked.length === 0) return null;
	const at = focused ? ranked.indexOf(focused) : -1;
	const to = (i: number): KeyAction => ({ kind: 'focus', id: ranked[i] });
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return to(Math.min(ranked.length - 1, at + 1));
		case 'ArrowLeft':
		case 'ArrowUp':
			return to(Math.max(0, at - 1));
		case 'Home':
			return to(0);
		case 'End':
			return to(ranked.length - 1);
		case 'Enter':
		case ' ':
			return focused ? { kind: 'choose', id: focused } : null;
		case 'Escape':
			return { kind: 'leave' };
		case '+':
		case '=':
			return { kind: 'zoom', by: ZOOM_STEP };
		case '-':
			return { kind: 'zoom', by: 1 / ZOOM_STEP };
		case '0':
			return { kind: 'reset' };
		default:
			return null;
	}
}
