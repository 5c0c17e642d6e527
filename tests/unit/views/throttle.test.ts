// The throttle the list's rows go through during a brush: the first change at once, then at most one per interval, never losing the latest.
import { describe, expect, it } from 'vitest';
import { Throttle } from '../../../src/lib/views/throttle';
import { manualClock } from '../state/clock';

function setup(ms = 250) {
	const { clock, advance } = manualClock();
	const seen: number[] = [];
	const t = new Throttle<number>((v) => seen.push(v), ms, clock);
	return { t, seen, advance };
}

describe('Throttle', () => {
	it('passes a lone change at once, and another after a quiet spell at once too', () => {
		const { t, seen, advance } = setup();
		t.push(1);
		expect(seen).toEqual([1]);
		advance(400);
		t.push(2);
		expect(seen).toEqual([1, 2]);
	});

	it('in a stream every 40 ms, shows at most one value per 250 ms, and the last one in the end', () => {
		const { t, seen, advance } = setup();
		for (let i = 1; i <= 25; i++) {
			t.push(i);
			advance(40);
		}
		// 1 s of stream: the first at once, then one per 250 ms.
		expect(seen.length).toBeLessThanOrEqual(5);
		expect(seen[0]).toBe(1);
		advance(300);
		expect(seen[seen.length - 1]).toBe(25);
		for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
	});

	it('drops the values in between, not the latest; cancel drops a waiting one', () => {
		const { t, seen, advance } = setup(100);
		t.push(1);
		t.push(2);
		t.push(3);
		expect(seen).toEqual([1]);
		advance(100);
		expect(seen).toEqual([1, 3]);
		t.push(4);
		t.cancel();
		advance(500);
		expect(seen).toEqual([1, 3]);
	});
});
