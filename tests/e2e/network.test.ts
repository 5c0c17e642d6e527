// The network view on the page: a click selects an organisation in the URL, the level toggle collapses agencies into countries, a time range re-weights without moving a node.
import { expect, test, type Page } from '@playwright/test';
import { distinctColours } from './pixels';

const network = (page: Page) => page.getByTestId('network');

/** The network drew the rows of the live database (not only the precomputed first view). */
async function ready(page: Page) {
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expect(network(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
	await expect(network(page).locator('g[data-id]').first()).toBeVisible();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each node's transform and filtered count, by id. */
const nodeState = (page: Page) =>
	network(page)
		.locator('g[data-id]')
		.evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-id'), [g.getAttribute('transform'), g.getAttribute('data-n')]])));

test('clicking a node puts org=<its id> into the URL and outlines it', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await ready(page);
	// The table lists nodes largest first: the first row is a big, easy target.
	const id = await network(page).getByTestId('network-table').locator('tbody tr').first().getAttribute('data-id');
	expect(id).toBeTruthy();
	await network(page).locator(`g[data-id="${id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`[?&]org=${escape(encodeURIComponent(id!))}(&|$)`));
	await expect(network(page).locator(`g[data-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
	// The picture itself is painted on the canvas under the options: node colours, faded nodes, links and labels.
	expect(await distinctColours(page, await network(page).locator('canvas').screenshot())).toBeGreaterThan(40);
	expect(errors).toEqual([]);
});

test('the Countries toggle collapses agencies into country nodes, and Agencies brings them back', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const countries = network(page).getByRole('button', { name: 'Countries' });
	await countries.click();
	await expect(countries).toHaveAttribute('aria-pressed', 'true');
	await expect(network(page)).toHaveAttribute('data-state', 'ready');
	await expect
		.poll(async () => (await network(page).locator('g[data-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')))).join(' '))
		.toMatch(/\bKAZ\b/);
	const ids = await network(page).locator('g[data-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')!));
	// Agencies of the programme countries are gone: only ISO3 codes and international partners remain.
	expect(ids.filter((id) => /^(kaz|kgz|tjk|tkm|uzb)-/.test(id))).toEqual([]);

	await network(page).getByRole('button', { name: 'Agencies' }).click();
	await expect(network(page).locator('g[data-id="KAZ"]')).toHaveCount(0);
	await expect(network(page)).toHaveAttribute('data-state', 'ready');
});

test('a time range in the URL re-weights the network without moving any node', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const size = await network(page).locator('svg[role="listbox"]').boundingBox();
	const before = await nodeState(page);

	await page.goto('/?from=2018-01-01&to=2018-12-31');
	await ready(page);
	// Wait for the filtered counts (the precomputed first view shows all events until the database answers).
	await expect
		.poll(async () => {
			const now = await nodeState(page);
			return Object.keys(now).some((id) => now[id][1] !== before[id]?.[1]);
		})
		.toBe(true);
	expect(await network(page).locator('svg[role="listbox"]').boundingBox()).toEqual(size);
	const after = await nodeState(page);
	expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
	for (const id of Object.keys(before)) expect(after[id][0], id).toBe(before[id][0]);
});

test('the network draws only its strongest links and says so, lists a selected node’s partners, and has a matrix', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const label = network(page).getByTestId('network-threshold-label');
	await expect(label).toHaveText(/^Strongest \d+ of \d+ links$/);
	const [shown, all] = (await label.textContent())!.match(/\d+/g)!.map(Number);
	expect(shown).toBeLessThan(all);
	// The links are painted on the canvas, which says how many.
	const links = network(page).locator('canvas');
	await expect(links).toHaveAttribute('data-links', String(shown));
	await network(page).getByTestId('network-threshold').fill('5');
	await expect(label).toHaveText(`Strongest 5 of ${all} links`);
	await expect(links).toHaveAttribute('data-links', '5');
	await network(page).getByRole('button', { name: 'More links' }).click();
	await expect(label).not.toHaveText(`Strongest 5 of ${all} links`);
	expect(Number((await label.textContent())!.match(/\d+/)![0])).toBeGreaterThan(5);

	// A selected node lists whom it worked with, most shared events first.
	await page.goto('/?org=FRONTEX');
	await ready(page);
	const panel = network(page).getByTestId('network-neighbours');
	await expect(panel.getByRole('heading')).toHaveText('FRONTEX worked with');
	const counts = await panel.locator('li .n').evaluateAll((els) => els.map((e) => Number(e.textContent!.split('/')[0])));
	expect(counts.length).toBeGreaterThan(1);
	expect(counts).toEqual([...counts].sort((a, b) => b - a));

	// The matrix: partners by agencies; a row header selects its agency as a node click would.
	await network(page).getByTestId('network-view-matrix').click();
	const matrix = network(page).getByTestId('network-matrix');
	await expect(matrix.locator('tbody tr').first()).toBeVisible();
	const row = await matrix.locator('tbody tr').first().getAttribute('data-id');
	await matrix.locator('tbody tr').first().locator('th button').click({ modifiers: ['Shift'] });
	await expect(page).toHaveURL(new RegExp(`[?&]org=[^&]*${escape(encodeURIComponent(row!))}`));
	await network(page).getByTestId('network-view-graph').click();
	await expect(matrix).toHaveCount(0);
});
