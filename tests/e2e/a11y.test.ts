// Accessibility: axe-core finds no serious or critical violation on the dashboard, and every view has a table alternative.
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
