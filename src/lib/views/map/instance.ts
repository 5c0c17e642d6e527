// MapLibre's start on the page: the WebGL 2 check, the library loaded when needed, and the map made with the atlas's options.
import type { Map as MLMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillicFont from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import { asset } from '$app/paths';
import type { Lang } from '$lib/i18n/lang';
import { BASEMAP_BOX } from './mapRegion';
import { frameBounds } from './camera';
import { diamondSpec, drawDiamond, drawHead, headColour } from './diamond';
import { buildStyle } from './style';
import { NO_WEBGL } from './text';

type MapLibre = typeof import('maplibre-gl');

/** The basemap's URL under the site's base path (the sketch fetches it too). */
export const basemapUrl = () => asset('/data/basemap.json');

function hasWebGL2(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}

/** The library, ready to make maps; throws NO_WEBGL where the browser cannot draw one. */
export async function loadMapLibre(): Promise<MapLibre> {
	if (!hasWebGL2()) throw new Error(NO_WEBGL);
	// Imported here: MapLibre touches the DOM on load and the page is prerendered in node.
	const maplibre = await import('maplibre-gl');
	maplibre.setWorkerUrl(workerUrl);
	return maplibre;
}

const absolute = (url: string) => new URL(url, window.location.href).href;

/** The map framed on Central Asia with `padding` px around it, north up, no rotation or pitch by any gesture. */
export function createMap(maplibre: MapLibre, container: HTMLElement, lang: Lang, padding: number): MLMap {
	const m = new maplibre.Map({
		container,
		style: buildStyle({ latinFont: absolute(latinFont), cyrillicFont: absolute(cyrillicFont), basemap: absolute(basemapUrl()) }, lang),
		bounds: frameBounds(),
		fitBoundsOptions: { padding },
		maxBounds: BASEMAP_BOX,
		maxZoom: 9,
		renderWorldCopies: false,
		// No label fade: `idle` (data-state ready) then comes with the first frame of new data, not 300 ms of fading later.
		fadeDuration: 0,
		attributionControl: false,
		boxZoom: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false
	});
	m.touchZoomRotate.disableRotation();
	m.keyboard.disableRotation();
	m.setMissingStyleImageResolver((id) => {
		if (m.hasImage(id)) return;
		const spec = diamondSpec(id);
		const head = headColour(id);
		const image = spec ? drawDiamond(spec) : head ? drawHead(head) : null;
		if (image) m.addImage(id, image, { pixelRatio: 2 });
	});
	return m;
}
