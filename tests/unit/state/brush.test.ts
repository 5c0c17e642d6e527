// The brush stream's URL writes, on a hand-driven clock: a lone step at once, a stream once it rests, never left unwritten.
import { describe, expect, it } from 'vitest';
import { BrushStream, LatestStepWait } from '../../../src/lib/state/brush';
import { manualClock } from './clock';

function setup() {
	const { clock, advance } = manualClock();
	const writes: { at: number; replace: boolean }[] = [];
	const stream = new BrushStream((replace) => writes.push({ at: clock.now(), replace }), clock, 200, 1000);
	return { stream, writes, advance };
}

describe('BrushStream', () => {
	it('writes a lone step at once, as a new entry', () => {
		const { stream, writes } = setup();
		stream.step();
		expect(writes).toEqual([{ at: 0, replace: false }]);
		expect(stream.pending).toBe(false);
	});

	it('writes steps far apart each at once', () => {
		const { stream, writes, advance } = setup();
		stream.step();
		advance(100);
		stream.ended();
		advance(400);
		stream.step();
		expect(writes.map((w) => w.replace)).toEqual([false, false]);
	});

	it('writes a stream once it rests, replacing the entry of its first step', () => {
		const { stream, writes, advance } = setup();
		stream.step();
		for (let i = 0; i < 5; i++) {
			advance(50);
			stream.step();
		}
		expect(writes).toHaveLength(1);
		expect(stream.pending).toBe(true);
		advance(199);
		expect(writes).toHaveLength(1);
		advance(1);
		expect(writes).toEqual([
			{ at: 0, replace: false },
			{ at: 450, replace: true }
		]);
		expect(stream.pending).toBe(false);
	});

	it('writes a never-resting stream at least every maxMs', () => {
		const { stream, writes, advance } = setup();
		stream.step();
		for (let i = 0; i < 60; i++) {
			advance(50);
			stream.step();
		}
		// 3 s of steps every 50 ms: the first at once, then one write per second at most 1 s after the last.
		const gaps = writes.slice(1).map((w, i) => w.at - (i === 0 ? 50 : writes[i].at));
		expect(writes.length).toBeGreaterThanOrEqual(3);
		for (const g of gaps) expect(g).toBeLessThanOrEqual(1000);
		expect(writes.slice(1).every((w) => w.replace)).toBe(true);
	});

	it('cancel drops the waiting write', () => {
		const { stream, writes, advance } = setup();
		stream.step();
		advance(10);
		stream.step();
		stream.cancel();
		advance(2000);
		expect(writes).toHaveLength(1);
		expect(stream.pending).toBe(false);
	});

	it('counts the rest from the end of the previous step: slow steps in a row are still one stream', () => {
		// A step that takes 250 ms to draw (a large dataset) then a next one 10 ms after it was drawn: a stream, not a
		// lone change, so no router write between them.
		const { stream, writes, advance } = setup();
		stream.step();
		advance(250);
		stream.ended();
		advance(10);
		stream.step();
		expect(writes).toEqual([{ at: 0, replace: false }]);
		expect(stream.pending).toBe(true);
		advance(140);
		stream.ended();
		advance(10);
		stream.step();
		expect(writes.length).toBe(1);
		advance(200);
		expect(writes.map((w) => w.replace)).toEqual([false, true]);
	});

	it('a step drawn and followed by a pause is a lone change again', () => {
		const { stream, writes, advance } = setup();
		stream.step();
		advance(250);
		stream.ended();
		advance(300);
		stream.step();
		expect(writes.map((w) => w.replace)).toEqual([false, false]);
	});

	it('a step begun while the previous one is still being drawn continues the stream, however long that takes', () => {
		// The views never rest between steps fired back to back, so "drawn" for a step can come after the next began.
		const { stream, writes, advance } = setup();
		stream.step();
		advance(700);
		stream.step();
		advance(700);
		stream.ended();
		stream.step();
		stream.ended();
		stream.ended();
		advance(200);
		// One entry (the first step's), then shallow replacements only: no router write between the slow steps.
		expect(writes.map((w) => w.replace)).toEqual([false, true, true]);
		advance(500);
		stream.step();
		expect(writes.map((w) => w.replace)).toEqual([false, true, true, false]);
	});

	it("an earlier step's end coming late does not stretch a stream that has rested", () => {
		const { stream, writes, advance } = setup();
		const first = stream.step();
		advance(100);
		stream.step();
		advance(200);
		stream.ended();
		advance(500);
		// The first step's wait for the views gave up only now: the stream rested 500 ms ago.
		stream.ended(first);
		advance(10);
		stream.step();
		expect(writes.map((w) => w.replace)).toEqual([false, true, false]);
	});
});

describe('LatestStepWait', () => {
	/** Waits that end when the test says so, and the steps told drawn. */
	function setup() {
		const ends: (() => void)[] = [];
		const drawn: number[] = [];
		const wait = new LatestStepWait(
			() => new Promise<void>((resolve) => ends.push(resolve)),
			(step) => drawn.push(step)
		);
		const settle = () => new Promise((r) => setTimeout(r, 0));
		return { wait, ends, drawn, settle };
	}

	it('waits once for steps that come while it runs, then once more for the latest, and tells only that one', async () => {
		const { wait, ends, drawn, settle } = setup();
		wait.watch(1);
		wait.watch(2);
		wait.watch(3);
		expect(ends).toHaveLength(1);
		ends[0]();
		await settle();
		// Steps 2 and 3 came while the first wait ran: one more wait, for the latest.
		expect(ends).toHaveLength(2);
		expect(drawn).toEqual([]);
		ends[1]();
		await settle();
		expect(drawn).toEqual([3]);
	});

	it('tells a lone step once its wait ends, and starts afresh for the next', async () => {
		const { wait, ends, drawn, settle } = setup();
		wait.watch(1);
		ends[0]();
		await settle();
		expect(drawn).toEqual([1]);
		wait.watch(2);
		expect(ends).toHaveLength(2);
		ends[1]();
		await settle();
		expect(drawn).toEqual([1, 2]);
	});
});
