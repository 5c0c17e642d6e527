// Tooltips by keyboard list a mark's events: a map place row, a network node and a timeline bar, with the count the view shows, in English and Russian.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { events, hasOrg } from './expected';

async function ready(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.getByTestId('event-count')).toHaveAttribute('data-state', /ready|live/, { timeout: 60_000 });
}

/** The place that hosted most events, and its events newest first (the list's order: undated last, then by id). */
function busiestPlace() {
	const n = new Map<string, number>();
	for (const e of events) if (e.place && e.place.id !== e.country) n.set(e.place.id, (n.get(e.place.id) ?? 0) + 1);
	const [id] = [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	const key = (d: string | null) => d ?? '';
	const own = events
		.filter((e) => e.place?.id === id)
		.sort((a, b) => (key(a.date_start) === key(b.date_start) ? (a.id < b.id ? -1 : 1) : key(a.date_start) > key(b.date_start) ? -1 : 1));
	return { id, titles: own.map((e) => e.title) };
}

/** A listing's count, its titles, and that the titles shown plus "and N more" add up to the count. */
async function listing(peek: Locator, more: RegExp): Promise<{ n: number; titles: string[] }> {
	await expect(peek).toBeVisible();
	const n = Number(await peek.getAttribute('data-n'));
	const titles = await peek.locator('li .title').allTextContents();
	expect(titles.length).toBeGreaterThan(0);
	if (n > titles.length) await expect(peek.locator('.more')).toHaveText(new RegExp(`${more.source}\\s*${n - titles.length}`));
	else await expect(peek.locator('.more')).toHaveCount(0);
	return { n, titles };
}

test('tooltips by keyboard list the events of a place, a node and a bin, with the view’s count', async ({ page }) => {
	await ready(page, '/');
	const place = busiestPlace();
	const map = page.getByTestId('map');
	await page.locator(`[data-testid="map-table"] tr[data-key="${place.id}"] button`).focus();
	const m = await listing(map.getByTestId('event-peek'), /and/);
	expect(m.n).toBe(place.titles.length);
	await expect(map.locator('.tip')).toContainText(`${m.n} events`);
	expect(m.titles).toEqual(place.titles.slice(0, m.titles.length));

	// The network's keyboard focus shows the first node's tooltip: its events under no filter are all it attended.
	const network = page.getByTestId('network');
	const svg = network.locator('svg[role="listbox"]');
	await svg.focus();
	const node = await network.locator(`#${await svg.getAttribute('aria-activedescendant')}`).getAttribute('data-id');
	const nodeEvents = events.filter((e) => hasOrg(e, node!));
	const k = await listing(network.getByRole('tooltip').getByTestId('event-peek'), /and/);
	expect(k.n).toBe(nodeEvents.length);
	await expect(network.getByRole('tooltip')).toContainText(`${k.n} events`);
	for (const t of k.titles) expect(nodeEvents.map((e) => e.title)).toContain(t);

	// A timeline bar's tooltip lists its bin's selected events: as many as it says are selected.
	const timeline = page.getByTestId('timeline');
	await timeline.locator('rect.bar[tabindex="0"]').focus();
	const b = await listing(timeline.getByRole('tooltip').getByTestId('event-peek'), /and/);
	await expect(timeline.getByRole('tooltip')).toContainText(`· ${b.n} selected`);

	// In Russian: the heading and "and N more".
	await ready(page, `/?lang=ru`);
	await page.locator(`[data-testid="map-table"] tr[data-key="${place.id}"] button`).focus();
	const ru = map.getByTestId('event-peek');
	await listing(ru, /и ещё/);
	await expect(ru.locator('.heading')).toHaveText('Последние события');
	await expect(ru.locator('.more')).toHaveText(/^и ещё \d+$/);
});
