// The map draws Central Asia from the site's own files, lists the seed's host marks for keyboards, and selects a place into the URL.
import { expect, test } from '@playwright/test';
import { events } from './expected';
import { distinctColours } from './pixels';

/** The dataset's host marks: a city id, or '@' + ISO3 for the events placed at a country only. */
const MARKS = [...new Set(events.filter((e) => e.country).map((e) => (e.place ? e.place.id : `@${e.country}`)))].sort();
const BUSIEST_CITY = Object.entries(
	events.reduce<Record<string, number>>((acc, e) => (e.place ? { ...acc, [e.place.id]: (acc[e.place.id] ?? 0) + 1 } : acc), {})
).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);


test('the map draws the region, lists every host mark of the data, and a row selects its place into the URL', async ({
	page,
	context
}) => {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:')) return;
		const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
		if (!LOCAL_HOSTS.has(new URL(inner).hostname)) foreign.push(url);
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));

	await page.goto('/');
	const map = page.getByTestId('map');
	const rows = page.locator('[data-testid="map-table"] tbody tr');
	await expect(rows).toHaveCount(MARKS.length, { timeout: 60_000 });
	await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });

	const keys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
	expect(keys.sort()).toEqual(MARKS);
	const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-n'))));
	expect(counts.every((n) => n > 0)).toBe(true);
	// Every event with a host country is on exactly one mark.
	expect(counts.reduce((a, b) => a + b, 0)).toBe(events.filter((e) => e.country).length);

	// A blank or failed WebGL canvas is one colour; land, water, borders, circles and labels make thousands.
	const canvas = map.locator('canvas.maplibregl-canvas');
	await expect(canvas).toBeVisible();
	expect(await distinctColours(page, await canvas.screenshot())).toBeGreaterThan(300);

	// The table's buttons are the keyboard's way to select a mark: the same selection a click on the circle makes.
	const button = page.locator(`[data-testid="map-table"] tr[data-key="${BUSIEST_CITY}"] button`);
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`[?&]place=${BUSIEST_CITY}(&|$)`));
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(map).toHaveAttribute('data-state', 'ready');

	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('before MapLibre has drawn, an SVG sketch shows every mark where the map then draws it', async ({ page }) => {
	// MapLibre's worker is held back, so the sketch is surely up first whatever the machine's speed.
	await page.route('**/maplibre-gl-worker*', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await route.continue();
	});
	await page.goto('/');
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-painted', 'sketch', { timeout: 30_000 });
	const sketch = page.getByTestId('map-sketch');
	await expect(sketch.locator('.mark')).toHaveCount(MARKS.length);
	const keys = await sketch.locator('.mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
	expect(keys.sort()).toEqual(MARKS);
	const at = await sketch.locator(`circle[data-key="${BUSIEST_CITY}"]`).evaluate((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));

	// MapLibre's first frame replaces it.
	await expect(map).toHaveAttribute('data-painted', 'map', { timeout: 30_000 });
	await expect(sketch).toHaveCount(0);
	// The focus ring is placed where MapLibre projects the mark: the sketch drew it there too.
	await page.locator(`[data-testid="map-table"] tr[data-key="${BUSIEST_CITY}"] button`).focus();
	const ring = await map.locator('.focus-ring').boundingBox();
	const root = await map.boundingBox();
	expect(ring && root).toBeTruthy();
	expect(Math.abs(ring!.x + ring!.width / 2 - root!.x - at.x)).toBeLessThan(2);
	expect(Math.abs(ring!.y + ring!.height / 2 - root!.y - at.y)).toBeLessThan(2);
});

