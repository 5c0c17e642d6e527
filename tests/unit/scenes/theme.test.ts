// The projector themes meet WCAG AA (every text colour against its background, lines and focus against theirs), a deck keeps its theme, and the slide's text scale.
import { describe, expect, it } from 'vitest';
import { parseDeck, serialiseScenes } from '../../../src/lib/scenes/file';
import { SCENES_FORMAT } from '../../../src/lib/scenes/scenes';
import { SMALLEST_PX, slideScale, slideSize } from '../../../src/lib/scenes/slide';
import { loadScenes, loadTheme, storeScenes } from '../../../src/lib/scenes/storage';
import { contrast, PALETTES, textPairs, themeStyle, THEMES } from '../../../src/lib/scenes/theme';
import { encodeDeck, readDeck } from '../../../src/lib/scenes/url';

describe('projector themes', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#ffffff', '#ffffff')).toBe(1);
		// A known pair: #767676 on white is the classic 4.54:1.
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(() => contrast('red', '#fff')).toThrow(/#rrggbb/);
	});

	for (const theme of THEMES) {
		it(`${theme}: every text and line meets its minimum`, () => {
			for (const pair of textPairs(PALETTES[theme])) {
				expect(contrast(pair.fg, pair.bg), `${theme} ${pair.what}`).toBeGreaterThanOrEqual(pair.min);
			}
		});
	}

	it('the two themes differ where it shows, and give CSS variables', () => {
		expect(PALETTES.dark.bar).not.toBe(PALETTES.light.bar);
		expect(themeStyle('light')).toContain('--slide-bar: #ffffff');
		expect(themeStyle('dark')).toContain('--slide-chip-line: #9fb4d6');
	});
});

describe('a deck keeps its theme', () => {
	const scenes = [{ name: 'A', caption: '', search: 'partner=OSCE', camera: null, domain: null, level: 'org' as const }];

	it('in its file, its link and the store; absent means dark, anything else is refused', () => {
		expect(parseDeck(serialiseScenes(scenes, 'light'))).toEqual({ scenes, theme: 'light' });
		expect(parseDeck(serialiseScenes(scenes))).toEqual({ scenes, theme: 'dark' });
		expect(readDeck(encodeDeck(scenes, 'light'))).toEqual({ scenes, theme: 'light' });
		const bad = JSON.stringify({ format: SCENES_FORMAT, version: 1, theme: 'neon', scenes: [] });
		expect(() => parseDeck(bad)).toThrow('theme: neither "dark" nor "light"');
		const store = new Map<string, string>();
		const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
		expect(loadTheme(storage)).toBe('dark');
		storeScenes(storage, scenes, 'light');
		expect(loadTheme(storage)).toBe('light');
		expect(loadScenes(storage).scenes).toEqual(scenes);
	});
});

describe('the slide scale', () => {
	it('makes the smallest view text 20 px at 1080 and 13.3 px at 720, and never shrinks', () => {
		expect(SMALLEST_PX * slideScale(1920, 1080)).toBeGreaterThanOrEqual(20);
		expect(SMALLEST_PX * slideScale(1920, 1080)).toBeLessThan(20.2);
		expect(SMALLEST_PX * slideScale(1280, 720)).toBeGreaterThanOrEqual(13.33);
		// A wide screen is bounded by its height, a 4:3 one by its width.
		expect(slideScale(2560, 1080)).toBe(slideScale(1920, 1080));
		expect(slideScale(1024, 768)).toBe(slideScale(1024, 576));
		expect(slideScale(800, 450)).toBe(1);
		expect(slideScale(0, 0)).toBe(1);
		expect(slideSize(10.5, 1)).toBe(10.5);
		expect(slideSize(10.5, 2)).toBe(22);
		expect(slideSize(12.5, 2)).toBe(25);
	});
});
