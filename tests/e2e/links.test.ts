// Linked views: a selection in the timeline, the network or the map filters every other view, each checked against the ingest's own events.
import { expect, test, type Page } from '@playwright/test';
import type { Event } from '../../src/lib/model/event';
import { events, hasOrg, overlaps } from './expected';

const count = (page: Page) => page.getByTestId('event-count');

async function ready(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
}

/** The map's host marks as its table alternative lists them: key → events. */
async function mapMarks(page: Page): Promise<Record<string, number>> {
	const rows = page.getByTestId('map-table').locator('tr[data-key]');
	const out: Record<string, number> = {};
	for (const row of await rows.all()) out[(await row.getAttribute('data-key'))!] = Number(await row.getAttribute('data-n'));
	return out;
}

/** The same, computed from the events: a city's id, or '@' + ISO3 for an event placed at a country only. */
function expectedMarks(list: Event[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const e of list) {
		if (!e.country) continue;
		const key = e.place ? e.place.id : `@${e.country}`;
		out[key] = (out[key] ?? 0) + 1;
	}
	return out;
}

test('brushing the timeline filters the map, the network and the list, and sets from/to', async ({ page }) => {
	await ready(page);
	const brush = page.getByTestId('timeline-brush');
	const box = (await brush.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.55, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const url = new URL(page.url());
	const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
	const inside = events.filter((e) => overlaps(e, from, to));
	expect(inside.length).toBeGreaterThan(0);
	expect(inside.length).toBeLessThan(events.length);

	await expect(count(page)).toHaveText(String(inside.length));
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect.poll(() => mapMarks(page)).toEqual(expectedMarks(inside));
	await expect(page.getByTestId('event-list').locator('tbody tr')).toHaveCount(inside.length);
	// Network nodes outside the interval fade: a node's n is the events it attended inside it.
	const node = page.getByTestId('network').locator('[data-id]').first();
	const id = (await node.getAttribute('data-id'))!;
	await expect(node).toHaveAttribute('data-n', String(inside.filter((e) => hasOrg(e, id)).length));
});

test('selecting a network node filters the map and the timeline', async ({ page }) => {
	await ready(page);
	// The best-connected organisation that is not in every event, so the filter shows.
	const byOrg = new Map<string, number>();
	for (const e of events) for (const o of [...e.partners, ...e.agencies]) byOrg.set(o.id, (byOrg.get(o.id) ?? 0) + 1);
	const [org] = [...byOrg].filter(([, n]) => n < events.length).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	const attended = events.filter((e) => hasOrg(e, org));
	// Undated events count, but have no bar on the timeline.
	const drawn = attended.filter((e) => e.date_start !== null);

	await page.getByTestId('network').locator(`[data-id="${org}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`org=${org}`));
	await expect(count(page)).toHaveText(String(attended.length));
	await expect.poll(() => mapMarks(page)).toEqual(expectedMarks(attended));
	const active = page.getByTestId('timeline').locator('rect[data-id].active');
	await expect(active).toHaveCount(drawn.length);
	for (const e of drawn) await expect(page.getByTestId('timeline').locator(`rect[data-id="${e.id}"]`)).toHaveClass(/active/);
});

test('clicking a place on the map filters the timeline and the network', async ({ page }) => {
	await ready(page);
	const marks = expectedMarks(events);
	const [key] = Object.entries(marks)
		.filter(([k]) => !k.startsWith('@'))
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	const there = events.filter((e) => e.place?.id === key);
	// The table alternative is visually hidden: select through it as a keyboard user does.
	await page.getByTestId('map-table').locator(`tr[data-key="${key}"] button`).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`place=${key}`));
	await expect(count(page)).toHaveText(String(there.length));
	await expect(page.getByTestId('timeline').locator('rect[data-id].active')).toHaveCount(there.length);
	// The map keeps its context: every mark stays, the others dimmed rather than removed.
	await expect.poll(async () => Object.keys(await mapMarks(page)).sort()).toEqual(Object.keys(marks).sort());
});
