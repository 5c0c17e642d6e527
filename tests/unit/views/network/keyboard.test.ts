// The network's keyboard: arrows walk the nodes largest first and stop at the ends, Enter or Space chooses, Escape leaves, plus, minus and 0 zoom.
import { describe, expect, it } from 'vitest';
import { keyAction, ZOOM_STEP } from '../../../../src/lib/views/network/keyboard';

const ranked = ['big', 'middle', 'small'];

describe('keyAction', () => {
	it('starts at the largest node from no focus, whichever arrow', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home'])
			expect(keyAction(key, ranked, null), key).toEqual({ kind: 'focus', id: 'big' });
	});

	it('walks the ranking and stops at its ends', () => {
		expect(keyAction('ArrowRight', ranked, 'big')).toEqual({ kind: 'focus', id: 'middle' });
		expect(keyAction('ArrowDown', ranked, 'small')).toEqual({ kind: 'focus', id: 'small' });
		expect(keyAction('ArrowUp', ranked, 'middle')).toEqual({ kind: 'focus', id: 'big' });
		expect(keyAction('ArrowLeft', ranked, 'big')).toEqual({ kind: 'focus', id: 'big' });
		expect(keyAction('End', ranked, 'big')).toEqual({ kind: 'focus', id: 'small' });
		expect(keyAction('Home', ranked, 'small')).toEqual({ kind: 'focus', id: 'big' });
	});

	it('restarts from the top when the focused node is gone from the ranking', () => {
		expect(keyAction('ArrowRight', ranked, 'gone')).toEqual({ kind: 'focus', id: 'big' });
	});

	it('chooses the focused node with Enter or Space, and leaves those keys alone without one', () => {
		expect(keyAction('Enter', ranked, 'middle')).toEqual({ kind: 'choose', id: 'middle' });
		expect(keyAction(' ', ranked, 'small')).toEqual({ kind: 'choose', id: 'small' });
		expect(keyAction('Enter', ranked, null)).toBeNull();
	});

	it('zooms in with plus (or =), out with minus, resets with 0; Escape leaves', () => {
		expect(keyAction('+', ranked, null)).toEqual({ kind: 'zoom', by: ZOOM_STEP });
		expect(keyAction('=', ranked, null)).toEqual({ kind: 'zoom', by: ZOOM_STEP });
		expect(keyAction('-', ranked, null)).toEqual({ kind: 'zoom', by: 1 / ZOOM_STEP });
		expect(keyAction('0', ranked, 'big')).toEqual({ kind: 'reset' });
		expect(keyAction('Escape', ranked, 'big')).toEqual({ kind: 'leave' });
	});

	it('ignores every other key, and every key on an empty network', () => {
		expect(keyAction('a', ranked, 'big')).toBeNull();
		expect(keyAction('Tab', ranked, 'big')).toBeNull();
		expect(keyAction('ArrowRight', [], null)).toBeNull();
		expect(keyAction('+', [], null)).toBeNull();
	});
});
