// The map's label sizes while presenting: every symbol layer's text drawn at the views' scale (scenes/slide.ts), as the other views' text is.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { slideSize } from '$lib/scenes/slide';

/** Each map's labels' own sizes, read once from its style, so scaling again starts from them and not from a scaled size. */
const baseSizes = new WeakMap<MapLibreMap, Map<string, number>>();

function sizesOf(map: MapLibreMap): Map<string, number> {
	let sizes = baseSizes.get(map);
	if (!sizes) {
		sizes = new Map();
		for (const layer of map.getStyle()?.layers ?? []) {
			const size = layer.type === 'symbol' ? layer.layout?.['text-size'] : undefined;
			// Only fixed sizes: an expression's sizes are the style's own business.
			if (typeof size === 'number') sizes.set(layer.id, size);
		}
		baseSizes.set(map, sizes);
	}
	return sizes;
}

/** Draws the map's labels at `scale` (1: the style's own sizes). Call once the style has loaded. */
export function scaleMapText(map: MapLibreMap, scale: number): void {
	for (const [id, base] of sizesOf(map)) {
		if (map.getLayer(id)) map.setLayoutProperty(id, 'text-size', slideSize(base, scale));
	}
}
