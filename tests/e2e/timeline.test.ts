// The timeline's own controls drive the URL's time clause: a drag sets from/to, a click clears them, playback sweeps them, keys move them.
import { expect, test, type Page } from '@playwright/test';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function ready(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	const timeline = page.getByTestId('timeline');
	await expect(timeline).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(timeline.locator('rect[data-id]').first()).toBeVisible();
}

function timeOf(page: Page): [string | null, string | null] {
	const params = new URL(page.url()).searchParams;
	return [params.get('from'), params.get('to')];
}

/** A horizontal drag across the brush area, between two fractions of its width. */
async function drag(page: Page, a: number, b: number) {
	const box = (await page.getByTestId('timeline-brush').boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * a, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * ((a + b) / 2), y, { steps: 5 });
	await page.mouse.move(box.x + box.width * b, y, { steps: 5 });
	await page.mouse.up();
}

test('dragging across the timeline puts whole days in from/to; a click without a drag clears them', async ({ page }) => {
	await ready(page);
	await drag(page, 0.3, 0.6);
	await expect.poll(() => timeOf(page)[0]).toMatch(DAY);
	const [from, to] = timeOf(page);
	expect(to).toMatch(DAY);
	expect(from! <= to!).toBe(true);
	await expect(page.getByTestId('timeline-brush').locator('.selection')).toBeVisible();

	const box = (await page.getByTestId('timeline-brush').boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.05, box.y + box.height / 2);
	await expect.poll(() => timeOf(page)).toEqual([null, null]);
	await expect(page.getByTestId('timeline-brush').locator('.selection')).toBeHidden();
});

test('the play button sweeps from/to through time and pausing keeps the last window', async ({ page }) => {
	await ready(page);
	const play = page.getByTestId('timeline-play');
	await play.click();
	await expect.poll(() => timeOf(page)[0]).toMatch(DAY);
	const first = timeOf(page);
	await expect.poll(() => timeOf(page), { timeout: 10_000 }).not.toEqual(first);
	const later = timeOf(page);
	expect(later[1]! > first[1]!).toBe(true);

	await play.click();
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	// One navigation may still be on its way when the pause lands.
	await page.waitForTimeout(300);
	const paused = timeOf(page);
	expect(paused[0]).toMatch(DAY);
	await page.waitForTimeout(700);
	expect(timeOf(page)).toEqual(paused);
});

test('the time window can be set, moved and cleared from the keyboard', async ({ page }) => {
	await ready(page);
	await page.getByRole('application', { name: /timeline/i }).focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => timeOf(page)[0]).toMatch(DAY);
	const start = timeOf(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => timeOf(page)[0]).not.toBe(start[0]);
	expect(timeOf(page)[0]! > start[0]!).toBe(true);
	await page.keyboard.press('Escape');
	await expect.poll(() => timeOf(page)).toEqual([null, null]);
});

test('a burst of brush steps: the views follow each one, the URL takes the last once they rest, and Back undoes the burst', async ({ page }) => {
	await ready(page);
	const count = page.getByTestId('event-count');
	const timeline = page.getByRole('application', { name: /timeline/i });
	const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
	await timeline.focus();
	// Two lone steps, with rests (steps less than 200 ms apart make one burst): the second gives the step's size.
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => timeOf(page)[0]).toMatch(DAY);
	await page.waitForTimeout(500);
	const start = timeOf(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => timeOf(page)[0]).not.toBe(start[0]);
	await page.waitForTimeout(500);
	const before = page.url();
	const first = timeOf(page);
	const step = days(first[0]!) - days(start[0]!);
	expect(step).toBeGreaterThan(0);
	const shown = await count.textContent();
	const entries = await page.evaluate(() => history.length);

	// Five steps in quick succession (a held key): the views answer the moved window.
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(count).not.toHaveText(shown!);
	// Resting: the URL holds the last window, five steps on, and stays there.
	await expect.poll(() => days(timeOf(page)[0]!) - days(first[0]!)).toBe(5 * step);
	const last = timeOf(page);
	const after = page.url();
	await page.waitForTimeout(700);
	expect(timeOf(page)).toEqual(last);
	const counted = await count.textContent();
	// The burst is one history entry: its first step's, given the last window in place.
	expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	// One Back undoes the whole burst.
	await page.goBack();
	await expect.poll(() => page.url()).toBe(before);
	await expect.poll(() => timeOf(page)).toEqual(first);
	await expect(count).toHaveText(shown!);
	// Forward shows the burst's last window again, as the address says, not its first step's.
	await page.goForward();
	await expect.poll(() => page.url()).toBe(after);
	await expect(count).toHaveText(counted!);
	await expect(page.getByTestId('timeline-from')).toHaveValue(last[0]!);
});

