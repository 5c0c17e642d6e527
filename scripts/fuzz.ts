// Dedicated ingest fuzz run: `npm run fuzz -- --cases 10000 [--from SEED] [--timeout MS]`; cases run in a child process with a time bound each.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { ingestFile } from '../src/lib/ingest/index';
import { parseRegistry } from '../src/lib/ingest/registry';
import { isIsoDate } from '../src/lib/crossfilter/url';
import { mutate } from '../tests/fuzz/mutate';

const root = resolve(import.meta.dirname, '..');

interface Verdict {
	seed: number;
	problems: string[];
	events: number;
	warnings: number;
	ms: number;
	bytes: number;
}

/** Seed texts: the bundled news and the unseen-news fixtures, so mutations start from varied real prose. */
function corpus(): string[] {
	const dirs = [join(root, 'data/news'), join(root, 'tests/fixtures/news')];
	return dirs.flatMap((d) => {
		try {
			return readdirSync(d)
				.filter((f) => f.endsWith('.txt'))
				.sort()
				.map((f) => readFileSync(join(d, f), 'utf8'));
		} catch {
			return [];
		}
	});
}

function check(seed: number, texts: string[], reg: ReturnType<typeof parseRegistry>): Verdict {
	const text = mutate(texts[seed % texts.length], seed);
	const name = `fuzz-${seed}.txt`;
	const problems: string[] = [];
	const t0 = performance.now();
	let result;
	try {
		result = ingestFile({ name, text }, reg);
	} catch (err) {
		return { seed, problems: [`threw: ${(err as Error).stack}`], events: 0, warnings: 0, ms: performance.now() - t0, bytes: text.length };
	}
	const ms = performance.now() - t0;
	const lineCount = text.split('\n').length;
	for (const e of result.events) {
		if (e.date_start === null || e.date_end === null) {
			// Only an item with no year anywhere keeps no date, and it says so.
			if (e.date_start !== e.date_end || !e.flags.includes('year_unknown')) problems.push(`${e.id}: no date without year_unknown`);
		} else if (!isIsoDate(e.date_start) || !isIsoDate(e.date_end) || e.date_start > e.date_end) problems.push(`${e.id}: bad range ${e.date_start}..${e.date_end}`);
		for (const [fact, [s, t]] of Object.entries(e.spans)) if (!(0 <= s && s <= t && t <= text.length)) problems.push(`${e.id}: span ${fact} out of the text`);
	}
	for (const w of result.warnings) {
		if (w.file !== name) problems.push(`warning names file "${w.file}"`);
		if (!(Number.isInteger(w.line) && w.line >= 1 && w.line <= lineCount)) problems.push(`warning line ${w.line} not in 1..${lineCount}`);
		if (!w.message) problems.push('warning without a message');
	}
	return { seed, problems, events: result.events.length, warnings: result.warnings.length, ms, bytes: text.length };
}

if (process.argv.includes('--child')) {
	const reg = parseRegistry({
		places: readFileSync(join(root, 'data/places.csv'), 'utf8'),
		orgs: readFileSync(join(root, 'data/orgs.csv'), 'utf8'),
		topics: readFileSync(join(root, 'data/topics.csv'), 'utf8')
	});
	const texts = corpus();
	process.on('message', (seed: number) => process.send!(check(seed, texts, reg)));
	process.send!('ready');
} else {
	const args = process.argv.slice(2);
	const opt = (name: string, dflt: number) => {
		const i = args.indexOf(`--${name}`);
		const v = i >= 0 ? Number(args[i + 1]) : dflt;
		if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`);
		return v;
	};
	const cases = opt('cases', 10_000);
	const from = opt('from', 1);
	const timeout = opt('timeout', 20_000);
	await run(cases, from, timeout);
}

/** Runs the seeds one by one; a case over the time bound is reported as a hang and the child replaced. */
async function run(cases: number, from: number, timeout: number) {
	const failures: Verdict[] = [];
	let slowest: Verdict | null = null;
	let child = await spawn();
	const t0 = performance.now();
	for (let seed = from; seed < from + cases; seed++) {
		const verdict = await new Promise<Verdict | null>((done) => {
			const timer = setTimeout(() => done(null), timeout);
			child.once('message', (v: Verdict) => {
				clearTimeout(timer);
				done(v);
			});
			child.send(seed);
		});
		if (!verdict) {
			failures.push({ seed, problems: [`no answer within ${timeout} ms (hang)`], events: 0, warnings: 0, ms: timeout, bytes: 0 });
			child.kill('SIGKILL');
			child = await spawn();
			continue;
		}
		if (verdict.problems.length) failures.push(verdict);
		if (!slowest || verdict.ms > slowest.ms) slowest = verdict;
		if ((seed - from + 1) % 1000 === 0) console.log(`${seed - from + 1} cases, ${failures.length} failing, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
	}
	child.kill();
	for (const f of failures.slice(0, 20)) console.error(`seed ${f.seed}: ${f.problems.slice(0, 3).join('; ')}`);
	if (slowest) console.log(`slowest case: seed ${slowest.seed}, ${(slowest.bytes / 1e6).toFixed(2)} MB in ${slowest.ms.toFixed(0)} ms`);
	console.log(`${cases} cases from seed ${from}: ${failures.length} failing`);
	process.exitCode = failures.length ? 1 : 0;
}

function spawn(): Promise<ChildProcess> {
	const child = fork(import.meta.filename, ['--child'], { execArgv: ['--import', 'tsx'] });
	return new Promise((ok, fail) => {
		child.once('message', () => ok(child));
		child.once('error', fail);
	});
}
