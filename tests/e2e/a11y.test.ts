// Accessibility: axe-core finds no serious or critical violation on the dashboard, its dialogs and the presentation; every view has a table alternative; the import dialog works by keyboard.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
}

async function ready(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
}

test('the dashboard has no serious or critical axe violation, filtered or not', async ({ page }) => {
	await ready(page, '/');
	expect(await seriousViolations(page)).toEqual([]);
	await ready(page, '/?from=2018-02-01&to=2018-06-30&kind=workshop');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the source dialog has no serious or critical axe violation', async ({ page }) => {
	await ready(page, '/');
	await page.getByTestId('event-list').locator('tbody tr button').first().click();
	await expect(page.getByTestId('event-source')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('map, timeline and network each offer a table for screen readers', async ({ page }) => {
	await ready(page, '/');
	for (const id of ['map-table', 'timeline-table', 'network-table']) {
		const table = page.getByTestId(id);
		await expect(table).toHaveCount(1);
		expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
	}
});

test('presentation mode has no serious or critical axe violation', async ({ page }) => {
	const deck = {
		format: 'bomca-atlas-scenes',
		version: 1,
		scenes: [
			{ name: 'The whole programme', caption: 'Every event of the dataset', search: '', camera: null, domain: null, level: 'org' },
			{ name: 'Workshops', caption: '', search: 'kind=workshop', camera: null, domain: null, level: 'country' }
		]
	};
	await ready(page, `/?present=1&deck=${Buffer.from(JSON.stringify(deck)).toString('base64url')}`);
	await expect(page.getByTestId('presentation')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	// The second scene (first enabled "previous" button, other network level) too.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2');
	await expect(page.getByTestId('network')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect(await seriousViolations(page)).toEqual([]);
});

test('the import dialog has no serious or critical axe violation: empty, with an error alert, with the news preview', async ({ page }) => {
	await ready(page, '/');
	await page.getByTestId('import-open').click();
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toBeVisible();
	// The database must be up, or the dialog shows its "not ready" note instead of the enabled controls.
	await expect(page.getByTestId('import-file')).toBeEnabled({ timeout: 60_000 });
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/bad-kind.csv');
	await expect(page.getByTestId('import-errors')).toBeVisible({ timeout: 60_000 });
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByTestId('import-text').fill(readFileSync('tests/fixtures/import/pasted-news.txt', 'utf8'));
	await page.getByTestId('import-extract').click();
	await expect(page.getByTestId('import-preview').locator('tbody tr.event')).toHaveCount(5, { timeout: 60_000 });
	await page.getByTestId('import-preview').locator('tbody tr.event').first().getByRole('button', { name: 'Show the text' }).click();
	await expect(page.getByTestId('import-source')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the import dialog opens, works and closes by keyboard alone, and focus returns to its button', async ({ page }) => {
	await ready(page, '/');
	const opener = page.getByTestId('import-open');
	const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
	/** Presses Tab until the element with `testId` has the focus: it must be reachable in the tab order. */
	async function tabTo(testId: string, limit = 80) {
		for (let i = 0; i < limit; i++) {
			if ((await focusedTestId()) === testId) return;
			await page.keyboard.press('Tab');
		}
		expect(await focusedTestId(), `${testId} is not reached with Tab`).toBe(testId);
	}
	await tabTo('import-open');
	await page.keyboard.press('Enter');
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toBeVisible();
	await expect(page.getByTestId('import-file')).toBeEnabled({ timeout: 60_000 });

	// The mode radios: Tab reaches the checked one, arrows move the choice, Space keeps it.
	await tabTo('import-mode-add');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('import-mode-replace')).toBeChecked();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('import-mode-add')).toBeChecked();

	await tabTo('import-text');
	// What a paste does: the text arrives at once.
	await page.keyboard.insertText(readFileSync('tests/fixtures/import/pasted-news.txt', 'utf8'));
	await page.keyboard.press('Tab');
	expect(await focusedTestId()).toBe('import-extract');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('import-preview').locator('tbody tr.event')).toHaveCount(5, { timeout: 60_000 });

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	// Nothing was added: closing is not confirming.
	await expect(page.getByTestId('imported-badge')).toHaveCount(0);
});