test('typed dates and presets set from/to as the brush does; a bad range says why and changes nothing', async ({ page }) => {
	await ready(page);
	const from = page.getByTestId('timeline-from');
	const to = page.getByTestId('timeline-to');
	await from.fill('2019-02-01');
	await to.fill('2019-05-31');
	await to.press('Enter');
	await expect.poll(() => timeOf(page)).toEqual(['2019-02-01', '2019-05-31']);
	await expect(page.getByTestId('timeline-brush').locator('.selection')).toBeVisible();

	// From after to: a message, and the window stays.
	await from.fill('2019-07-01');
	await page.getByTestId('timeline-range-set').click();
	await expect(page.getByTestId('timeline-range-problem')).toBeVisible();
	expect(timeOf(page)).toEqual(['2019-02-01', '2019-05-31']);

	await page.getByTestId('timeline-preset-year').selectOption('2018');
	await expect.poll(() => timeOf(page)).toEqual(['2018-01-01', '2018-12-31']);
	await expect(page.getByTestId('timeline-range-problem')).toBeHidden();
	await expect(from).toHaveValue('2018-01-01');

	await page.getByTestId('timeline-preset-last12').click();
	await expect.poll(() => timeOf(page)[1]).not.toBe('2018-12-31');
	const [a, b] = timeOf(page);
	expect(Date.parse(b!) - Date.parse(a!)).toBeGreaterThan(360 * 86_400_000);

	await page.getByTestId('timeline-preset-all').click();
	await expect.poll(() => timeOf(page)).toEqual([null, null]);

	// The by-country switch stacks the bars per country and names the countries under them.
	const byCountry = page.getByTestId('timeline-by-country');
	await byCountry.click();
	await expect(byCountry).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('timeline').locator('.legend')).toContainText('Kyrgyzstan');
});

test('slow brush steps in a row are one stream: one router navigation, at its start', async ({ page }) => {
	// 1,000 generated events: each step waits for the map's frame, which takes long here (software WebGL).
	await page.goto('/?data=bench-1000');
	type Hook = { brush(a: string, b: string): Promise<number>; navigations(): number; viewsReady(): boolean };
	await page.waitForFunction(() => (window as unknown as { __atlas?: Hook }).__atlas?.viewsReady(), null, { timeout: 60_000 });
	const run = (windows: [string, string][]) =>
		page.evaluate(async (ws) => {
			const atlas = (window as unknown as { __atlas: Hook }).__atlas;
			const before = atlas.navigations();
			const steps: number[] = [];
			for (const [i, [a, b]] of ws.entries()) {
				steps.push(await atlas.brush(a, b));
				// A hand moving on: the next step comes at once (the views still busy) or 120 ms after this one is drawn.
				if (i % 2) await new Promise((r) => setTimeout(r, 120));
			}
			return { navigations: atlas.navigations() - before, steps };
		}, windows);
	const windows = Array.from({ length: 8 }, (_, i): [string, string] => [`${2010 + i}-01-01`, `${2012 + i}-06-30`]);
	const { navigations, steps } = await run(windows);
	expect(navigations, `steps took ${steps.map(Math.round).join(', ')} ms`).toBe(1);
	// Resting, the URL takes the last window.
	await expect.poll(() => timeOf(page)).toEqual(windows[7]);
});