test('the layers control hides and shows flows, host marks and shading from the keyboard; dense places group at low zoom and split on zoom', async ({ page }) => {
	await page.goto('/?data=bench-1000');
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-painted', 'map', { timeout: 60_000 });
	await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });

	// data-hidden-layers is read back from MapLibre's own layers after each change.
	await expect(map).toHaveAttribute('data-hidden-layers', '');
	const toggle = page.getByTestId('map-layers');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const flows = page.getByTestId('map-layer-flows');
	await expect(flows).toBeChecked();
	await flows.focus();
	await page.keyboard.press('Space');
	await expect(flows).not.toBeChecked();
	await expect(map).toHaveAttribute('data-hidden-layers', 'flows');
	await page.getByTestId('map-layer-shading').uncheck();
	await expect(map).toHaveAttribute('data-hidden-layers', 'flows shading');
	await page.getByTestId('map-layer-hosts').uncheck();
	await expect(map).toHaveAttribute('data-hidden-layers', 'flows hosts shading');
	await page.getByTestId('map-layer-hosts').check();
	await flows.check();
	await page.getByTestId('map-layer-shading').check();
	await expect(map).toHaveAttribute('data-hidden-layers', '');
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toBeFocused();

	// A thousand events over the region's towns: some circles overlap at the framed zoom and are grouped.
	const groups = async () => Number(await map.getAttribute('data-groups'));
	await expect.poll(groups).toBeGreaterThan(0);
	const framed = await groups();
	for (let i = 0; i < 3; i++) await page.getByTestId('map-zoom-in').click();
	await expect.poll(groups, { timeout: 20_000 }).toBeLessThan(framed);
});

test('a moving brush does not regroup the map’s places: the groups follow once it rests', async ({ page }) => {
	// Regrouping hands MapLibre new data, laid out in its worker over several frames: mid-stream it made a brush step
	// three to four times slower, once a second. 1,000 generated events, with groups at the framed zoom.
	await page.goto('/?data=bench-1000');
	type Hook = { brush(a: string, b: string): Promise<number>; viewsReady(): boolean };
	await page.waitForFunction(() => (window as unknown as { __atlas?: Hook }).__atlas?.viewsReady(), null, { timeout: 60_000 });
	const map = page.getByTestId('map');
	const groups = async () => Number(await map.getAttribute('data-groups'));
	await expect.poll(groups).toBeGreaterThan(0);
	const whole = await groups();

	// One year (grouped otherwise than the whole span), then three seconds of steps back to back over nearly the whole
	// span, each drawn before the next. A step that comes within 250 ms of the last one drawn continues a stream and
	// must leave the groups as they are; only a step after a slow one (a lone change) may regroup. (The old page
	// regrouped once a second within a stream: seen here whenever that regroup landed on other groups.)
	const { seen, ms } = await page.evaluate(async () => {
		const atlas = (window as unknown as { __atlas: Hook }).__atlas;
		const map = document.querySelector('[data-testid="map"]')!;
		const ms = [await atlas.brush('2012-01-01', '2012-12-31')];
		const seen = [Number(map.getAttribute('data-groups'))];
		const t0 = performance.now();
		for (let i = 0; performance.now() - t0 < 3000; i++) {
			ms.push(await atlas.brush(i % 2 ? '2000-01-01' : '2010-01-01', '2039-12-31'));
			seen.push(Number(map.getAttribute('data-groups')));
		}
		return { seen, ms };
	});
	const story = `groups after each step: ${seen.join(' ')}; steps took ${ms.map(Math.round).join(' ')} ms`;
	expect(seen[0], 'one year groups otherwise than the whole span').not.toBe(whole);
	for (let i = 1; i < seen.length; i++) if (ms[i - 1] < 200) expect(seen[i], `step ${i}: ${story}`).toBe(seen[i - 1]);
	// The stream ran long enough to be regrouped within it (the old page caught up once a second).
	let run = 0;
	let longest = 0;
	for (const t of ms.slice(1)) longest = Math.max(longest, (run = t < 200 ? run + t : 0));
	expect(longest, story).toBeGreaterThan(1200);
	// Resting on the whole span, the places regroup for it.
	await page.evaluate(() => (window as unknown as { __atlas: Hook }).__atlas.brush('1990-01-01', '2039-12-31'));
	await expect.poll(groups).toBe(whole);
});
