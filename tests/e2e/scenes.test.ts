// Scenes and presentation mode: saved views survive a reload, round-trip through a file, reject bad files, and step through full screen.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { events, hasPartner, involves, partnersByCount } from './expected';

async function ready(page: Page, url = '/') {
	await page.goto(url);
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const view of ['map', 'timeline', 'network']) {
		await expect(page.getByTestId(view)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	}
}

/** Two selections with different event counts, so each scene visibly changes the views: a partner, and the busiest country. */
const [[partnerA]] = partnersByCount();
const countA = events.filter((e) => hasPartner(e, partnerA)).length;
const countries = [...new Set(events.flatMap((e) => [e.country, ...e.participant_countries]).filter((c): c is string => !!c))];
const countOf = (iso3: string) => events.filter((e) => involves(e, iso3)).length;
const countryB = countries.sort((a, b) => countOf(b) - countOf(a) || a.localeCompare(b)).find((c) => countOf(c) !== countA)!;
const countB = countOf(countryB);

/** Opens the drawer if needed and saves the page's current view under `name`. */
async function saveScene(page: Page, name: string, caption = '') {
	if (!(await page.getByTestId('scenes-panel').isVisible())) await page.getByTestId('scenes-open').click();
	await page.getByTestId('scene-name').fill(name);
	if (caption) await page.getByTestId('scene-caption').fill(caption);
	await page.getByTestId('scene-save').click();
	await expect(page.getByTestId('scene-item').filter({ hasText: name })).toHaveCount(1);
}

async function saveTwoScenes(page: Page) {
	await ready(page, `/?partner=${partnerA}`);
	await saveScene(page, `Partner ${partnerA}`, `Every event with ${partnerA}`);
	await ready(page, `/?country=${countryB}&net=country`);
	await saveScene(page, `Country ${countryB}`);
}

const names = (page: Page) => page.getByTestId('scene-item-name').allTextContents();

test('saved scenes survive a reload, and showing one restores its selection and network level', async ({ page }) => {
	await saveTwoScenes(page);
	await ready(page, page.url());
	await page.getByTestId('scenes-open').click();
	await expect.poll(() => names(page)).toEqual([`Partner ${partnerA}`, `Country ${countryB}`]);
	await expect(page.getByTestId('scene-item').first()).toContainText(`Every event with ${partnerA}`);

	await page.getByTestId('scene-item').first().getByRole('button', { name: /Show the scene/ }).click();
	await expect(page).toHaveURL(new RegExp(`\\?partner=${partnerA}$`));
	await expect(page.getByTestId('event-count')).toHaveText(String(countA));
	await page.getByTestId('scene-item').nth(1).getByRole('button', { name: /Show the scene/ }).click();
	await expect(page).toHaveURL(new RegExp(`country=${countryB}&net=country`));
	await expect(page.getByTestId('event-count')).toHaveText(String(countB));
});

test('rename, reorder by button and keyboard, delete with undo', async ({ page }) => {
	await saveTwoScenes(page);
	const first = page.getByTestId('scene-item').first();
	await first.getByRole('button', { name: 'Rename' }).click();
	await page.getByTestId('scene-rename-name').fill('Opening');
	await page.getByTestId('scene-rename-save').click();
	await expect.poll(() => names(page)).toEqual(['Opening', `Country ${countryB}`]);

	await page.getByRole('button', { name: 'Move “Opening” down' }).click();
	await expect.poll(() => names(page)).toEqual([`Country ${countryB}`, 'Opening']);
	// Focus followed the scene: Alt+↑ moves it back.
	await page.keyboard.press('Alt+ArrowUp');
	await expect.poll(() => names(page)).toEqual(['Opening', `Country ${countryB}`]);

	await page.getByRole('button', { name: 'Delete the scene “Opening”' }).click();
	await expect.poll(() => names(page)).toEqual([`Country ${countryB}`]);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect.poll(() => names(page)).toEqual(['Opening', `Country ${countryB}`]);
	await ready(page, page.url());
	await page.getByTestId('scenes-open').click();
	await expect.poll(() => names(page)).toEqual(['Opening', `Country ${countryB}`]);
});

