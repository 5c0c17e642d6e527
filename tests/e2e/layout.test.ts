// The page at the sizes managers use: no sideways scrolling, every view wide enough, controls whole, the filters as a panel with 44 px targets on a phone, and a load that neither shifts nor claims "no event".
import { expect, test, type Page } from '@playwright/test';

/** Installed before the page's own scripts: the layout shifts from navigation on, and whether the list ever said it found nothing. */
function watchLoading() {
	const w = window as unknown as { __shift: number; __noMatch: boolean };
	w.__shift = 0;
	w.__noMatch = false;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
			if (!e.hadRecentInput) w.__shift += e.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	// What is drawn (innerText leaves out the print sheet, hidden on screen), read once a frame while the page changes.
	let queued = false;
	const look = () => {
		queued = false;
		if (document.body?.innerText.includes('No event matches')) w.__noMatch = true;
	};
	new MutationObserver(() => {
		if (!queued) requestAnimationFrame(look);
		queued = true;
	}).observe(document, { childList: true, subtree: true, characterData: true });
}

async function open(page: Page) {
	await page.addInitScript(watchLoading);
	await page.goto('/');
	await expect(page.locator('[data-testid="event-count"][data-state="live"]')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await expect(page.getByTestId('network')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const loading = await page.evaluate(() => {
		const w = window as unknown as { __shift: number; __noMatch: boolean };
		return { shift: w.__shift, noMatch: w.__noMatch };
	});
	expect(loading.noMatch, '"No event matches" was shown while loading').toBe(false);
	expect(loading.shift, 'cumulative layout shift from navigation to live').toBeLessThan(0.05);
}

/** Sideways overflow, each view's box, and the controls whose text does not fit their box. */
function measure(page: Page) {
	return page.evaluate(() => {
		const width = (sel: string) => Math.round(document.querySelector(sel)?.getBoundingClientRect().width ?? 0);
		const controls = [
			...document.querySelectorAll<HTMLElement>('[data-testid="network"] .switch button, [data-testid="timeline"] button, [data-testid="map"] button, header button')
		].filter((e) => e.offsetParent !== null);
		return {
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth,
			views: { map: width('[data-testid="map"]'), timeline: width('[data-testid="timeline"]'), network: width('[data-testid="network"]'), list: width('[data-testid="event-list"]') },
			controls: controls.length,
			clipped: controls.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.trim())
		};
	});
}

const SIZES: [number, number, number][] = [
	// width, height, the least width of each view's box
	[390, 844, 340],
	[768, 1024, 700],
	[1024, 768, 700],
	[1280, 720, 360],
	[1920, 1080, 600]
];

for (const [width, height, least] of SIZES) {
	test(`${width}x${height}: no sideways scrolling, views at least ${least} px wide, controls whole, a load without shifts`, async ({ browser }) => {
		const page = await browser.newPage({ viewport: { width, height } });
		await open(page);
		const m = await measure(page);
		expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
		for (const [view, w] of Object.entries(m.views)) expect(w, view).toBeGreaterThanOrEqual(least);
		expect(m.controls).toBeGreaterThan(8);
		expect(m.clipped).toEqual([]);
		await expect(page.getByTestId('network').locator('.switch button').nth(1)).toBeVisible();

		if (width >= 1280) {
			// The list starts on the first screen, and the header takes well under a quarter of it.
			const list = (await page.getByTestId('event-list').boundingBox())!;
			expect(list.y + 120).toBeLessThan(height);
			expect((await page.locator('header.top').boundingBox())!.height).toBeLessThan(height / 4);
		}
		if (width < 900) await phone(page, width);
		await page.close();
	});
}

/** A phone: the filters are a panel behind a button; every button, chip and toggle is a 44 px target. */
async function phone(page: Page, width: number) {
	const toggle = page.getByTestId('filters-toggle');
	const panel = page.locator('#filters-panel');
	await expect(panel).toBeHidden();
	const small = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, summary')]
			.filter((e) => e.offsetParent !== null && !e.closest('table, .sr-only'))
			.filter((e) => {
				const r = e.getBoundingClientRect();
				return r.width < 44 || r.height < 44;
			})
			.map((e) => e.textContent?.trim())
	);
	expect(small).toEqual([]);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(panel).toBeVisible();
	await expect(page.getByTestId('filters-close')).toBeFocused();
	const chip = page.getByTestId('facet-kinds').locator('button.chip').first();
	const box = (await chip.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	await chip.click();
	await expect(page).toHaveURL(/kind=/);
	await expect(page.getByTestId('facet-kinds').getByTestId('facet-note')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(toggle).toBeFocused();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toContainText('(1)');
}
