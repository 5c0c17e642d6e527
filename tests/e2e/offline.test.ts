// Offline: while the dashboard loads and is used, every request goes to the page's own origin.
import { expect, test } from '@playwright/test';

test('loading and using the dashboard requests nothing from any other host', async ({ page, context, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	/** data: and blob: URLs never leave the page; blob:http://host/… carries its origin inside. */
	const foreign = () =>
		requests.filter((u) => !u.startsWith('data:') && new URL(u.startsWith('blob:') ? u.slice(5) : u).origin !== origin);

	await page.goto('/');
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
	await page.getByTestId('facet-partners').locator('button').first().click();
	await expect(page).toHaveURL(/partner=/);
	const brush = (await page.getByTestId('timeline-brush').boundingBox())!;
	await page.mouse.move(brush.x + brush.width * 0.1, brush.y + brush.height / 2);
	await page.mouse.down();
	await page.mouse.move(brush.x + brush.width * 0.9, brush.y + brush.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=/);
	await page.getByTestId('map-zoom-in').click();
	await page.getByRole('button', { name: /countries/i }).first().click();
	await page.getByTestId('clear-all').click();
	await page.getByTestId('event-list').locator('tbody tr button').first().click();
	await expect(page.getByTestId('event-source')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');

	expect(requests.length).toBeGreaterThan(5);
	expect(foreign()).toEqual([]);
});