test('export to a JSON file, delete all, import the file: the same scenes are back', async ({ page }) => {
	await saveTwoScenes(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenes-export').click()]);
	expect(download.suggestedFilename()).toBe('bomca-atlas-scenes.json');
	const path = await download.path();
	const file = JSON.parse(readFileSync(path, 'utf8'));
	expect(file).toMatchObject({ format: 'bomca-atlas-scenes', version: 1 });
	expect(file.scenes.map((s: { search: string; level: string }) => [s.search, s.level])).toEqual([
		[`partner=${partnerA}`, 'org'],
		[`country=${countryB}`, 'country']
	]);

	while (await page.getByTestId('scene-delete').count()) await page.getByTestId('scene-delete').first().click();
	await expect(page.getByTestId('scene-item')).toHaveCount(0);
	await page.getByTestId('scenes-import').setInputFiles(path);
	await expect.poll(() => names(page)).toEqual([`Partner ${partnerA}`, `Country ${countryB}`]);
	await expect(page.getByTestId('scenes-status')).toContainText('Imported 2 scenes');
	// Importing the same file again adds nothing twice.
	await page.getByTestId('scenes-import').setInputFiles(path);
	await expect(page.getByTestId('scenes-status')).toContainText('Imported 0 scenes (2 already in the list');
	await expect(page.getByTestId('scene-item')).toHaveCount(2);
});

test('a malformed or outdated file gives an alert that says where and why, and changes nothing', async ({ page }) => {
	await saveTwoScenes(page);
	const before = await page.evaluate(() => localStorage.getItem('bomca-atlas/scenes'));
	const bad = {
		format: 'bomca-atlas-scenes',
		version: 1,
		scenes: [{ name: 'Fine', caption: '', search: '', camera: null, domain: null, level: 'org' }, { name: 'Broken', caption: '', search: '', camera: { center: [60, 40], zoom: 'far', bearing: 0, pitch: 0 }, domain: null, level: 'org' }]
	};
	const cases: [string, string, RegExp][] = [
		['broken.json', JSON.stringify(bad), /scenes\[1\]\.camera\.zoom: not a number/],
		['old.json', JSON.stringify({ format: 'bomca-atlas-scenes', version: 0, scenes: [] }), /version 0 is outdated/],
		['notes.json', '{"format": "bomca-atlas-scenes", "version": 1, "scenes": [', /not a JSON file/]
	];
	for (const [name, text, why] of cases) {
		await page.getByTestId('scenes-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		const alert = page.getByTestId('scenes-panel').getByRole('alert');
		await expect(alert).toContainText(name);
		await expect(alert).toContainText(why);
		await expect.poll(() => names(page)).toEqual([`Partner ${partnerA}`, `Country ${countryB}`]);
	}
	expect(await page.evaluate(() => localStorage.getItem('bomca-atlas/scenes'))).toBe(before);
});

test('a damaged store loads with a notice and keeps its valid scenes', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() =>
		localStorage.setItem(
			'bomca-atlas/scenes',
			JSON.stringify({
				format: 'bomca-atlas-scenes',
				version: 1,
				scenes: [{ name: 'Kept', caption: '', search: '', camera: null, domain: null, level: 'org' }, { name: 42 }]
			})
		)
	);
	await ready(page);
	await page.getByTestId('scenes-open').click();
	await expect.poll(() => names(page)).toEqual(['Kept']);
	await expect(page.getByTestId('scenes-panel').getByRole('status').first()).toContainText('1 saved scene could not be read');
});

test('a scene keeps the map camera and the timeline zoom it was saved with', async ({ page }) => {
	await ready(page, `/?partner=${partnerA}`);
	await page.getByTestId('map-zoom-in').click();
	await page.getByTestId('timeline-zoom-in').click();
	await page.waitForTimeout(800);
	await saveScene(page, 'Zoomed');
	const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('bomca-atlas/scenes')!).scenes);
	const [zoomed] = await stored();
	expect(zoomed.camera).not.toBeNull();
	expect(zoomed.domain).not.toBeNull();

	// The drawer covers the right of the page; closing it gives the focus back to its button.
	await page.getByRole('button', { name: 'Close the scenes panel' }).click();
	await expect(page.getByTestId('scenes-open')).toBeFocused();
	await page.getByTestId('map-reset').click();
	await page.getByTestId('timeline-zoom-reset').click();
	await page.getByTestId('clear-all').click();
	await page.waitForTimeout(800);
	await saveScene(page, 'Plain');
	const plain = (await stored())[1];
	expect(plain).toMatchObject({ camera: null, domain: null, search: '' });

	// Showing the zoomed scene moves the map and the timeline back; saving again stores the same view.
	await page.getByTestId('scene-item').first().getByRole('button', { name: /Show the scene/ }).click();
	await expect(page).toHaveURL(new RegExp(`partner=${partnerA}`));
	await page.waitForTimeout(2000);
	await saveScene(page, 'Again');
	const again = (await stored())[2];
	expect(again.camera.zoom).toBeCloseTo(zoomed.camera.zoom, 1);
	expect(again.camera.center[0]).toBeCloseTo(zoomed.camera.center[0], 1);
	expect(again.camera.center[1]).toBeCloseTo(zoomed.camera.center[1], 1);
	expect(again.domain).toEqual(zoomed.domain);
});

