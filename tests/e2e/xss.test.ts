// Hostile text reaching the page (URL parameters) is shown as text: no script runs, no element is injected.
import { expect, test } from '@playwright/test';
import { armTraps, expectNothingRan, PAYLOADS } from './traps';

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
