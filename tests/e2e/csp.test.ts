// The built site runs under a Content-Security-Policy with no inline or eval'd script, and nothing it does violates it.
import { expect, test } from '@playwright/test';

test('the page carries a strict script policy and loads, filters and draws without a violation', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	await page.goto('/');
	const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
	const script = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
	expect(script).toContain("'self'");
	expect(script).not.toContain("'unsafe-inline'");
	expect(script).not.toContain("'unsafe-eval'");
	expect(policy).toContain("default-src 'self'");

	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.getByTestId('facet-kinds').locator('button').first().click();
	await expect(page).toHaveURL(/kind=/);
	await expect(page.getByTestId('network')).toHaveAttribute('data-state', 'ready');
	expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
