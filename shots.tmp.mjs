import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4180/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--disable-quic','--no-first-run'] });
const shots = [
  ['home-1440', '', 1440, 900],
  ['lva-1440', '?country=LVA', 1440, 900],
  ['y2016-1440', '?from=2016-01-01&to=2016-12-31', 1440, 900],
  ['home-1920', '', 1920, 1080],
  ['home-390', '', 390, 844],
  ['ru-1280', '?lang=ru', 1280, 720],
];
for (const [name, q, w, h] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base + q);
  await page.waitForSelector('[data-testid=map][data-state=ready]', { timeout: 60000 });
  await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), null, { timeout: 60000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  if (name === 'lva-1440') {
    await page.getByTestId('map-abroad').click();
    await page.waitForSelector('[data-testid=map-back]');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-lva-abroad.png` });
  }
  if (name === 'home-1440') {
    await page.getByTestId('timeline-undated').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-undated.png`, fullPage: true });
    const rec = page.getByTestId('event-list').locator('tr[data-id^="L0"] button').first();
    await rec.click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-source-record.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('event-list').locator('tr[data-id^="000_"] button').first().click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-source-news.png` });
  }
  await page.close();
}
await browser.close();
