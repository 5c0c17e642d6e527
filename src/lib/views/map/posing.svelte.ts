// The map following the views' scale and a slide's pose: its labels at the presenting or slide text scale, its canvas refitted when posed in a slide box or put back.
import { untrack } from 'svelte';
import type { Map as MLMap } from 'maplibre-gl';
import type { PoseBox } from '../pose.svelte';
import { scaleMapText } from './textscale';

export interface Posing {
	map: () => MLMap | null;
	/** The map has loaded its style (its label layers exist). */
	ready: () => boolean;
	posed: () => PoseBox | null;
	/** The page's scale (1 on the dashboard, larger while presenting). */
	scale: () => number;
	/** Fits the map to its canvas's new size (posed in a slide's box, or back in its panel) and marks it busy until drawn. */
	refit: (map: MLMap, posed: boolean) => void;
}

/** Call during a component's initialisation: the effects live as long as it. */
export function followPose(o: Posing): void {
	$effect(() => {
		const scale = o.posed()?.scale ?? o.scale();
		const map = o.map();
		if (o.ready() && map) scaleMapText(map, scale);
	});
	// The canvas has taken its new size in the DOM; the map follows it now rather than at the next resize observation,
	// so an export waiting for the map's readiness waits for this drawing.
	let before: PoseBox | null = null;
	$effect(() => {
		const posed = o.posed();
		const map = o.map();
		if (!o.ready() || !map || posed === before) return;
		before = posed;
		untrack(() => o.refit(map, posed !== null));
	});
}
