// Hostile text reaching the page (URL parameters, imported files, pasted news, scene names, shared decks) is shown as text: no script runs, no element is injected.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { armTraps, expectNothingRan, PAYLOADS } from './traps';

const [IMG, SCRIPT, JS_URL, SVG, IFRAME] = PAYLOADS;

async function ready(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
	await expect(page.getByTestId('event-count')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
}

async function openImport(page: Page) {
	await page.getByTestId('import-open').click();
	await expect(page.getByTestId('import-dialog')).toBeVisible();
}

async function closeImport(page: Page) {
	await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
	await expect(page.getByTestId('import-dialog')).toBeHidden();
}

/** RFC 4180 quoting for every cell, header included: the payloads hold quotes. */
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvOf = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';

/** The hostile file goes under test-results; its name is a payload too, since the page quotes the file name back. */
function hostileFile(info: { outputPath: (name: string) => string }, text: string) {
	const path = info.outputPath(`${IMG}.csv`);
	writeFileSync(path, text);
	return path;
}

test('payloads in every URL parameter are ignored with notices that show them as text', async ({ page }) => {
	await armTraps(page);
	const params = ['partner', 'country', 'place', 'org', 'kind', 'topic', 'from', 'to', 'lang'];
	const search = params.map((p, i) => `${p}=${encodeURIComponent(PAYLOADS[i % PAYLOADS.length])}`).join('&');
	await page.goto(`/?${search}`);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	const notices = page.getByTestId('url-notices');
	await expect(notices).toBeVisible();
	// The notice quotes the value literally (shortened), as text.
	await expect(notices).toContainText('<img src=x');
	await expect(page.getByTestId('event-count')).not.toHaveText('');
	await expectNothingRan(page);
});

test('an imported CSV with payloads in its id, title, source and file name shows them as text in every view and the export', async ({ page }, info) => {
	await armTraps(page);
	const header = ['id', 'date_start', 'date_end', 'title', 'kind', 'place_id', 'partners', 'source'];
	const rows = [
		['xss-1', '2022-03-15', '2022-03-17', IMG, 'workshop', 'osh', 'OSCE', SCRIPT],
		['xss-2', '2022-04-10', '', JS_URL, 'training', 'bishkek', 'OSCE;FRONTEX', SVG],
		[IFRAME, '2022-05-20', '', SVG, 'meeting', 'dushanbe', 'IOM', IFRAME],
		// A title that a spreadsheet would run as a formula: the export must defuse it.
		['xss-4', '2022-06-01', '', '=HYPERLINK("http://example.invalid","open")', 'meeting', 'osh', '', '']
	];
	const path = hostileFile(info, csvOf(header, rows));
	await ready(page);
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(path);
	await expect(page.getByTestId('import-result')).toContainText(`Added 4 events from ${IMG}.csv`, { timeout: 60_000 });
	await closeImport(page);
	await expect(page.getByTestId('imported-badge')).toBeVisible();
	await expect(page.getByTestId('network')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });

	// The event list: every hostile title as a title.
	const list = page.getByTestId('event-list');
	await expect(list.locator('tr[data-id="xss-1"]')).toContainText(IMG);
	await expect(list.locator('tr[data-id="xss-2"]')).toContainText(JS_URL);
	await expect(list.locator('tbody tr').filter({ hasText: SVG })).toHaveCount(1);
	expect(await list.locator('tbody tr').filter({ hasText: SVG }).getAttribute('data-id')).toBe(IFRAME);

	// The timeline's tooltip names the focused bar's event. (The map's tooltip only names registry places, which an
	// import cannot add, and the network's labels are registry organisations: neither can carry a payload.)
	await page.getByTestId('timeline').locator('rect.bar[data-id="xss-1"]').focus();
	await expect(page.getByTestId('timeline').getByRole('tooltip')).toContainText(IMG);

	// The source dialog: the title as its heading, the source line as given.
	await list.locator('tr[data-id="xss-1"]').getByRole('button').click();
	const source = page.getByTestId('event-source');
	await expect(source.getByRole('heading', { level: 2 })).toHaveText(IMG);
	await expect(source).toContainText(`Source: ${SCRIPT}`);
	await page.keyboard.press('Escape');
	await expect(source).toBeHidden();
	// The row whose id is a payload opens its own event (the id is a bound value, never spliced into markup or SQL).
	await list.locator('tbody tr').filter({ hasText: SVG }).getByRole('button').click();
	await expect(source.getByRole('heading', { level: 2 })).toHaveText(SVG);
	await expect(source).toContainText(`Source: ${IFRAME}`);
	await page.keyboard.press('Escape');

	// The CSV export carries the payloads verbatim, quoted, and the formula with its apostrophe.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	const csv = readFileSync(await download.path(), 'utf8');
	for (const cell of [IMG, SCRIPT, JS_URL, SVG, IFRAME]) expect(csv).toContain(quote(cell));
	expect(csv).toContain(quote(`'=HYPERLINK("http://example.invalid","open")`));
	await expectNothingRan(page);

	// The browser keeps the import: after a reload the stored rows come back, still as text.
	await ready(page);
	await expect(page.getByTestId('import-notice')).toContainText('loaded again');
	await expect(list.locator('tr[data-id="xss-1"]')).toContainText(IMG);
	await expectNothingRan(page);
});

