// The page's links through the URL: chips filter every view and the URL, a URL reproduces a view, clear and back/forward restore.
import { expect, test, type Page } from '@playwright/test';
import { events, hasPartner, involves, overlaps, partnersByCount } from './expected';

const count = (page: Page) => page.getByTestId('event-count');
const listRows = (page: Page) => page.getByTestId('event-list').locator('tbody tr[data-id]');

/** The page answers live (DuckDB started) once the progress bar is gone and the count is drawn. */
async function ready(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expect(count(page)).not.toHaveText('');
}

test('a partner chip filters the count, the list and the URL; clicking it again restores everything', async ({ page }) => {
	const [[partner, n]] = partnersByCount();
	expect(n).toBeLessThan(events.length);
	await ready(page);
	await expect(count(page)).toHaveText(String(events.length));
	const chip = page.getByTestId('facet-partners').locator(`button[data-value="${partner}"]`);
	await expect(chip.getByTestId('chip-count')).toHaveText(String(n));
	await chip.click();
	await expect(page).toHaveURL(new RegExp(`[?&]partner=${partner}(&|$)`));
	await expect(count(page)).toHaveText(String(n));
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await expect(listRows(page)).toHaveCount(n);
	await expect(page.getByTestId('active-filters')).toContainText(partner);
	await chip.click();
	await expect(page).not.toHaveURL(/partner=/);
	await expect(count(page)).toHaveText(String(events.length));
});

test('a URL reproduces a view: partners, country and a date range combine', async ({ page }) => {
	const partners = partnersByCount().slice(0, 2).map(([id]) => id);
	const from = '2018-01-01';
	const to = '2019-12-31';
	const expected = events.filter((e) => partners.some((p) => hasPartner(e, p)) && overlaps(e, from, to)).length;
	await ready(page, `/?from=${from}&to=${to}&partner=${partners.join(',')}`);
	await expect(count(page)).toHaveText(String(expected));
	for (const p of partners) {
		await expect(page.getByTestId('facet-partners').locator(`button[data-value="${p}"]`)).toHaveAttribute('aria-pressed', 'true');
	}
	await expect(listRows(page)).toHaveCount(expected);

	const country = 'KGZ';
	const withCountry = events.filter((e) => involves(e, country)).length;
	await ready(page, `/?country=${country}`);
	await expect(count(page)).toHaveText(String(withCountry));
});

test('clear all restores the whole dataset and an empty URL; back and forward step through selections', async ({ page }) => {
	const [[first], [second]] = partnersByCount();
	await ready(page);
	const chips = page.getByTestId('facet-partners');
	await chips.locator(`button[data-value="${first}"]`).click();
	await expect(page).toHaveURL(new RegExp(`partner=${first}`));
	await page.waitForTimeout(700); // a pause: the next change is a new history entry, not a replacement
	await page.getByTestId('facet-kinds').locator('button').first().click();
	await expect(page).toHaveURL(/kind=/);
	await page.waitForTimeout(700);
	await page.getByTestId('clear-all').click();
	await expect(page).toHaveURL(/\/$/);
	await expect(count(page)).toHaveText(String(events.length));
	await expect(page.getByTestId('clear-all')).toBeDisabled();

	await page.goBack();
	await expect(page).toHaveURL(/kind=/);
	await page.goBack();
	await expect(page).not.toHaveURL(/kind=/);
	await expect(page).toHaveURL(new RegExp(`partner=${first}`));
	await expect(count(page)).toHaveText(String(events.filter((e) => hasPartner(e, first)).length));
	await page.goForward();
	await expect(page).toHaveURL(/kind=/);
	expect(second).toBeTruthy();
});

test('unknown and malformed URL values are ignored with a visible notice, never a crash', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await ready(page, `/?from=2019-13-45&partner=NOPE,${encodeURIComponent("')--")}&country=XXX&kind=party&place=atlantis`);
	const notices = page.getByTestId('url-notices');
	await expect(notices).toBeVisible();
	for (const bad of ['2019-13-45', 'NOPE', 'XXX', 'party', 'atlantis']) await expect(notices).toContainText(bad);
	await expect(count(page)).toHaveText(String(events.length));
	expect(errors).toEqual([]);
});

test('opening an event shows its source text with the extracted facts highlighted', async ({ page }) => {
	await ready(page);
	// A news event (the record's rows have no text to highlight).
	const news = events.find((e) => e.source.endsWith('.txt'))!;
	const first = page.getByTestId('event-list').locator(`tr[data-id="${news.id}"]`);
	const title = (await first.locator('button').textContent())?.trim() ?? '';
	await first.locator('button').click();
	const dialog = page.getByTestId('event-source');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading')).toHaveText(title);
	await expect(dialog.getByTestId('source-text').locator('mark.date')).not.toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('two partners mean any of them, and the pill says so; pmode=all asks for events with both', async ({ page }) => {
	const pair = ['SBG-LV', 'RTU'];
	const either = events.filter((e) => pair.some((p) => hasPartner(e, p)));
	const both = events.filter((e) => pair.every((p) => hasPartner(e, p)));
	expect(both.length).toBeGreaterThan(0);
	expect(both.length).toBeLessThan(either.length);
	await ready(page, `/?partner=${pair.join(',')}`);
	await expect(count(page)).toHaveText(String(either.length));
	const pill = page.getByTestId('active-filters');
	await expect(pill).toContainText('Partner (any of)');
	await page.getByTestId('pmode-all').click();
	await expect(page).toHaveURL(/[?&]pmode=all(&|$)/);
	await expect(count(page)).toHaveText(String(both.length));
	await expect(pill).toContainText('Partner (all of)');
	await expect(page.getByTestId('pmode-all')).toHaveAttribute('aria-pressed', 'true');
	await expect(listRows(page)).toHaveCount(both.length);
	await page.getByTestId('pmode-any').click();
	await expect(page).not.toHaveURL(/pmode=/);
	await expect(count(page)).toHaveText(String(either.length));
});
