// XSS payloads and traps that catch script running or elements injected into the page, for every browser test that plants hostile text.
import { expect, type Page } from '@playwright/test';

export const PAYLOADS = [
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=2</script>',
	'javascript:window.__pwned=3',
	'<svg onload="window.__pwned=4"><circle r="5"/></svg>',
	'"><iframe src="javascript:window.__pwned=5"></iframe>'
];

/** Watches for script running or foreign elements appearing anywhere in the document. */
export async function armTraps(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __pwned?: number; __injected: string[]; alert: (m?: string) => void };
		w.__injected = [];
		w.alert = () => {
			w.__pwned = 99;
		};
		// Only what scripts add after the served HTML is parsed: the page's own inline start-up script is not an injection.
		const observer = new MutationObserver((records) => {
			for (const r of records)
				for (const n of r.addedNodes) {
					if (!(n instanceof Element)) continue;
					for (const el of [n, ...n.querySelectorAll('*')]) {
						const tag = el.tagName.toLowerCase();
						const hostile = ['script', 'iframe', 'object', 'embed'].includes(tag) || (tag === 'img' && el.getAttribute('src') === 'x');
						const handler = [...el.attributes].some((a) => /^on/i.test(a.name) && /__pwned/.test(a.value));
						if (hostile || handler) w.__injected.push(el.outerHTML.slice(0, 120));
					}
				}
		});
		document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
	});
	page.on('dialog', (d) => void d.dismiss());
}

export async function expectNothingRan(page: Page) {
	const state = await page.evaluate(() => {
		const w = window as unknown as { __pwned?: number; __injected: string[] };
		return { pwned: w.__pwned ?? null, injected: w.__injected };
	});
	expect(state).toEqual({ pwned: null, injected: [] });
}