test('payloads in invalid cells and column names come back in the error alert as text', async ({ page }, info) => {
	await armTraps(page);
	const header = ['id', 'date_start', 'title', 'kind', 'country', 'place_id', 'partners', 'agencies', 'topic'];
	const rows = [['bad-1', '2022-03-15', 'Workshop', IMG, SCRIPT, JS_URL, SVG, IFRAME, IMG]];
	const path = hostileFile(info, csvOf(header, rows));
	await ready(page);
	await openImport(page);
	await page.getByTestId('import-file').setInputFiles(path);
	const alert = page.getByTestId('import-errors');
	await expect(alert).toBeVisible({ timeout: 60_000 });
	await expect(alert).toContainText(`Nothing was imported from ${IMG}.csv`);
	await expect(alert.locator('li[data-column="kind"]')).toContainText(`“${IMG}” is not a kind`);
	await expect(alert.locator('li[data-column="country"]')).toContainText(`“${SCRIPT}”`);
	await expect(alert.locator('li[data-column="place_id"]')).toContainText(`“${JS_URL}”`);
	await expect(alert.locator('li[data-column="partners"]')).toContainText(`“${SVG}”`);
	await expect(alert.locator('li[data-column="agencies"]')).toContainText(`“${IFRAME}”`);
	await expect(alert.locator('li[data-column="topic"]')).toContainText(`“${IMG}”`);

	// A column name that is a payload: reported as an unknown column, by name.
	writeFileSync(path, csvOf(['id', 'date_start', 'title', 'kind', SVG], [['bad-2', '2022-03-15', 'Workshop', 'workshop', 'x']]));
	await page.getByTestId('import-file').setInputFiles(path);
	await expect(alert.getByRole('listitem').filter({ hasText: 'is not a column' })).toContainText(`“${SVG}”`);
	await expectNothingRan(page);
});

test('pasted news with payloads in an item’s title sentence: the preview and the added event show them as text', async ({ page }) => {
	await armTraps(page);
	// The title is cut from the phrase after "workshop on", which stops at . : ( ) — so a payload that needs none of them
	// (a tagged template calls alert) lands in the title, and the shared payloads follow in the same sentence.
	const inTitle = '<img src=x onerror=alert`1`>';
	const news = readFileSync('tests/fixtures/import/pasted-news.txt', 'utf8').replace(
		'a regional workshop on risk analysis at border crossing points',
		`a regional workshop on ${inTitle} risk analysis at the ${IMG} ${SCRIPT} ${SVG} border crossing points`
	);
	await ready(page);
	await openImport(page);
	await page.getByTestId('import-text').fill(news);
	await page.getByTestId('import-extract').click();
	const preview = page.getByTestId('import-preview');
	const first = preview.locator('tbody tr.event').first();
	await expect(first).toBeVisible({ timeout: 60_000 });
	// The title is an editable field: the payload is its value, not markup.
	await expect(first.locator('input[data-field="title"]')).toHaveValue(`Workshop on ${inTitle} risk analysis`);
	await first.getByRole('button', { name: 'Show the text' }).click();
	await expect(preview.getByTestId('import-source')).toContainText(`${inTitle} risk analysis at the ${IMG} ${SCRIPT} ${SVG}`);
	await page.getByTestId('import-add').click();
	await expect(page.getByTestId('import-result')).toContainText('Added 5 events');
	await closeImport(page);

	const row = page.getByTestId('event-list').locator('tbody tr').filter({ hasText: inTitle });
	await expect(row).toHaveCount(1);
	await row.getByRole('button').click();
	await expect(page.getByTestId('event-source').getByRole('heading', { level: 2 })).toHaveText(`Workshop on ${inTitle} risk analysis`);
	await expect(page.getByTestId('source-text')).toContainText(`${IMG} ${SCRIPT} ${SVG}`);
	await expectNothingRan(page);
});

test('a scene named with payloads shows them as text in the scenes list and the presentation', async ({ page }) => {
	await armTraps(page);
	await ready(page);
	await page.getByTestId('scenes-open').click();
	await page.getByTestId('scene-name').fill(IMG);
	await page.getByTestId('scene-caption').fill(`${SCRIPT} ${IFRAME}`);
	await page.getByTestId('scene-save').click();
	const item = page.getByTestId('scene-item');
	await expect(item.getByTestId('scene-item-name')).toHaveText(IMG);
	await expect(item).toContainText(SCRIPT);
	// The buttons' accessible names quote the scene name too (attributes, not markup).
	await expect(page.getByRole('button', { name: `Delete the scene “${IMG}”` })).toHaveCount(1);

	await page.getByTestId('present-start').click();
	await expect(page.getByTestId('presentation')).toBeVisible();
	await expect(page.getByTestId('presentation-title')).toHaveText(IMG);
	await expect(page.getByTestId('presentation-caption')).toHaveText(`${SCRIPT} ${IFRAME}`);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('presentation')).toHaveCount(0);
	await expectNothingRan(page);
});

test('a shared deck whose titles, captions and selections are payloads presents them as text', async ({ page }) => {
	await armTraps(page);
	const deck = {
		format: 'bomca-atlas-scenes',
		version: 1,
		scenes: [
			{ name: SVG, caption: JS_URL, search: '', camera: null, domain: null, level: 'org' },
			{ name: IFRAME, caption: IMG, search: `partner=${encodeURIComponent(SCRIPT)}`, camera: null, domain: null, level: 'org' }
		]
	};
	await page.goto(`/?present=1&deck=${Buffer.from(JSON.stringify(deck)).toString('base64url')}`);
	await expect(page.getByTestId('presentation')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('presentation-title')).toHaveText(SVG);
	await expect(page.getByTestId('presentation-caption')).toHaveText(JS_URL);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2');
	await expect(page.getByTestId('presentation-title')).toHaveText(IFRAME);
	await expect(page.getByTestId('presentation-caption')).toHaveText(IMG);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expectNothingRan(page);
});
