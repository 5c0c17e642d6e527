// The event list in the browser: the search box writes q and narrows every view (Cyrillic too), the columns sort, the pages reach every event.
import { expect, test, type Page } from '@playwright/test';
import { readBundle, readRegistry } from '../../scripts/bundle';

// One page for the whole file: each goto restarts DuckDB, the slow part, so the tests share the page and go in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const reg = readRegistry('data');
const bundle = readBundle('data', reg);
const events = bundle.events;
const places = new Map(reg.places.map((p) => [p.id, p]));
const orgs = new Map(reg.orgs.map((o) => [o.id, o]));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The events a search finds, worked out here from the bundle (not from the SQL under test). */
function found(q: string): string[] {
	const w = fold(q);
	return events
		.filter((e) => {
			const p = e.place ? places.get(e.place.id) : undefined;
			const item = e.spans.item ?? [0, 0];
			const texts = [e.title, p?.name ?? '', p?.name_ru ?? '', (bundle.texts[e.source] ?? '').slice(item[0], item[1])];
			for (const o of [...e.partners, ...e.agencies]) {
				const r = orgs.get(o.id);
				if (r) texts.push(r.short, r.name, r.name_ru);
			}
			return texts.some((t) => fold(t).includes(w));
		})
		.map((e) => e.id);
}

let page: Page;
const count = () => page.getByTestId('event-count');
const list = () => page.getByTestId('event-list');
const label = () => page.getByTestId('list-page-label');
const rowIds = () => list().locator('tbody tr[data-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	await page.goto('/');
	await expect(page.locator('[data-testid="event-count"][data-state="live"]')).toHaveCount(1, { timeout: 60_000 });
});
test.afterAll(async () => {
	await page?.close();
});

test('typing in the search box writes q to the URL and narrows the count; Cyrillic finds the Russian names', async () => {
	const box = page.getByTestId('list-search');
	await expect(box).toHaveAccessibleName('Search events');
	const frontex = found('frontex');
	expect(frontex.length).toBeGreaterThan(0);
	expect(frontex.length).toBeLessThan(events.length);
	await box.pressSequentially('FRONTEX', { delay: 30 });
	await expect(page).toHaveURL(/[?&]q=FRONTEX(&|$)/);
	await expect(count()).toHaveText(String(frontex.length));
	await expect(label()).toHaveText(`1–${frontex.length} of ${frontex.length}`);
	expect(new Set(await rowIds())).toEqual(new Set(frontex));
	await expect(page.getByTestId('active-filters')).toContainText(/Search\s*“FRONTEX”/);

	// Enter searches at once; Russian words find the places' and agencies' Russian names.
	const bishkek = found('бишкек');
	expect(bishkek.length).toBeGreaterThan(0);
	await box.fill('бишкек');
	await box.press('Enter');
	await expect(page).toHaveURL(/q=%D0%B1/);
	await expect(count()).toHaveText(String(bishkek.length));
	expect(new Set(await rowIds())).toEqual(new Set(bishkek));
	for (const e of events.filter((e) => e.place?.id === 'bishkek')) expect(bishkek).toContain(e.id);

	// A search with a partner: both apply. The pill's × removes the search and empties the box.
	await page.goto('/?q=border&partner=OSCE');
	await expect(page.locator('[data-testid="event-count"][data-state="live"]')).toHaveCount(1, { timeout: 60_000 });
	const osce = new Set(events.filter((e) => e.partners.some((p) => p.id === 'OSCE')).map((e) => e.id));
	await expect(count()).toHaveText(String(found('border').filter((id) => osce.has(id)).length));
	await expect(box).toHaveValue('border');
	await page.getByTestId('active-filters').getByRole('button', { name: /Search/ }).click();
	await expect(page).not.toHaveURL(/q=/);
	await expect(box).toHaveValue('');
});

test('the date, place, kind and partner heads sort, again the other way, with aria-sort; by keyboard too', async () => {
	await page.goto('/');
	await expect(page.locator('[data-testid="event-count"][data-state="live"]')).toHaveCount(1, { timeout: 60_000 });
	const head = (name: string) => list().locator(`th:has(button[data-sort="${name}"])`);
	await expect(head('date')).toHaveAttribute('aria-sort', 'descending');
	await head('place').locator('button').click();
	await expect(head('place')).toHaveAttribute('aria-sort', 'ascending');
	await expect(head('date')).not.toHaveAttribute('aria-sort');
	const placesShown = async () => (await list().locator('tbody td.place').allInnerTexts()).map((t) => t.trim().toLowerCase()).filter(Boolean);
	const named = events
		.map((e) => (e.place ? places.get(e.place.id) : e.country ? places.get(e.country) : undefined)?.name.toLowerCase())
		.filter((n): n is string => !!n)
		.sort();
	await expect.poll(async () => (await placesShown())[0]).toBe(named[0]);
	const asc = await placesShown();
	expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	await head('place').locator('button').click();
	await expect(head('place')).toHaveAttribute('aria-sort', 'descending');
	await expect.poll(async () => (await placesShown())[0]).toBe(named[named.length - 1]);
	const desc = await placesShown();
	expect(desc).toEqual([...desc].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));

	await head('kind').locator('button').focus();
	await page.keyboard.press('Enter');
	await expect(head('kind')).toHaveAttribute('aria-sort', 'ascending');
	await expect.poll(async () => (await list().locator('tbody td.kind').first().innerText()).trim()).toBe('Conference');
});

test('pages reach every event: next, previous and the words say where you are', async () => {
	// Under the kind order (from the test before): two pages, 121 different events.
	await expect(label()).toHaveText(`1–100 of ${events.length}`);
	await expect(page.getByTestId('list-page-prev')).toBeDisabled();
	const first = await rowIds();
	expect(first).toHaveLength(100);
	await page.getByTestId('list-page-next').click();
	await expect(label()).toHaveText(`101–${events.length} of ${events.length}`);
	await expect(page.getByTestId('list-page-next')).toBeDisabled();
	await expect.poll(async () => (await rowIds()).length).toBe(events.length - 100);
	const second = await rowIds();
	expect(new Set([...first, ...second])).toEqual(new Set(events.map((e) => e.id)));
	await page.getByTestId('list-page-prev').click();
	await expect(label()).toHaveText(`1–100 of ${events.length}`);

	// Newest first, the undated come last, in their own section on the second page.
	await list().locator('button[data-sort="date"]').click();
	await expect(list().locator('th:has(button[data-sort="date"])')).toHaveAttribute('aria-sort', 'descending');
	await page.getByTestId('list-page-next').click();
	await expect(label()).toHaveText(`101–${events.length} of ${events.length}`);
	await expect(page.getByTestId('undated-list').locator('tr[data-id]')).toHaveCount(events.length - 100);
});
