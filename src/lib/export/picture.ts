// What a view shows, read from its element for an export: its main SVG, that SVG's size, and the colour keys of its HTML legend.
import type { LegendItem } from './layout';

/** The main drawing of a view: its largest top-level <svg> (legend swatches and icons are small ones). */
export function mainSvg(root: Element | null): SVGSVGElement | null {
	if (!root) return null;
	let best: SVGSVGElement | null = null;
	let area = 0;
	for (const svg of root.querySelectorAll('svg')) {
		if (svg.parentElement?.closest('svg')) continue;
		const { width, height } = svgSize(svg);
		if (width * height > area) {
			area = width * height;
			best = svg;
		}
	}
	return best;
}

/**
 * An SVG's size in CSS pixels: as laid out, or from its width and height attributes when it has no layout box (under
 * print media the dashboard is display: none, yet the print summary still copies the timeline).
 */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	const r = svg.getBoundingClientRect();
	if (r.width > 0 && r.height > 0) return { width: r.width, height: r.height };
	const attr = (name: 'width' | 'height') => {
		try {
			return svg[name].baseVal.value;
		} catch {
			return 0;
		}
	};
	return { width: attr('width'), height: attr('height') };
}

/** The keys of the HTML legends inside `root` (elements with class "swatch" and the text beside them). */
export function legendOf(root: Element | null): LegendItem[] {
	if (!root) return [];
	const items: LegendItem[] = [];
	const seen = new Set<string>();
	for (const sw of root.querySelectorAll('.legend .swatch')) {
		const cs = getComputedStyle(sw);
		const label = (sw.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!label || seen.has(label) || cs.display === 'none') continue;
		seen.add(label);
		items.push({ colour: cs.backgroundColor, opacity: Number(cs.opacity) || 1, label });
	}
	return items;
}
