// Presenting for a room: every text on the slide readable at the projector's size, controls off the slide when idle,
// the deck's theme, the large date readout while playing, and brushing and selecting by touch on a phone.
import { expect, test, type Page } from '@playwright/test';
import { drawnTexts } from './texts';

const deck = (theme?: 'dark' | 'light') =>
	Buffer.from(
		JSON.stringify({
			format: 'bomca-atlas-scenes',
			version: 1,
			...(theme ? { theme } : {}),
			scenes: [{ name: 'All events', caption: 'The programme as a whole', search: '', camera: null, domain: null, level: 'org' }]
		})
	).toString('base64url');

async function ready(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
}

/** The controls leave the slide once nothing moves: the zoom, Play, speed and legend controls among them. */
async function controlsGone(page: Page) {
	for (const id of ['timeline-play', 'timeline-zoom-in', 'map-zoom-in', 'presentation-leave']) {
		await expect(page.getByTestId(id)).toBeHidden({ timeout: 10_000 });
	}
	await expect(page.getByTestId('map').locator('details')).toBeHidden();
	await expect(page.getByTestId('timeline').getByRole('group', { name: 'Speed' })).toBeHidden();
}

test('at 1920×1080 and 1280×720 every text on the slide is at least 20 px and 13.3 px; controls leave when idle; Esc leaves', async ({ page }) => {
	for (const [width, height, least] of [
		[1920, 1080, 20],
		[1280, 720, 13.3]
	]) {
		await page.setViewportSize({ width, height });
		await ready(page, `/?present=1&deck=${deck()}`);
		await controlsGone(page);
		// The map's picture fills its panel: the legend strip lies over its foot while presenting, leaving no empty band.
		const [frame, panel] = await Promise.all([page.getByTestId('map').locator('.frame').boundingBox(), page.getByTestId('map').boundingBox()]);
		expect(frame!.height, `${width}×${height}`).toBeGreaterThan(panel!.height * 0.95);
		const texts = await drawnTexts(page);
		// The views are there to be measured: ticks, labels, legends and the count.
		expect(texts.length).toBeGreaterThan(30);
		expect(texts.map((t) => t.text)).toContain('Events per quarter');
		expect(texts[0].px, `${width}×${height}: ${JSON.stringify(texts.slice(0, 5))}`).toBeGreaterThanOrEqual(least);
		// A move brings the controls back.
		await page.mouse.move(300, 300);
		await page.mouse.move(320, 310);
		await expect(page.getByTestId('timeline-play')).toBeVisible();
	}
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('presentation')).toHaveCount(0);
	await expect(page.getByTestId('clear-all')).toBeVisible();
	// Back on the dashboard the views draw at their own sizes again.
	const axis = page.getByTestId('timeline').locator('.axis text').first();
	expect(await axis.evaluate((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGGraphicsElement).getScreenCTM()!.a)).toBe(11);
});

test('the deck’s theme colours the slide: dark unless the deck says light', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const bar = () => page.getByTestId('presentation').evaluate((el) => getComputedStyle(el).backgroundColor);
	await ready(page, `/?present=1&deck=${deck()}`);
	expect(await bar()).toBe('rgb(11, 26, 51)');
	await ready(page, `/?present=1&deck=${deck('light')}`);
	expect(await bar()).toBe('rgb(255, 255, 255)');
	await expect(page.getByTestId('presentation-title')).toHaveCSS('color', 'rgb(11, 26, 51)');

	// The scenes panel chooses it, and its link carries it.
	await page.keyboard.press('Escape');
	await ready(page, '/');
	await page.getByTestId('scenes-open').click();
	await page.getByTestId('scene-save').click();
	await page.getByTestId('scenes-theme').selectOption('light');
	await page.getByTestId('present-start').click();
	await expect(page.getByTestId('presentation')).toBeVisible();
	expect(await bar()).toBe('rgb(255, 255, 255)');
});

test('a large readout of the window’s dates while Play runs, on the dashboard and on a slide', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await ready(page, '/');
	const readout = page.getByTestId('timeline-readout');
	await expect(readout).toHaveCount(0);
	await page.getByTestId('timeline-play').click();
	await expect(readout).toBeVisible();
	await expect(readout).toHaveText(/\d{4}/);
	await page.getByTestId('timeline-play').click();
	await expect(readout).toHaveCount(0);

	await ready(page, `/?present=1&deck=${deck()}`);
	await page.mouse.move(300, 300);
	await page.mouse.move(320, 310);
	await page.getByTestId('timeline-play').click();
	await expect(readout).toBeVisible();
	// It stays while the controls leave the slide, and reads from the back of the room.
	await expect(page.getByTestId('timeline-play')).toBeHidden({ timeout: 10_000 });
	await expect(readout).toBeVisible();
	expect(await readout.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(36);
});

test.describe('by touch on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a finger drawn across the timeline sets from/to; a tapped network node is selected', async ({ page }) => {
		await ready(page, '/');
		const brush = page.getByTestId('timeline-brush');
		await brush.scrollIntoViewIfNeeded();
		const box = (await brush.boundingBox())!;
		const y = box.y + box.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
		await touch('touchStart', box.x + box.width * 0.3);
		for (let i = 1; i <= 8; i++) await touch('touchMove', box.x + box.width * (0.3 + (0.3 * i) / 8));
		await touch('touchEnd', 0);
		await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		const network = page.getByTestId('network');
		const id = await network.getByTestId('network-table').locator('tbody tr').first().getAttribute('data-id');
		const node = network.locator(`g[data-id="${id}"]`);
		await node.scrollIntoViewIfNeeded();
		await node.tap();
		await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe(id);
	});
});
