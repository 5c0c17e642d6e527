// What the map's layers control shows or hides: flows, host marks and shading, as the MapLibre layers each one covers.
export type LayerKey = 'flows' | 'hosts' | 'shading';
export type Shown = Record<LayerKey, boolean>;

export const LAYER_KEYS: LayerKey[] = ['flows', 'hosts', 'shading'];
export const ALL_SHOWN: Shown = { flows: true, hosts: true, shading: true };

/** The style's layers behind each switch; the shading is a paint change of the land (style.ts's landFill), not a layer. */
export const LAYER_IDS: Record<Exclude<LayerKey, 'shading'>, string[]> = {
	flows: ['flows', 'flow-heads', 'flow-origins'],
	hosts: [
		'host-circles',
		'host-selected-part',
		'host-outline',
		'group-circles',
		'group-labels',
		'city-labels',
		'country-marks',
		'country-marks-selected-part',
		'country-marks-outline'
	]
};

/** Each covered layer's MapLibre visibility for `shown`. */
export function visibility(shown: Shown): [string, 'visible' | 'none'][] {
	return (['flows', 'hosts'] as const).flatMap((k) => LAYER_IDS[k].map((id): [string, 'visible' | 'none'] => [id, shown[k] ? 'visible' : 'none']));
}

/** The hidden switches as one attribute value ("flows shading"), in the control's order. */
export function hiddenList(shown: Shown): string {
	return LAYER_KEYS.filter((k) => !shown[k]).join(' ');
}
