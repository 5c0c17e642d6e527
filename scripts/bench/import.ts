// CLI: `npm run bench:import [-- 100]` writes a CSV of about that many MB in the import format, imports it into the built site in headless Chromium, and reports the time and the longest gaps between the page's frames.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { launchChromium, serve } from './site';
import { recordFrameGaps } from './frames';

const root = resolve(import.meta.dirname, '../..');
const HOSTS = [
	['bishkek', 'KGZ'],
	['almaty', 'KAZ'],
	['dushanbe', 'TJK'],
	['tashkent', 'UZB'],
	['ashgabat', 'TKM']
];

/** Rows that pass validation (registry places and partners), each different so none is a duplicate. */
async function writeCsv(path: string, megabytes: number): Promise<number> {
	const out = createWriteStream(path);
	out.write('id,date_start,date_end,title,kind,topic,place_id,country,partners,agencies,participant_countries,participants_count,source\r\n');
	let bytes = 0;
	let rows = 0;
	while (bytes < megabytes * 2 ** 20) {
		const [place, country] = HOSTS[rows % HOSTS.length];
		const day = `${2003 + (rows % 22)}-${String(1 + (rows % 12)).padStart(2, '0')}-${String(1 + (rows % 28)).padStart(2, '0')}`;
		const line = `office-${rows},${day},${day},"Course ${rows} on risk analysis, ""profiling"" and document checks",training,risk_analysis,${place},${country},OSCE;FRONTEX,kgz-border;kgz-customs,KGZ;KAZ,${10 + (rows % 30)},Office log row ${rows}\r\n`;
		if (!out.write(line)) await once(out, 'drain');
		bytes += Buffer.byteLength(line);
		rows++;
	}
	out.end();
	await once(out, 'finish');
	return rows;
}

async function main(): Promise<number> {
	const megabytes = Number(process.argv[2] ?? 100);
	if (!(megabytes > 0)) {
		console.error('usage: npm run bench:import [-- MEGABYTES]   (the site must be built: npm run build)');
		return 2;
	}
	mkdirSync(join(root, 'bench'), { recursive: true });
	const file = join(root, 'bench', `import-${megabytes}mb.csv`);
	const rows = await writeCsv(file, megabytes);
	console.log(`== ${file}: ${rows} rows`);
	const { url, child } = await serve();
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
		// tsx keeps function names through a `__name` helper that code handed to page.evaluate also calls.
		await page.addInitScript('window.__name = (f) => f;');
		await page.goto(url);
		await page.waitForFunction(() => document.querySelector('[data-testid="event-count"][data-state="live"]') && !document.querySelector('[role="progressbar"]'), null, { timeout: 120_000 });
		await page.getByTestId('import-open').click();
		// Every frame's time from the one before: a frozen page draws none while it works.
		const stopFrames = await recordFrameGaps(page);
		const t0 = Date.now();
		await page.getByTestId('import-file').setInputFiles(file);
		const done = page.getByTestId('import-result').or(page.getByTestId('import-errors'));
		await done.waitFor({ timeout: 1_800_000 });
		const importMs = Date.now() - t0;
		const message = (await done.textContent())?.trim();
		const gaps = (await stopFrames()).sort((a, b) => b - a);
		console.log(
			JSON.stringify({
				megabytes,
				rows,
				import_ms: importMs,
				message,
				frames: gaps.length,
				frames_over_200ms: gaps.filter((g) => g > 200).length,
				longest_gaps_ms: gaps.slice(0, 5).map(Math.round)
			})
		);
		return 0;
	} finally {
		await browser.close();
		child.kill();
	}
}

process.exitCode = await main();
