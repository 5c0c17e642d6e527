// Exports on the page: the events CSV (rows counted against the ingest's events, Cyrillic intact), the dashboard PNG opened and looked into, the network SVG parsed, the menu by keyboard, the printed summary, the 16:9 slide and the scenes' PDF deck.
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { csvParse } from 'd3';
import { expect, test, type Download, type Page } from '@playwright/test';
import { events, hasPartner, partnersByCount } from './expected';
import { regionColours } from './pixels';
import { drawnTexts } from './texts';
import { registry } from '../unit/ingest/registries';

// Each test starts the database and renders pictures: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const COLUMNS = [
	'id',
	'date_start',
	'date_end',
	'title',
	'kind',
	'topic',
	'place',
	'place_ru',
	'country',
	'partners',
	'agencies',
	'participant_countries',
	'participants_count',
	'year_explicit',
	'flags',
	'source',
	'source_url'
];

/** The views answer the live database and have drawn. */
async function ready(page: Page) {
	await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
	for (const id of ['map', 'timeline', 'network']) await expect(page.getByTestId(id)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}

/** Runs `click` and returns the download it starts. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
	return download;
}

async function fromMenu(page: Page, item: string): Promise<Download> {
	await page.getByTestId('export-menu').click();
	return downloadOf(page, () => page.getByTestId(item).click());
}

const bytesOf = async (d: Download) => readFileSync((await d.path())!);

test('the CSV holds exactly the events of a partner filter, one header row, Cyrillic intact', async ({ page }) => {
	const [partner] = partnersByCount()[0];
	const expected = events.filter((e) => hasPartner(e, partner));
	expect(expected.length).toBeGreaterThan(0);
	await page.goto(`/?partner=${encodeURIComponent(partner)}`);
	await ready(page);
	await expect(page.getByTestId('event-count')).toHaveText(String(expected.length));

	const download = await downloadOf(page, () => page.getByTestId('export-csv').click());
	expect(download.suggestedFilename()).toMatch(/^bomca-events-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = await bytesOf(download);
	// UTF-8 with a byte-order mark (for Excel), then the header row.
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.subarray(3).toString('utf8');
	expect(text.split('\r\n')[0]).toBe(COLUMNS.join(','));
	const rows = csvParse(text);
	expect(rows.columns).toEqual(COLUMNS);
	expect(rows.length).toBe(expected.length);
	expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
	for (const r of rows) expect(r.partners!.split('; ')).toContain(registry.orgs.find((o) => o.id === partner)!.short);

	// Russian place names arrive as written in the registry.
	const withPlace = rows.filter((r) => r.place);
	expect(withPlace.length).toBeGreaterThan(0);
	for (const r of withPlace) {
		const place = registry.places.find((p) => p.name === r.place)!;
		expect(r.place_ru).toBe(place.name_ru);
		expect(r.place_ru).toMatch(/[А-Яа-яЁё]/);
	}
});

test('the CSV of the whole dataset has every event, whatever the page language', async ({ page }) => {
	await page.goto('/?lang=ru');
	await ready(page);
	const download = await downloadOf(page, () => page.getByTestId('export-csv').click());
	const rows = csvParse((await bytesOf(download)).subarray(3).toString('utf8'));
	expect(rows.length).toBe(events.length);
	expect(new Set(rows.map((r) => r.id))).toEqual(new Set(events.map((e) => e.id)));
});

test('the dashboard PNG is large, and its map region is a picture, not a blank', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const download = await fromMenu(page, 'export-dashboard');
	expect(download.suggestedFilename()).toMatch(/^bomca-dashboard-\d{4}-\d{2}-\d{2}\.png$/);
	// The map is in the left half, between the heading and the timeline; the network to its right.
	const { width, height, colours } = await regionColours(page, await bytesOf(download), [
		[0.05, 0.25, 0.5, 0.6],
		[0.62, 0.25, 0.95, 0.55]
	]);
	const info = { width, height, map: colours[0], network: colours[1] };
	expect(info.width).toBeGreaterThan(1200);
	expect(info.height).toBeGreaterThan(800);
	expect(info.map).toBeGreaterThan(200);
	expect(info.network).toBeGreaterThan(50);
});

test('the map PNG decodes and is drawn at twice the panel density', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const panel = await page.getByTestId('map').boundingBox();
	const download = await fromMenu(page, 'export-map');
	const b64 = (await bytesOf(download)).toString('base64');
	const size = await page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		return { width: img.naturalWidth, height: img.naturalHeight };
	}, b64);
	expect(size.width).toBeGreaterThanOrEqual(Math.floor(2 * panel!.width));
	expect(size.height).toBeGreaterThan(2 * panel!.height);
});

test('the network SVG is a standalone document with every node of the view', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const nodes = await page.getByTestId('network-table').locator('tbody tr').count();
	expect(nodes).toBeGreaterThan(0);
	const download = await fromMenu(page, 'export-network-svg');
	expect(download.suggestedFilename()).toMatch(/^bomca-network-\d{4}-\d{2}-\d{2}\.svg$/);
	const text = (await bytesOf(download)).toString('utf8');
	const parsed = await page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			nodes: doc.querySelectorAll('g[data-id]').length,
			desc: doc.querySelector('desc')?.textContent ?? '',
			font: doc.querySelector('style')?.textContent?.includes('font-family:"Noto Sans"') ?? false,
			// Any reference to another file or host (namespace declarations aside); the font is a data: URL.
			links: [...doc.querySelectorAll('*')].some((el) =>
				[...el.attributes].some((a) => !a.name.startsWith('xmlns') && /(^|url\()\s*["']?(https?:|\/\/)/.test(a.value))
			),
			external: /url\(\s*["']?(?!data:|#)/.test(doc.querySelector('style')?.textContent ?? '')
		};
	}, text);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.nodes).toBe(nodes);
	expect(parsed.desc).toContain(`${nodes} nodes`);
	// It carries its font and fetches nothing when opened on its own.
	expect(parsed.font).toBe(true);
	expect(parsed.links).toBe(false);
	expect(parsed.external).toBe(false);
});

test('the timeline SVG has one bar per dated event and the timeline PNG decodes', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const svg = (await bytesOf(await fromMenu(page, 'export-timeline-svg'))).toString('utf8');
	const bars = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('rect[data-id]').length, svg);
	expect(bars).toBe(events.filter((e) => e.date_start !== null).length);
	const png = (await bytesOf(await fromMenu(page, 'export-timeline-png'))).toString('base64');
	const width = await page.evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		return img.naturalWidth;
	}, png);
	expect(width).toBeGreaterThan(1000);
});

test('the Export menu works from the keyboard', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const trigger = page.getByTestId('export-menu');
	await trigger.focus();
	await page.keyboard.press('Enter');
	await expect(trigger).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('menuitem').first()).toBeFocused();
	// Down past the slide and the deck (disabled: no saved scene) and the dashboard.
	await expect(page.getByTestId('export-deck')).toBeDisabled();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('export-map')).toBeFocused();
	await page.keyboard.press('End');
	await expect(page.getByTestId('export-csv-item')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('menu')).toHaveCount(0);
	await expect(trigger).toBeFocused();
	// Enter on an item exports: the network SVG, reached with the arrows.
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem').first()).toBeFocused();
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('export-network-svg')).toBeFocused();
	const download = await downloadOf(page, () => page.keyboard.press('Enter'));
	expect(download.suggestedFilename()).toMatch(/\.svg$/);
});

test('printing gives a one-page summary: title, filters, map picture, network, timeline, table; no buttons', async ({ page }) => {
	const [partner] = partnersByCount()[0];
	const short = registry.orgs.find((o) => o.id === partner)!.short;
	await page.goto(`/?partner=${encodeURIComponent(partner)}`);
	await ready(page);
	const summary = page.getByTestId('print-summary');
	await expect(summary).toBeHidden();
	// Nothing of the sheet is built on screen: it is made as printing starts.
	await expect(summary.locator('header')).toHaveCount(0);

	// As a browser's print does: beforeprint first (the dashboard still laid out), then the print media.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(summary).toBeVisible();
	await expect(summary.locator('h1')).toHaveText('BOMCA activity atlas');
	await expect(summary).toContainText(`Partner: ${short}`);
	// The map became a picture of the canvas, and the timeline was copied in.
	await expect
		.poll(() => summary.locator('img').evaluate((img: HTMLImageElement) => (img.src.startsWith('data:image/png') ? img.naturalWidth : 0)))
		.toBeGreaterThan(100);
	// The timeline draws every dated event (those outside the filter faint), as on the page.
	await expect(summary.locator('.timeline-host svg rect[data-id]')).toHaveCount(events.filter((e) => e.date_start !== null).length);
	// The network was copied with its nodes, while its panel still had a size, and is laid out on the sheet.
	const network = summary.getByTestId('print-network');
	expect(await network.locator('svg [data-id]').count()).toBeGreaterThan(5);
	expect((await network.locator('svg').boundingBox())!.height).toBeGreaterThan(100);
	await expect(summary.locator('tbody tr')).toHaveCount(Math.min(12, events.filter((e) => hasPartner(e, partner)).length));
	// Nothing else of the page shows: no buttons, no header chrome, no sidebar.
	await expect(page.locator('button:visible')).toHaveCount(0);
	await expect(page.getByTestId('export-csv')).toBeHidden();
	await expect(page.getByTestId('clear-all')).toBeHidden();
	await expect(page.getByTestId('map')).toBeHidden();

	await page.screenshot({ path: 'test-results/print-sheet.png' });
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(summary).toBeHidden();
	// The real thing: a PDF (print media again; null lifts the screen emulation, which page.pdf would otherwise keep) is one sheet.
	await page.emulateMedia({ media: null });
	const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

async function slide(page: Page, uhd = false): Promise<Buffer> {
	await page.getByTestId('export-menu').click();
	await page.getByTestId('export-slide').click();
	await expect(page.getByTestId('slide-dialog')).toBeVisible();
	if (uhd) await page.getByTestId('slide-size-uhd').check();
	return bytesOf(await downloadOf(page, () => page.getByTestId('slide-save').click()));
}

test('a slide is a 16:9 PNG of 1920×1080, or 3840×2160 when asked, titled with the scene on screen', async ({ page }) => {
	const [partner] = partnersByCount()[0];
	await page.addInitScript((partner) => {
		const scenes = [{ name: 'Work with the top partner', caption: 'Where and when it happened.', search: `partner=${partner}`, camera: null, domain: null, level: 'org' }];
		if (!localStorage.getItem('bomca-atlas/scenes')) localStorage.setItem('bomca-atlas/scenes', JSON.stringify({ format: 'bomca-atlas-scenes', version: 1, scenes }));
	}, partner);
	await page.goto(`/?partner=${encodeURIComponent(partner)}`);
	await ready(page);
	await page.getByTestId('export-menu').click();
	await page.getByTestId('export-slide').click();
	// The form starts from the scene on screen; its words can be changed before saving.
	await expect(page.getByTestId('slide-title')).toHaveValue('Work with the top partner');
	await expect(page.getByTestId('slide-caption')).toHaveValue('Where and when it happened.');
	await page.getByTestId('slide-caption').fill('Border management work with the most frequent partner, 2015–2022.');
	// While the slide is made, the timeline and the network are posed in its boxes at the slide's text scale: at the
	// 1080p slide's own pixels, no text in them is under 20 px.
	const fadedLabels = () =>
		page.locator('[data-testid="network"] canvas').evaluate((c) => Number(c.getAttribute('data-faded-labels')));
	const posed = (async () => {
		await page.locator('[data-testid="timeline"][data-posed]').waitFor({ timeout: 30_000 });
		return { texts: await drawnTexts(page, '[data-testid="timeline"] svg, [data-testid="network"] .plot'), faded: await fadedLabels() };
	})();
	const hd = await bytesOf(await downloadOf(page, () => page.getByTestId('slide-save').click()));
	expect(pngSize(hd)).toEqual({ width: 1920, height: 1080 });
	const { texts, faded } = await posed;
	expect(texts.map((t) => t.text)).toContain('Events per quarter');
	// Faded context holds no text on a slide; the dashboard keeps its faded labels (this partner leaves some nodes out).
	expect(faded).toBe(0);
	expect(texts.length).toBeGreaterThan(10);
	expect(texts[0].px, JSON.stringify(texts.slice(0, 5))).toBeGreaterThanOrEqual(20);
	// Put back afterwards: the dashboard's own sizes.
	await expect(page.locator('[data-posed]')).toHaveCount(0);
	expect(await fadedLabels()).toBeGreaterThan(0);
	const axis = page.getByTestId('timeline').locator('.axis text').first();
	expect(await axis.evaluate((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGGraphicsElement).getScreenCTM()!.a)).toBe(11);
	await page.getByTestId('slide-dialog').waitFor({ state: 'detached' });
	writeFileSync(test.info().outputPath('slide.png'), hd);
	expect(pngSize(await slide(page, true))).toEqual({ width: 3840, height: 2160 });
});

test('the deck is one 16:9 PDF page per saved scene, and the page comes back as it was', async ({ page }) => {
	const [[a], [b]] = partnersByCount();
	await page.addInitScript(
		([a, b]) => {
			const scene = (name: string, search: string) => ({ name, caption: '', search, camera: null, domain: null, level: 'org' });
			const scenes = [scene('First partner', `partner=${a}`), scene('Second partner', `partner=${b}&from=2018-01-01&to=2020-12-31`)];
			if (!localStorage.getItem('bomca-atlas/scenes')) localStorage.setItem('bomca-atlas/scenes', JSON.stringify({ format: 'bomca-atlas-scenes', version: 1, scenes }));
		},
		[a, b]
	);
	await page.goto('/?kind=workshop');
	await ready(page);
	const count = await page.getByTestId('event-count').textContent();
	const before = page.url();
	const entries = await page.evaluate(() => window.history.length);
	await page.getByTestId('export-menu').click();
	const download = await downloadOf(page, () => page.getByTestId('export-deck').click());
	expect(download.suggestedFilename()).toMatch(/^bomca-deck-\d{4}-\d{2}-\d{2}\.pdf$/);
	const bytes = await bytesOf(download);
	writeFileSync(test.info().outputPath('deck.pdf'), bytes);
	const pdf = await PDFDocument.load(bytes);
	expect(pdf.getPageCount()).toBe(2);
	for (const p of pdf.getPages()) expect(p.getWidth() / p.getHeight()).toBeCloseTo(16 / 9, 3);
	// Restored exactly: the same URL and count, no history entries added.
	await expect.poll(() => page.url()).toBe(before);
	await expect(page.getByTestId('event-count')).toHaveText(count!);
	expect(await page.evaluate(() => window.history.length)).toBe(entries);
});
