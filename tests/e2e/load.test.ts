// The built site starts DuckDB from its own files and shows the event count the ingest wrote, with no request elsewhere.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { events, hasPartner, involves, partnersByCount } from './expected';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** blob: and data: URLs never leave the page; blob:http://127.0.0.1:4173/… carries its origin inside. */
function isLocal(url: string): boolean {
	if (url.startsWith('data:')) return true;
	const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
	return LOCAL_HOSTS.has(new URL(inner).hostname);
}

test('the page shows the number of events of static/data/manifest.json, fetched only from its own origin', async ({
	page,
	context
}) => {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { counts: { events: number } };
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (!isLocal(request.url())) foreign.push(request.url());
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('BOMCA activity atlas');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByTestId('event-count')).toHaveText(String(manifest.counts.events), { timeout: 60_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);

	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('a shared filtered link and a click are answered from the dataset’s files while DuckDB is still held back', async ({ page }) => {
	const [[partner], [second]] = partnersByCount();
	const withPartner = events.filter((e) => hasPartner(e, partner));
	const country = 'KGZ';
	// The engine's wasm never arrives: whatever the page shows comes from the index over the Arrow files.
	const order: string[] = [];
	page.on('request', (r) => {
		const name = r.url().split('/').pop() ?? '';
		if (name.endsWith('.arrow') || name.endsWith('.wasm')) order.push(name.endsWith('.wasm') ? 'wasm' : 'arrow');
	});
	await page.route('**/*.wasm', () => {});
	const seen: string[] = [];
	await page.addInitScript(() => {
		// Every count the header ever shows, from the first paint: a filtered link must never show the unfiltered total.
		new MutationObserver(() => {
			const c = document.querySelector('[data-testid="event-count"]');
			const w = window as unknown as { __counts?: string[]; __readyAt?: number };
			const log = (w.__counts ??= []);
			if (c && c.textContent && log.at(-1) !== c.textContent) log.push(c.textContent);
			if (c?.getAttribute('data-state') === 'ready') w.__readyAt ??= performance.now();
		}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	await page.goto(`/?partner=${partner}`);
	const count = page.getByTestId('event-count');
	await expect(count).toHaveText(String(withPartner.length), { timeout: 60_000 });
	await expect(count).toHaveAttribute('data-state', 'ready');
	seen.push(...(await page.evaluate(() => (window as unknown as { __counts?: string[] }).__counts ?? [])));
	expect(seen, 'counts shown before the answer').toEqual([String(withPartner.length)]);

	await page.getByTestId('facet-countries').locator(`button[data-value="${country}"]`).click();
	await expect(count).toHaveText(String(withPartner.filter((e) => involves(e, country)).length));
	await page.getByTestId('facet-partners').locator(`button[data-value="${second}"]`).click();
	const either = events.filter((e) => (hasPartner(e, partner) || hasPartner(e, second)) && involves(e, country));
	await expect(count).toHaveText(String(either.length));
	await expect(count).toHaveAttribute('data-state', 'ready');
	// The Arrow files went out before the engine was asked for.
	expect(order.indexOf('wasm'), order.join(' ')).toBeGreaterThan(order.lastIndexOf('arrow'));
	// MapLibre (its worker is the one file of it with a fixed name) is fetched only once the first answer is shown.
	await expect(page.getByTestId('map')).toHaveAttribute('data-painted', 'map', { timeout: 30_000 });
	const { readyAt, workerAt } = await page.evaluate(() => ({
		readyAt: (window as unknown as { __readyAt?: number }).__readyAt ?? Infinity,
		workerAt: performance.getEntriesByType('resource').find((r) => r.name.includes('maplibre-gl-worker'))?.startTime ?? -1
	}));
	expect(workerAt, 'MapLibre requested after the first answer').toBeGreaterThan(readyAt);
});
