import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4180/';
const runs = Number(process.argv[3] ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--disable-quic','--no-first-run'] });
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid=map][data-painted]', { timeout: 60000 });
  const painted = Date.now() - t0;
  await page.waitForSelector('[data-testid=map][data-state=ready]', { timeout: 60000 });
  const mapReady = Date.now() - t0;
  await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), null, { timeout: 60000 });
  const live = Date.now() - t0;
  console.log(JSON.stringify({ painted, mapReady, live }));
  await page.close();
}
await browser.close();
