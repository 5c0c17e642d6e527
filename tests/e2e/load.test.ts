// The built site starts DuckDB from its own files and shows the event count the ingest wrote, with no request elsewhere.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

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
