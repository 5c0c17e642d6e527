// The benchmark's measures of answers before DuckDB: a partner chip clicked as soon as it shows (interactive_ms), a shared filtered link's first correct count (first_correct_ms), and the JavaScript fetched before the first view (critical_js_kb_gzip).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/**
 * In the page before its scripts: clicks the first partner chip the moment it is drawn, and notes when the count
 * shows that chip's number (what a partner chip says is what selecting it alone counts). Also logs every count the
 * header shows, with its time, and when the first view is up.
 */
const WATCH_SCRIPT = (click: boolean) => `(() => {
	const t = (window.__answers = { counts: [] });
	const digits = (s) => (s || '').replace(/\\D/g, '');
	const check = () => {
		const count = document.querySelector('[data-testid="event-count"]');
		const text = digits(count?.textContent);
		if (text && t.counts.at(-1)?.[1] !== text) t.counts.push([performance.now(), text]);
		if (!t.first && ['timeline', 'network'].every((id) => document.querySelector('[data-testid="' + id + '"]')?.getAttribute('data-state') === 'ready')) t.first = performance.now();
		if (!${click}) return;
		if (!t.clicked) {
			const chip = document.querySelector('[data-testid="facet-partners"] button[data-value]');
			const n = digits(chip?.querySelector('[data-testid="chip-count"]')?.textContent);
			if (chip && n) {
				t.clicked = performance.now();
				t.want = n;
				chip.click();
			}
		} else if (!t.answered && text === t.want && new URL(location.href).searchParams.has('partner')) t.answered = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

type Watched = { counts: [number, string][]; first?: number; clicked?: number; answered?: number; want?: string };

async function watchedPage(browser: Browser, click: boolean): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
	const page = await context.newPage();
	await page.addInitScript('window.__name = (f) => f;');
	await page.addInitScript(WATCH_SCRIPT(click));
	return page;
}

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __answers: Watched }).__answers);

/** Navigation until a click on a partner chip, made as soon as one is drawn, shows that partner's count (cold cache). */
export async function measureInteractive(browser: Browser, base: string, size: number): Promise<number> {
	const page = await watchedPage(browser, true);
	try {
		await page.goto(`${base}?data=bench-${size}`);
		await page.waitForFunction(() => !!(window as unknown as { __answers: Watched }).__answers.answered, null, { timeout: 120_000, polling: 100 });
		return (await watched(page)).answered!;
	} finally {
		await page.context().close();
	}
}

export interface FirstCorrect {
	firstCorrectMs: number;
	/** JS files fetched before the first view, by path under the site root */
	criticalJs: string[];
}

/**
 * Navigation of a shared link (a partner and a window) until the header first shows that selection's count, checked
 * afterwards against DuckDB's own count of it; and which JavaScript came before the first view.
 */
export async function measureFirstCorrect(browser: Browser, base: string, size: number, partner: string, from: string, to: string): Promise<FirstCorrect> {
	const page = await watchedPage(browser, false);
	try {
		await page.goto(`${base}?data=bench-${size}&partner=${encodeURIComponent(partner)}&from=${from}&to=${to}`);
		await page.waitForSelector('[data-testid="event-count"][data-state="live"]', { timeout: 120_000 + size / 10 });
		type Hook = { __atlas: { query(sql: string): Promise<Record<string, unknown>[]> } };
		const [{ n }] = await page.evaluate(
			({ partner, from, to }) =>
				(window as unknown as Hook).__atlas.query(
					`SELECT count(*)::INTEGER AS n FROM events e WHERE e.date_end >= DATE '${from}' AND e.date_start <= DATE '${to}'
					AND e.id IN (SELECT event_id FROM event_orgs WHERE role = 'partner' AND org_id = '${partner.replace(/'/g, "''")}')`
				),
			{ partner, from, to }
		);
		const w = await watched(page);
		const hit = w.counts.find(([, text]) => text === String(n));
		if (!hit) throw new Error(`the page never showed ${n} events for ${partner} ${from}…${to} (it showed ${w.counts.map((c) => c[1]).join(', ')})`);
		const first = w.first ?? Infinity;
		const criticalJs = await page.evaluate(
			(first) =>
				performance
					.getEntriesByType('resource')
					.filter((r) => r.startTime < first && /\.m?js(\?|$)/.test(r.name))
					.map((r) => new URL(r.name).pathname),
			first
		);
		return { firstCorrectMs: hit[0], criticalJs };
	} finally {
		await page.context().close();
	}
}

/** The gzipped size of the build's files at these site paths, in KB. */
export function gzipKb(buildDir: string, paths: string[]): number {
	let bytes = 0;
	for (const p of new Set(paths)) {
		const file = join(buildDir, decodeURIComponent(p));
		if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
	}
	return Math.round(bytes / 1024);
}
