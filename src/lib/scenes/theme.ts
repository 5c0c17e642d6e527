// The projector themes a deck is shown in (dark or light): their colours, the CSS variables they set, and WCAG contrast to check them.

export type Theme = 'dark' | 'light';
export const THEMES: readonly Theme[] = ['dark', 'light'];
export const DEFAULT_THEME: Theme = 'dark';

/** The slide's colours: the ground around the views, the title bar and its text, chips, focus; the views keep light cards. */
export interface Palette {
	ground: string;
	bar: string;
	title: string;
	text: string;
	soft: string;
	chip: string;
	chipLine: string;
	warn: string;
	focus: string;
	outline: string;
	/** The views' cards and their faintest text that must be read (tick labels, legends): shared by both themes. */
	card: string;
	cardText: string;
}

const CARD = { card: '#ffffff', cardText: '#4a5468' };

export const PALETTES: Record<Theme, Palette> = {
	dark: { ground: '#1b2230', bar: '#0b1a33', title: '#ffffff', text: '#e8eef8', soft: '#c3cfe3', chip: '#16294a', chipLine: '#9fb4d6', warn: '#ffd43b', focus: '#ffd43b', outline: '#9fb4d6', ...CARD },
	light: { ground: '#dfe3ea', bar: '#ffffff', title: '#0b1a33', text: '#1d2433', soft: '#424b5e', chip: '#eef2f8', chipLine: '#52617a', warn: '#8a4b00', focus: '#1d4ed8', outline: '#52617a', ...CARD }
};

/** The palette as CSS custom properties for the presenting page (`--slide-ground`, …). */
export function themeStyle(theme: Theme): string {
	return Object.entries(PALETTES[theme])
		.map(([k, v]) => `--slide-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v}`)
		.join('; ');
}

/** Which text colour is read on which background: each pair must meet WCAG AA (4.5:1 for text, 3:1 for lines and focus). */
export function textPairs(p: Palette): { what: string; fg: string; bg: string; min: number }[] {
	return [
		{ what: 'title', fg: p.title, bg: p.bar, min: 4.5 },
		{ what: 'caption', fg: p.text, bg: p.bar, min: 4.5 },
		{ what: 'keys', fg: p.soft, bg: p.bar, min: 4.5 },
		{ what: 'filter chip', fg: p.text, bg: p.chip, min: 4.5 },
		{ what: 'notice', fg: p.warn, bg: p.bar, min: 4.5 },
		{ what: 'view text', fg: p.cardText, bg: p.card, min: 4.5 },
		{ what: 'chip border', fg: p.chipLine, bg: p.bar, min: 3 },
		{ what: 'focus ring', fg: p.focus, bg: p.bar, min: 3 },
		{ what: 'card edge', fg: p.outline, bg: p.ground, min: 3 }
	];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const [r, g, b] = m.slice(1).map((h) => {
		const c = parseInt(h, 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

export function isTheme(v: unknown): v is Theme {
	return v === 'dark' || v === 'light';
}
