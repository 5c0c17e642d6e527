// A view's SVG copied so it looks the same without the page's stylesheets: computed styles inlined, hidden parts left out, ids made unique.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties that are inherited: written on an element only where they differ from its parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order',
	'visibility',
	'shape-rendering',
	'text-rendering'
];
/** Properties that are not inherited: written where they differ from the initial value. */
const OWN = ['opacity', 'mix-blend-mode', 'alignment-baseline', 'baseline-shift'];

let initial: Record<string, string> | null = null;
/** Initial values of OWN as this browser reports them, read once from a probe element. */
function initialValues(): Record<string, string> {
	if (initial) return initial;
	const probe = document.createElementNS(SVG_NS, 'svg');
	probe.setAttribute('width', '0');
	probe.setAttribute('height', '0');
	probe.style.position = 'absolute';
	const g = document.createElementNS(SVG_NS, 'g');
	probe.appendChild(g);
	document.body.appendChild(probe);
	const cs = getComputedStyle(g);
	initial = Object.fromEntries(OWN.map((p) => [p, cs.getPropertyValue(p)]));
	probe.remove();
	return initial;
}

export interface CloneOptions {
	/** Prefix for every id (and the references to it): a clone placed in the same page must not repeat ids. */
	idPrefix?: string;
	/** Selectors of elements left out (focus rings, hover-only marks). */
	drop?: string[];
	/** The family put first in every font-family: "Noto Sans" (embedded in standalone files) unless told otherwise. */
	fontFirst?: string;
}

/**
 * A deep copy of `svg` that looks the same without the page's stylesheets: the computed style of every element is
 * written into its `style` attribute (only what differs from what it would inherit or start with, to stay small), and
 * elements that are not displayed are left out. Interaction attributes (tabindex) are removed.
 */
export function cloneWithStyles(svg: SVGSVGElement, options: CloneOptions = {}): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const init = initialValues();
	const computed = new Map<Element, CSSStyleDeclaration>();
	const gone: Element[] = [];
	for (let i = 0; i < originals.length; i++) {
		const el = originals[i];
		const copy = copies[i] as SVGElement;
		const cs = getComputedStyle(el);
		computed.set(el, cs);
		if (cs.display === 'none' || options.drop?.some((s) => el.matches(s))) {
			gone.push(copy);
			continue;
		}
		const parent = el === svg ? null : el.parentElement && computed.get(el.parentElement);
		const decl: string[] = [];
		for (const p of INHERITED) {
			const v = p === 'font-family' ? notoFirst(cs.getPropertyValue(p), options.fontFirst) : cs.getPropertyValue(p);
			const inherited = parent && (p === 'font-family' ? notoFirst(parent.getPropertyValue(p), options.fontFirst) : parent.getPropertyValue(p));
			if (v && inherited !== v) decl.push(`${p}:${v}`);
		}
		for (const p of OWN) {
			const v = cs.getPropertyValue(p);
			if (v && v !== init[p]) decl.push(`${p}:${v}`);
		}
		if (decl.length) copy.setAttribute('style', decl.join(';'));
		else copy.removeAttribute('style');
		copy.removeAttribute('tabindex');
	}
	for (const el of gone) el.remove();
	if (options.idPrefix) prefixIds(clone, options.idPrefix);
	return clone;
}

/**
 * The page's type first: a view may ask for system-ui (the network's labels do), which in a standalone file would be
 * whatever the reader's system has; exports carry Noto Sans (the page's type) and use it everywhere.
 */
export function notoFirst(family: string, first = '"Noto Sans"'): string {
	const skip = new Set(['Noto Sans', first.replace(/["']/g, '')]);
	const rest = family
		.split(',')
		.map((f) => f.trim())
		.filter((f) => f && !skip.has(f.replace(/["']/g, '')));
	return [first, ...rest].join(', ');
}

/** `url(#id)` references in an attribute's value, renamed where `ids` has a new name for the id. */
export function renameUrls(value: string, ids: Map<string, string>): string {
	return value.replace(/url\((["']?)#([^"')]+)\1\)/g, (m, q: string, id: string) => (ids.has(id) ? `url(${q}#${ids.get(id)}${q})` : m));
}

/**
 * The new value of an attribute that names ids (an `#id` href, or aria-describedby/-labelledby's list of ids), or null
 * for any other attribute; ids without a new name stay as they are.
 */
export function renameIdRefs(attr: { localName: string; name: string; value: string }, ids: Map<string, string>): string | null {
	const { localName, name, value } = attr;
	if (!((localName === 'href' || name === 'aria-describedby' || name === 'aria-labelledby') && value)) return null;
	if (localName === 'href') return value.startsWith('#') && ids.has(value.slice(1)) ? `#${ids.get(value.slice(1))}` : value;
	return value
		.split(/\s+/)
		.map((id) => ids.get(id) ?? id)
		.join(' ');
}

/** Renames every id inside `root` and rewrites `url(#…)` and `#…` href references to match. */
function prefixIds(root: Element, prefix: string): void {
	const ids = new Map<string, string>();
	for (const el of [root, ...root.querySelectorAll('[id]')]) {
		if (!el.id) continue;
		ids.set(el.id, prefix + el.id);
		el.id = prefix + el.id;
	}
	if (!ids.size) return;
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const a of [...el.attributes]) {
			if (a.value.includes('url(')) {
				el.setAttribute(a.name, renameUrls(a.value, ids));
				continue;
			}
			const next = renameIdRefs(a, ids);
			if (next === null) continue;
			if (a.namespaceURI) el.setAttributeNS(a.namespaceURI, a.name, next);
			else el.setAttribute(a.name, next);
		}
	}
}
