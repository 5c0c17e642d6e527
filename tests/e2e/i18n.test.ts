// English and Russian: `lang=ru` gives a Russian page with the registry's Russian names, the header switch keeps the selection, bad values are noticed.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { registry } from '../unit/ingest/registries';
import { events, hasPartner, partnersByCount } from './expected';

const count = (page: Page) => page.getByTestId('event-count');

async function ready(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	await expect(count(page)).not.toHaveText('');
}

/** The registries (summary.json) are in: URL values are checked and the total is drawn; the database may still be starting. */
async function drawn(page: Page, url: string) {
	await page.goto(url);
	await expect(count(page)).toHaveText(String(events.length), { timeout: 30_000 });
}

/** The place that hosted most events, with its names from the registry. */
function busiestPlace(): { id: string; name: string; name_ru: string } {
	const n = new Map<string, number>();
	for (const e of events) if (e.place && e.place.id !== e.country) n.set(e.place.id, (n.get(e.place.id) ?? 0) + 1);
	const [id] = [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	const p = registry.placeById.get(id)!;
	return { id, name: p.name, name_ru: p.name_ru };
}

const CYRILLIC = /[А-Яа-яЁё]/;

/** UI strings of the English page that must not be left in the Russian one, by the panel that would show them. */
function englishLeftovers(page: Page): [Locator, string[]][] {
	return [
		[page.locator('header.top'), ['BOMCA activity atlas', 'Border Management Programme', 'Clear all', ' events']],
		[page.locator('aside.side'), ['Partners', 'Countries', 'Kind of activity', 'Topic', 'Workshop', 'Training', 'Show ']],
		[page.getByTestId('timeline').locator('.controls, .legend'), ['Play', 'Moving window', 'Window:', 'All dates', 'faint', 'Other countries']],
		[page.getByTestId('network').locator('.bar, ul.legend'), ['Agencies', 'Countries', 'shared events', 'International partners']],
		[page.getByTestId('map').locator('details.legend'), ['Legend', 'events at a place', 'country activity', 'Shift-drag']],
		[page.getByTestId('event-list').locator('h2, thead'), ['Events', 'Date', 'Place', 'Partners']]
	];
}

test('lang=ru shows a Russian page: headings, filters, legends, registry names, dates and <html lang>', async ({ page }) => {
	test.slow(); // waits for the database, then reads every panel
	await ready(page, '/?lang=ru');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас деятельности BOMCA');
	await expect(count(page)).toHaveText(String(events.length));

	for (const [facet, heading] of [
		['partners', 'Партнёры'],
		['countries', 'Страны'],
		['kinds', 'Вид мероприятия'],
		['topics', 'Тема']
	]) {
		await expect(page.getByTestId(`facet-${facet}`).getByRole('heading')).toHaveText(heading);
	}
	// Countries and topics by the registry's Russian names.
	const kaz = registry.placeById.get('KAZ')!;
	await expect(page.getByTestId('facet-countries').locator('button[data-value="KAZ"]')).toContainText(kaz.name_ru);
	const topic = events.find((e) => e.topic)!.topic!;
	const topicRu = registry.topics.find((t) => t.id === topic)!.name_ru;
	await expect(page.getByTestId('facet-topics').locator(`button[data-value="${topic}"]`)).toHaveAttribute('title', new RegExp(`^${topicRu}`));

	// Legends of the map, the timeline and the network.
	await expect(page.getByTestId('map').locator('details.legend summary')).toHaveText('Легенда');
	await expect(page.getByTestId('timeline').locator('.legend')).toContainText('бледные — вне остальных фильтров');
	await expect(page.getByTestId('network').locator('ul.legend').last()).toContainText('Международные партнёры');

	// A host place in Cyrillic, from the registry, in the map's table and the event list.
	const place = busiestPlace();
	expect(place.name_ru).toMatch(CYRILLIC);
	await expect(page.getByTestId('map-table').locator(`tr[data-key="${place.id}"] th`)).toHaveText(place.name_ru);
	// The place column (titles of the record are English text and may name the city).
	const placeCells = (await page.getByTestId('event-list').locator('tbody td:nth-child(3)').allInnerTexts()).join('\n');
	expect(placeCells).toContain(place.name_ru);
	expect(placeCells).not.toContain(place.name);

	// Dates with Russian month abbreviations.
	await expect(page.getByTestId('event-list').locator('td.date').first()).toHaveText(
		/\d+ (янв\.|февр\.|мар\.|апр\.|мая|июн\.|июл\.|авг\.|сент\.|окт\.|нояб\.|дек\.)( \d{4})?/
	);

	for (const [where, strings] of englishLeftovers(page)) {
		const text = (await where.allInnerTexts()).join('\n');
		expect(text, 'the panel has text').toMatch(CYRILLIC);
		for (const s of strings) expect(text, `"${s}" left in English`).not.toContain(s);
	}
});

test('the header switch changes the language and keeps the selection in the URL; the count stays', async ({ page }) => {
	test.slow(); // waits for the database, then three navigations
	const [[partner]] = partnersByCount();
	const n = String(events.filter((e) => hasPartner(e, partner)).length);
	expect(Number(n)).toBeLessThan(events.length);
	await ready(page, `/?partner=${partner}&net=country`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(count(page)).toHaveText(n);
	const en = page.getByTestId('lang-en');
	const ru = page.getByTestId('lang-ru');
	await expect(en).toHaveAttribute('aria-pressed', 'true');
	await expect(ru).toHaveAttribute('aria-pressed', 'false');

	await ru.click();
	await expect(page).toHaveURL(/[?&]lang=ru(&|$)/);
	await expect(page).toHaveURL(new RegExp(`[?&]partner=${partner}(&|$)`));
	await expect(page).toHaveURL(/[?&]net=country(&|$)/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Атлас деятельности BOMCA');
	await expect(ru).toHaveAttribute('aria-pressed', 'true');
	await expect(count(page)).toHaveText(n);
	await expect(page.getByTestId('facet-partners').locator(`button[data-value="${partner}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('network').getByRole('button', { name: 'Страны' })).toHaveAttribute('aria-pressed', 'true');

	// By keyboard, back to English: the parameter goes, the selection stays.
	await en.focus();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/lang=/);
	await expect(page).toHaveURL(new RegExp(`[?&]partner=${partner}(&|$)`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('BOMCA activity atlas');
	await expect(count(page)).toHaveText(n);

	// Back in history returns to Russian.
	await page.goBack();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(count(page)).toHaveText(n);
});

test('an unknown lang value shows English with a notice; notices about the link are in the page language', async ({ page }) => {
	test.slow(); // three page loads
	await drawn(page, '/?lang=xx');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('BOMCA activity atlas');
	await expect(page.getByTestId('url-notices')).toContainText('lang="xx"');

	await drawn(page, '/?lang=en');
	await expect(page.getByTestId('url-notices')).toHaveCount(0);

	await drawn(page, '/?lang=ru&partner=NOPE&from=2019-13-45');
	const notices = page.getByTestId('url-notices');
	await expect(notices).toContainText('NOPE');
	await expect(notices).toContainText('нет в данных');
	await expect(notices).toContainText('2019-13-45');
	await expect(notices).not.toContainText('ignored');
	await expect(count(page)).toHaveText(String(events.length));
});
