// The layers control's switches as MapLibre layer visibility and as the map's data-hidden-layers.
import { describe, expect, it } from 'vitest';
import { ALL_SHOWN, LAYER_IDS, hiddenList, visibility } from '../../../../src/lib/views/map/layers';
import { buildStyle } from '../../../../src/lib/views/map/style';

describe('layers', () => {
	it('covers only layers the style has, flows and host marks apart', () => {
		const ids = buildStyle({ latinFont: 'a', cyrillicFont: 'b', basemap: 'c' }, 'en').layers.map((l) => l.id);
		for (const id of [...LAYER_IDS.flows, ...LAYER_IDS.hosts]) expect(ids).toContain(id);
		expect(LAYER_IDS.flows.filter((id) => LAYER_IDS.hosts.includes(id))).toEqual([]);
	});
	it('hides a switch’s layers and names what is hidden', () => {
		expect(visibility(ALL_SHOWN).every(([, v]) => v === 'visible')).toBe(true);
		const shown = { ...ALL_SHOWN, flows: false, shading: false };
		const hidden = visibility(shown).filter(([, v]) => v === 'none').map(([id]) => id);
		expect(hidden).toEqual(LAYER_IDS.flows);
		expect(hiddenList(shown)).toBe('flows shading');
		expect(hiddenList(ALL_SHOWN)).toBe('');
	});
});