test('presentation: arrow and clicker keys step through the scenes, Escape leaves', async ({ page }) => {
	await saveTwoScenes(page);
	await page.getByTestId('present-start').click();
	const show = page.getByTestId('presentation');
	await expect(show).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`partner=${partnerA}&present=1&scene=1`));
	await expect(page.getByTestId('presentation-title')).toHaveText(`Partner ${partnerA}`);
	await expect(page.getByTestId('presentation-caption')).toHaveText(`Every event with ${partnerA}`);
	await expect(page.getByTestId('presentation-counter')).toHaveText('1 / 2');
	// No editing chrome: filters, list and the scenes drawer are gone.
	await expect(page.getByTestId('scenes-panel')).toHaveCount(0);
	await expect(page.getByTestId('clear-all')).toBeHidden();
	await expect(page.getByTestId('event-list')).toBeHidden();
	await expect(page.getByTestId('map')).toBeVisible();
	// The views' controls leave the slide once the pointer and keys rest, and a move brings them back.
	await expect(page.getByTestId('timeline-play')).toBeHidden({ timeout: 10_000 });
	await expect(page.getByTestId('presentation-leave')).toBeHidden();
	await page.mouse.move(400, 300);
	await page.mouse.move(420, 320);
	await expect(page.getByTestId('timeline-play')).toBeVisible();
	await expect(page.getByTestId('presentation-leave')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`country=${countryB}&net=country&present=1&scene=2`));
	await expect(page.getByTestId('presentation-title')).toHaveText(`Country ${countryB}`);
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2');
	await expect(page.getByTestId('event-count')).toHaveText(String(countB));
	// At the last scene the next key stays put.
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2');

	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(new RegExp(`partner=${partnerA}&present=1&scene=1`));
	await expect(page.getByTestId('presentation-counter')).toHaveText('1 / 2');
	await expect(page.getByTestId('event-count')).toHaveText(String(countA));
	await page.keyboard.press('Space');
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('presentation-counter')).toHaveText('1 / 2');

	// Escape returns to exactly the view the show was started from (the second scene's page), and the whole show was
	// one history entry: Back then goes to the page before, not into the show again.
	await page.keyboard.press('Escape');
	await expect(show).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`\\?country=${countryB}&net=country$`));
	await expect(page.getByTestId('event-count')).toHaveText(String(countB));
	await expect(page.getByTestId('clear-all')).toBeVisible();
	expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`\\?partner=${partnerA}$`));
	await expect(show).toHaveCount(0);
});

test('a deck in the URL opens the presentation directly; a damaged one shows a notice and the dashboard', async ({ page }) => {
	const deck = {
		format: 'bomca-atlas-scenes',
		version: 1,
		scenes: [
			{ name: 'Все события', caption: 'Программа целиком', search: '', camera: null, domain: null, level: 'org' },
			{ name: `Only ${countryB}`, caption: '', search: `country=${countryB}`, camera: { center: [69, 41], zoom: 5, bearing: 0, pitch: 0 }, domain: null, level: 'org' }
		]
	};
	const encoded = Buffer.from(JSON.stringify(deck)).toString('base64url');
	await page.goto(`/?present=1&deck=${encoded}`);
	await expect(page.getByTestId('presentation')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('presentation-title')).toHaveText('Все события');
	await expect(page.getByTestId('presentation-counter')).toHaveText('1 / 2');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`country=${countryB}&present=1&deck=${encoded}&scene=2`));
	await expect(page.getByTestId('presentation-title')).toHaveText(`Only ${countryB}`);
	await expect(page.getByTestId('event-count')).toHaveText(String(countB), { timeout: 60_000 });
	// A reload keeps the place in the deck.
	await page.reload();
	await expect(page.getByTestId('presentation-counter')).toHaveText('2 / 2', { timeout: 30_000 });

	await page.goto(`/?present=1&deck=${encoded.slice(0, 40)}`);
	await expect(page.getByTestId('url-notices')).toContainText('presentation link');
	await expect(page.getByTestId('presentation')).toHaveCount(0);
	await expect(page.getByTestId('clear-all')).toBeVisible();

	const outdated = Buffer.from(JSON.stringify({ ...deck, version: 0 })).toString('base64url');
	await page.goto(`/?present=1&deck=${outdated}`);
	await expect(page.getByTestId('url-notices')).toContainText('version 0 is outdated');
	await expect(page.getByTestId('presentation')).toHaveCount(0);
});

test('the scenes panel and the presentation speak Russian with lang=ru', async ({ page }) => {
	await ready(page, `/?partner=${partnerA}&lang=ru`);
	await page.getByTestId('scenes-open').click();
	await expect(page.getByTestId('scenes-panel').getByRole('heading', { level: 2 })).toHaveText('Сцены');
	await expect(page.getByTestId('scene-save')).toHaveText('Сохранить текущий вид');
	await page.getByTestId('scene-save').click();
	await expect.poll(() => names(page)).toEqual(['Сцена 1']);
	await page.getByTestId('present-start').click();
	await expect(page).toHaveURL(/lang=ru/);
	await expect(page.getByTestId('presentation')).toHaveAttribute('aria-label', 'Показ');
	await expect(page.getByTestId('presentation-leave')).toHaveText('Выйти');
});
