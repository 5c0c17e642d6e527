// The map's camera moves: Central Asia framed until the user moves the map, zoom steps, the way abroad and back, a scene's camera eased to.
import type { Map as MLMap } from 'maplibre-gl';
import type { Camera } from '$lib/scenes/scenes';
import { frameBounds, readCamera } from './camera';
import type { Box } from './mapRegion';

export class Framing {
	/** Until the user moves the map, a resize keeps Central Asia framed. */
	userMoved = false;
	/** Set while this view starts a move itself: MapLibre ends the move in progress with a `moveend` that is not the user's. */
	easing = false;

	constructor(
		private readonly map: () => MLMap | null,
		/** Space around the framed region, in px, for the panel's current size. */
		private readonly padding: () => number
	) {}

	/** What the map shows while framed on Central Asia, or null once the user has moved it. */
	framed(): Box | null {
		const m = this.map();
		if (!m || this.userMoved) return null;
		const b = m.getBounds();
		return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
	}

	/** After the panel's size changed: the canvas follows, and Central Asia stays framed unless the user has moved. */
	refit(m: MLMap): void {
		m.resize();
		if (!this.userMoved) m.fitBounds(frameBounds(), { padding: this.padding(), animate: false });
	}

	/** What the map showed before a slide posed it, to come back to. */
	#beforePose: { center: [number, number]; zoom: number } | null = null;

	/**
	 * The canvas took a slide's box (`posed`) or its panel again. Framed on Central Asia, the region is fitted to
	 * the new size; once the user (or a scene) has moved the map, the part it showed is fitted into the box and the
	 * view before is restored afterwards. Neither move is the user's: the camera prop is not written.
	 */
	refitPosed(m: MLMap, posed: boolean): void {
		if (!this.userMoved) return this.refit(m);
		this.easing = true;
		try {
			if (posed) {
				const b = m.getBounds();
				const c = m.getCenter();
				this.#beforePose = { center: [c.lng, c.lat], zoom: m.getZoom() };
				m.resize();
				m.fitBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], { padding: 0, animate: false });
			} else {
				m.resize();
				if (this.#beforePose) m.jumpTo(this.#beforePose);
				this.#beforePose = null;
			}
		} finally {
			this.easing = false;
		}
	}

	/** Back to all of Central Asia. */
	reset(): void {
		this.userMoved = false;
		this.map()?.fitBounds(frameBounds(), { padding: this.padding(), duration: 400 });
	}

	/** The camera to `box` (the places abroad), all of it in view. */
	show(box: Box): void {
		const m = this.map();
		if (!m) return;
		this.userMoved = true;
		m.fitBounds(box, { padding: this.padding() * 2, maxZoom: 5.5, duration: 600 });
	}

	/** Into a group of places: its extent fitted, and at least one zoom step closer, so that it splits. */
	zoomInto(box: Box): void {
		const m = this.map();
		if (!m) return;
		this.userMoved = true;
		const fit = m.cameraForBounds(box, { padding: this.padding() * 3, maxZoom: 9 });
		const zoom = Math.min(9, Math.max(m.getZoom() + 1, fit?.zoom ?? 0));
		m.easeTo({ center: fit?.center ?? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2], zoom, duration: 500 });
	}

	zoomBy(delta: number): void {
		this.userMoved = true;
		if (delta > 0) this.map()?.zoomIn();
		else this.map()?.zoomOut();
	}

	/** The view as the `camera` prop states it: null while the map keeps its default framing, which fits any screen. */
	now(): Camera | null {
		const m = this.map();
		return m && this.userMoved ? readCamera(m) : null;
	}

	/** Eases to a camera set from outside (a scene); at once where the reader asks for reduced motion. */
	easeTo(wanted: Camera): void {
		const m = this.map();
		if (!m) return;
		this.userMoved = true;
		this.easing = true;
		try {
			const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
			m.easeTo({ center: wanted.center, zoom: wanted.zoom, bearing: wanted.bearing, pitch: wanted.pitch, duration: still ? 0 : 1200 });
		} finally {
			this.easing = false;
		}
	}
}
