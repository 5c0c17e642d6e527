// CLI: `npm run bench [-- --sizes 1000,10000]` builds the site, generates the synthetic datasets, measures load, brushing, memory and a crossfilter2 baseline in headless Chromium, writes bench/results.json and prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parseRegistry, type Registry } from '../../src/lib/ingest/registry';
import { writeBenchDataset } from './generate';
import { measureIngest } from './news';
import { chartExtras, chartSvg, formatTable, percentile, sizeResult, writeResults, type Machine, type Results, type SizeResult } from './results';
import { brushWindows } from './windows';
import { runBaseline } from './baseline';
import { parseArgs, USAGE } from './args';
import { bundleSize } from './bundle';
import { launchChromium, serve } from './site';
import { gzipKb, measureFirstCorrect, measureInteractive } from './answers';

const root = resolve(import.meta.dirname, '../..');

function loadRegistry(): Registry {
	const read = (f: string) => readFileSync(join(root, 'data', f), 'utf8');
	return parseRegistry({ places: read('places.csv'), orgs: read('orgs.csv'), topics: read('topics.csv') });
}

/**
 * In the page before any of its scripts: times (from navigation start) when the three views first show the dataset
 * (first view: the timeline and network drawn, the map's picture up, whether MapLibre's or the SVG sketch standing in
 * for it), and when every view is ready with DuckDB live and its first answer drawn, MapLibre included (load).
 */
