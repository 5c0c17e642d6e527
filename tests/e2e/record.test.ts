// The programme's public record in the browser: undated events counted and listed apart, places abroad on the map and reachable, every event traceable to its page (source view, CSV), the data said in both languages.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { expect, test, type Page } from '@playwright/test';
import { events, involves, overlaps } from './expected';

// One page for the whole file: each goto restarts DuckDB, the slow part, so the tests share the page and go in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const undated = events.filter((e) => e.date_start === null);
const count = (page: Page) => page.getByTestId('event-count');
let page: Page;

async function open(url: string) {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline']) await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
test.afterAll(async () => {
	await page?.close();
});

test('the bundled data is the record and the news: 2015–2022, the undated counted, said beside the count', async () => {
	expect(events.length).toBeGreaterThan(100);
	expect(undated.length).toBe(23);
	await open('/');
	await expect(count(page)).toHaveText(String(events.length));
	await expect(page.getByTestId('data-caption')).toHaveText(
		`of ${events.length} events from the programme’s public news, 2015–2022 (${undated.length} undated)`
	);
	await expect(page.getByTestId('list-caption')).toHaveText(`${events.length} events from the programme’s public news, 2015–2022 (${undated.length} undated)`);
});

test('the timeline says how many are undated, and its button shows them in the list', async () => {
	const button = page.getByTestId('timeline-undated');
	await expect(button).toHaveText(`⋯${undated.length} undated`);
	await button.click();
	const section = page.getByTestId('undated-list');
	await expect(section.locator('tr[data-id]')).toHaveCount(undated.length);
	await expect(section).toBeInViewport();
	await expect(page.locator(':focus')).toHaveAttribute('class', /open/);
	const ids = await section.locator('tr[data-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
	expect(new Set(ids)).toEqual(new Set(undated.map((e) => e.id)));
	await expect(section.locator('td.date').first()).toContainText('no date');
});

test('a time window shows its year and leaves the undated out, saying so; the button clears it', async () => {
	const in2016 = events.filter((e) => overlaps(e, '2016-01-01', '2016-12-31'));
	expect(in2016.length).toBeGreaterThan(5);
	await open('/?from=2016-01-01&to=2016-12-31');
	await expect(count(page)).toHaveText(String(in2016.length));
	await expect(page.getByTestId('undated-list')).toHaveCount(0);
	await expect(page.getByTestId('undated-note')).toHaveText(`${undated.length} events have no date and are left out by the time window.`);
	const rows = page.getByTestId('event-list').locator('tr[data-id]');
	await expect(rows).toHaveCount(in2016.length);
	for (const d of await rows.locator('td.date').allTextContents()) expect(d).toContain('2016');
	const button = page.getByTestId('timeline-undated');
	await expect(button).toContainText('left out');
	await button.click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(count(page)).toHaveText(String(events.length));
});

test('country=LVA shows the study visits in Latvia, drawn on the map where they were, reached with the Abroad control', async () => {
	const latvia = events.filter((e) => involves(e, 'LVA'));
	expect(latvia.length).toBeGreaterThan(0);
	await open('/?country=LVA');
	await expect(count(page)).toHaveText(String(latvia.length));
	const keys = await page.getByTestId('map-table').locator('tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
	const hosted = latvia.filter((e) => e.country === 'LVA').map((e) => e.place?.id ?? '@LVA');
	expect(hosted.length).toBeGreaterThan(0);
	expect(keys).toEqual(expect.arrayContaining([...new Set(hosted)]));

	const abroad = page.getByTestId('map-abroad');
	await expect(abroad).toBeVisible();
	await expect(abroad).toHaveAttribute('title', /Riga|Latvia/);
	await abroad.click();
	const back = page.getByTestId('map-back');
	await expect(back).toBeVisible({ timeout: 20_000 });
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await back.click();
	await expect(page.getByTestId('map-abroad')).toBeVisible({ timeout: 20_000 });
});

test('a record event’s source links its page in a new tab and names its row; a merged news event keeps its highlighted text', async () => {
	await open('/');
	const record = events.find((e) => e.source.endsWith('.csv') && e.date_start !== null && e.source_url)!;
	const list = page.getByTestId('event-list');
	await list.locator(`tr[data-id="${record.id}"] button`).click();
	const dialog = page.getByTestId('event-source');
	await expect(dialog).toBeVisible();
	const link = dialog.getByTestId('source-link');
	await expect(link).toHaveAttribute('href', record.source_url!);
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(dialog.getByTestId('source-provenance')).toContainText(`public record (${record.source}), line ${record.record_line}`);
	// The row itself, column by column.
	const row = dialog.getByTestId('source-text');
	await expect(row.locator('dt', { hasText: 'Activity' }).locator('+ dd')).toHaveText(record.item_id);
	await expect(row.locator('dt', { hasText: 'First day' }).locator('+ dd')).toHaveText(record.date_start!);
	await expect(row.locator('dt', { hasText: 'Title' }).locator('+ dd')).toHaveText(record.title);
	await page.keyboard.press('Escape');

	const merged = events.find((e) => e.source.endsWith('.txt') && e.record_line)!;
	await list.locator(`tr[data-id="${merged.id}"] button`).click();
	await expect(dialog.getByTestId('source-text').locator('mark.date')).not.toHaveCount(0);
	await expect(dialog.getByTestId('source-link')).toHaveAttribute('href', merged.source_url!);
	await expect(dialog.getByTestId('source-provenance')).toContainText(`Also in the programme’s public record, line ${merged.record_line}`);
	await page.keyboard.press('Escape');
});

test('the CSV has every event with its page (source_url), the undated with empty dates and their flag', async () => {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-csv').click()]);
	const rows = csvParse(readFileSync((await download.path())!).subarray(3).toString('utf8'));
	expect(rows.columns.at(-1)).toBe('source_url');
	expect(rows.length).toBe(events.length);
	const byId = new Map(rows.map((r) => [r.id, r]));
	for (const e of events) expect(byId.get(e.id)!.source_url, e.id).toBe(e.source_url ?? '');
	for (const e of undated) {
		expect(byId.get(e.id)!.date_start).toBe('');
		expect(byId.get(e.id)!.flags).toContain('undated');
	}
});

test('in Russian the data is said in Russian', async () => {
	await open('/?lang=ru');
	await expect(page.getByTestId('data-caption')).toHaveText(
		`из ${events.length} события из публичных новостей программы, 2015–2022 (${undated.length} без даты)`
	);
	await expect(page.getByTestId('timeline-undated')).toHaveText(`⋯${undated.length} без даты`);
});
