// The texts a viewer sees on the page and the size each is drawn at: presenting and slide tests hold them to a least size.
import type { Page } from '@playwright/test';

/**
 * Every text a viewer sees (in the page, or in the elements `within` selects), smallest first, as drawn: the computed
 * font size times the SVG's scale on screen. Left out: what is hidden (display, visibility, opacity 0, aria-hidden
 * HTML) and the table alternatives in their 1 px screen-reader boxes.
 */
export function drawnTexts(page: Page, within = 'body') {
	return page.evaluate((within) => {
		const out: { px: number; text: string }[] = [];
		// Inside chosen elements (a view posed for a slide may lie beyond the window), or the page as the window shows it.
		const whole = within === 'body';
		for (const root of document.querySelectorAll(within)) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || !n.textContent?.trim()) continue;
				const box = el.getBoundingClientRect();
				if (box.width <= 1 || box.height <= 1) continue;
				if (whole && (box.bottom <= 0 || box.top >= innerHeight)) continue;
				if (!(el instanceof SVGElement) && el.closest('[aria-hidden="true"]')) continue;
				// The table alternatives live in 1 px clipped boxes: read aloud, never drawn.
				if (el.closest('.sr-only')) continue;
				let shown = el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
				for (let p: Element | null = el; p && shown; p = p.parentElement) if (Number(getComputedStyle(p).opacity) === 0) shown = false;
				if (!shown) continue;
				let px = parseFloat(getComputedStyle(el).fontSize);
				if (el instanceof SVGGraphicsElement) {
					const m = el.getScreenCTM();
					if (m) px *= Math.hypot(m.a, m.b);
				}
				out.push({ px: Math.round(px * 100) / 100, text: n.textContent.trim().slice(0, 40) });
			}
			// A canvas picture (the network) says which labels it painted and at what size on screen.
			for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-label-px]')) {
				if (!canvas.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
				const px = Number(canvas.dataset.labelPx);
				for (const text of (canvas.dataset.labels ?? '').split('\n')) if (text) out.push({ px, text: text.slice(0, 40) });
			}
		}
		return out.sort((a, b) => a.px - b.px);
	}, within);
}

