import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { isIsoDate } from '../../../src/lib/crossfilter/url';
import { mutate } from '../../fuzz/mutate';
import { registry } from './registries';

const seeds = readdirSync('data/news').map((f) => readFileSync(`data/news/${f}`, 'utf8'));
const CASES = 300;

describe('ingest under seeded fuzzing', () => {
	it(`never throws and always yields well-formed events and located warnings (${CASES} cases)`, () => {
		for (let seed = 1; seed <= CASES; seed++) {
			const text = mutate(seeds[seed % seeds.length], seed);
			let result;
			try {
				result = ingestFile({ name: `fuzz-${seed}.txt`, text }, registry);
			} catch (err) {
				throw new Error(`seed ${seed} threw: ${(err as Error).stack}`);
			}
			const lineCount = text.split('\n').length;
			for (const e of result.events) {
				// An event whose year cannot be known has no date at all; every other event has both days, in order.
				if (e.date_start === null || e.date_end === null) {
					expect([e.date_start, e.date_end, e.flags.includes('year_unknown')], `seed ${seed}: undated event`).toEqual([null, null, true]);
				} else {
					expect(isIsoDate(e.date_start) && isIsoDate(e.date_end), `seed ${seed}: ${e.date_start}..${e.date_end}`).toBe(true);
					expect(e.date_start <= e.date_end, `seed ${seed}: range order`).toBe(true);
				}
				for (const [fact, [s, t]] of Object.entries(e.spans)) {
					expect(0 <= s && s <= t && t <= text.length, `seed ${seed}: span ${fact}`).toBe(true);
				}
			}
			for (const w of result.warnings) {
				expect(w.file).toBe(`fuzz-${seed}.txt`);
				expect(w.line >= 1 && w.line <= lineCount, `seed ${seed}: line ${w.line}`).toBe(true);
				expect(w.message.length).toBeGreaterThan(0);
			}
		}
	}, 120_000); // a generous bound: the suite shares two cores with the browser tests; speed is measured in the benchmark

	it('handles a 2 MB line without a date in bounded time', () => {
		const text = 'x'.repeat(2_000_000) + '\n\nOn 3 May 2018 a seminar was held in Osh.';
		const t0 = performance.now();
		const r = ingestFile({ name: 'long.txt', text }, registry);
		expect(r.events).toHaveLength(1);
		expect(performance.now() - t0).toBeLessThan(20_000);
	}, 60_000);
});