const TIMING_SCRIPT = `(() => {
	const t = (window.__benchTimes = {});
	const view = (id) => document.querySelector('[data-testid="' + id + '"]');
	const ready = () => ['map', 'timeline', 'network'].every((id) => view(id)?.getAttribute('data-state') === 'ready');
	const shown = () => ['timeline', 'network'].every((id) => view(id)?.getAttribute('data-state') === 'ready') && view('map')?.hasAttribute('data-painted');
	const check = () => {
		if (t.load) return;
		if (document.querySelector('[role="alert"]')) t.error = document.querySelector('[role="alert"]').textContent;
		const count = document.querySelector('[data-testid="event-count"]')?.textContent?.trim();
		if (count && !t.first && shown()) t.first = performance.now();
		if (!ready()) return;
		const live = document.querySelector('[data-testid="event-count"][data-state="live"]') && !document.querySelector('[role="progressbar"]');
		if (live && t.first) t.load = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

interface Measured {
	result: SizeResult;
	details: Record<string, unknown>;
}

async function measureSize(browser: Browser, base: string, size: number, steps: number): Promise<Measured> {
	// A new context per size: empty cache, so the load is cold as a first visit is.
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	try {
		// tsx compiles this file keeping function names through a `__name` helper that page.evaluate's code also calls.
		await page.addInitScript('window.__name = (f) => f;');
		await page.addInitScript(TIMING_SCRIPT);
		await page.goto(`${base}?data=bench-${size}`);
		const timeout = 120_000 + size / 10;
		await page.waitForFunction(() => (window as unknown as { __benchTimes: { load?: number; error?: string } }).__benchTimes.load || (window as unknown as { __benchTimes: { error?: string } }).__benchTimes.error, null, { timeout, polling: 200 });
		const times = await page.evaluate(() => (window as unknown as { __benchTimes: { first: number; load: number; error?: string } }).__benchTimes);
		if (times.error) throw new Error(`the page failed to load bench-${size}: ${times.error}`);

		type Atlas = { settled(): Promise<number | null> };
		const prepareMs = await page.evaluate(() => (window as unknown as { __atlas: Atlas }).__atlas.settled());
		const memory = await measureMemory(page);
		const memoryMb = memory.mb;
		const [range] = await page.evaluate(() =>
			(window as unknown as { __atlas: { query(sql: string): Promise<Record<string, unknown>[]> } }).__atlas.query(
				`SELECT strftime(min(date_start), '%Y-%m-%d') AS a, strftime(max(date_end), '%Y-%m-%d') AS b FROM events`
			)
		);
		const { warmup, timed } = brushWindows(String(range.a), String(range.b), steps);
		const { brushMs, phases, navigations } = await page.evaluate(
			async ({ warmup, timed }) => {
				type Hook = {
					brush(a: string, b: string): Promise<number>;
					takePhases(): { query: number | null; answer: number | null; dom: number; total: number }[];
					navigations(): number;
				};
				const atlas = (window as unknown as { __atlas: Hook & Atlas }).__atlas;
				for (const [a, b] of warmup) await atlas.brush(a, b);
				await atlas.settled();
				atlas.takePhases();
				const out: number[] = [];
				const before = atlas.navigations();
				for (const [a, b] of timed) out.push(await atlas.brush(a, b));
				return { brushMs: out, phases: atlas.takePhases(), navigations: atlas.navigations() - before };
			},
			{ warmup, timed }
		);
		const baseline = await runBaseline(page, warmup, timed);
		const domMs = phases.map((p) => p.dom);
		const interactiveMs = await measureInteractive(browser, base, size);
		// A shared link: the generator's first partner over five middle years of its span.
		const answer = await measureFirstCorrect(browser, base, size, 'OSCE', '2012-01-01', '2016-12-31');
		const result = sizeResult({
			firstViewMs: times.first,
			interactiveMs,
			firstCorrectMs: answer.firstCorrectMs,
			loadMs: times.load,
			viewsUpdatedMs: domMs,
			brushMs,
			baselineMs: baseline.stepMs,
			memoryMb
		});
		const r1 = (x: number) => Math.round(x * 10) / 10;
		const answerMs = phases.map((p) => p.answer ?? Number.NaN).filter((x) => Number.isFinite(x));
		const queryMs = phases.map((p) => p.query ?? Number.NaN).filter((x) => Number.isFinite(x));
		return {
			result,
			details: {
				prepareMs,
				brushMs: brushMs.map(r1),
				// until the DOM views had the new state; the rest of each step is the map's frame
				brushDomP50Ms: r1(percentile(domMs, 50)),
				brushDomP95Ms: r1(percentile(domMs, 95)),
				// the controller's pass (index counting + the list's SQL), and the counting alone: the like of crossfilter2's step
				queryP95Ms: r1(percentile(queryMs, 95)),
				indexAnswerP50Ms: Math.round(percentile(answerMs, 50) * 100) / 100,
				indexAnswerP95Ms: Math.round(percentile(answerMs, 95) * 100) / 100,
				baseline: { ...baseline, stepMs: baseline.stepMs.map(r1), p50Ms: r1(percentile(baseline.stepMs, 50)) },
				// router navigations over the timed steps: one stream should make at most one (each forces a layout)
				timedNavigations: navigations,
				criticalJs: answer.criticalJs,
				arrayBuffersMb: memory.arrayBuffersMb,
				errors
			}
		};
	} finally {
		await context.close();
	}
}

/**
 * The page's JS heap (main thread, via the DevTools protocol) plus what DuckDB's buffer manager holds in its worker;
 * beside it (details only) the main thread's ArrayBuffer backing stores, which the heap's used size leaves out: the
 * Arrow files and the index's typed arrays.
 */
async function measureMemory(page: Page): Promise<{ mb: number; arrayBuffersMb: number | null }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
	await cdp.detach();
	const [duck] = await page.evaluate(() =>
		(window as unknown as { __atlas: { query(sql: string): Promise<Record<string, unknown>[]> } }).__atlas.query(
			'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()'
		)
	);
	const mb = (heap.usedSize + Number(duck.bytes ?? 0)) / 1_048_576;
	return { mb, arrayBuffersMb: heap.backingStorageSize === undefined ? null : Math.round(heap.backingStorageSize / 104_857.6) / 10 };
}

function machine(browser: Browser): Machine {
	const c = cpus();
	return {
		cpus: c.length,
		cpu_model: c[0]?.model ?? 'unknown',
		memory_gb: Math.round(totalmem() / 1024 ** 3),
		os: `${platform()} ${release()}`,
		node: process.version,
		browser: `Chromium ${browser.version()}`,
		load_avg: [Math.round(loadavg()[0] * 10) / 10, Number.NaN]
	};
}

async function main(argv: string[]): Promise<number> {
	const opts = parseArgs(argv, root);
	if (typeof opts === 'string') {
		console.error(opts);
		return opts === USAGE ? 0 : 2;
	}
	if (opts.build) {
		console.log('== npm run build');
		const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (r.status !== 0) return r.status ?? 1;
	}
	const bundle = bundleSize(join(root, 'build'));
	console.log(`== app JavaScript: ${bundle.app_js_gzip_kb} KB gzip (MapLibre ${bundle.maplibre_gzip_kb} KB of it; DuckDB's worker ${bundle.duckdb_worker_gzip_kb} KB and its wasm aside)`);
	const reg = loadRegistry();
	for (const size of opts.sizes) {
		const w = await writeBenchDataset(join(root, 'build'), reg, size, opts.seed);
		console.log(`== bench-${size}: ${w.counts.events} events, ${w.counts.event_orgs} event_orgs, generated in ${(w.ms / 1000).toFixed(1)} s`);
	}

	console.log('== ingest throughput');
	measureIngest(reg, [0.5]); // warm-up: the first run pays for compiling the ingest code
	const runs = measureIngest(reg, [1, 2, 4]);
	for (const r of runs) console.log(`   ${r.mb.toFixed(2)} MB: ${r.ms.toFixed(0)} ms, ${r.events} events, ${r.mb_s.toFixed(2)} MB/s`);

	const { url, child } = await serve();
	const browser = await launchChromium();
	const results: Results = { machine: machine(browser), sizes: {}, ingest_mb_s: Math.round(runs[runs.length - 1].mb_s * 100) / 100, critical_js_kb_gzip: Number.NaN };
	const details: Record<string, unknown> = { ingest: runs, bundle };
	try {
		for (const size of opts.sizes) {
			console.log(`== measuring bench-${size}`);
			const m = await measureSize(browser, url, size, opts.steps);
			results.sizes[String(size)] = m.result;
			const critical = gzipKb(join(root, 'build'), (m.details.criticalJs as string[]) ?? []);
			results.critical_js_kb_gzip = Math.max(Number.isFinite(results.critical_js_kb_gzip) ? results.critical_js_kb_gzip : 0, critical);
			details[String(size)] = m.details;
			console.log(`   ${JSON.stringify(m.result)}`);
		}
	} finally {
		results.machine.load_avg[1] = Math.round(loadavg()[0] * 10) / 10;
		await browser.close();
		child.kill();
	}
	const detailsPath = opts.out.replace(/\.json$/, '') + '.details.json';
	if (opts.merge && existsSync(opts.out)) {
		const old = JSON.parse(readFileSync(opts.out, 'utf8')) as Results;
		results.sizes = { ...old.sizes, ...results.sizes };
		const oldDetails = existsSync(detailsPath) ? (JSON.parse(readFileSync(detailsPath, 'utf8')) as Record<string, unknown>) : {};
		Object.assign(details, { ...oldDetails, ...details });
	}
	writeResults(opts.out, results);
	writeFileSync(detailsPath, JSON.stringify(details, null, 1) + '\n');
	if (opts.chart) {
		writeFileSync(opts.chart, chartSvg(results, chartExtras(details)));
	}
	console.log(`\n${formatTable(results)}\n\n→ ${opts.out}`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
