// The projector themes meet WCAG AA: every text colour against its background, lines and focus against theirs.
import { describe, expect, it } from 'vitest';
import { contrast, PALETTES, textPairs, themeStyle, THEMES } from '../../../src/lib/scenes/theme';

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
