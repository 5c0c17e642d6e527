// What the pointer does on the map: hover rings and tooltips, a click that selects, a shift-drag box that selects the places inside it.
import type { Map as MLMap, MapMouseEvent } from 'maplibre-gl';
import type { PeekTarget } from '$lib/crossfilter/indexpeek';
import type { CountryActivityRow } from '$lib/crossfilter/rows';
import type { Lang } from '$lib/i18n/lang';
import { followDrag } from './dragbox';
import { markChange, markDetail, type Mark } from './marks';
import { countryTitle, placesInBox, selectable, smallestMark, type Drag } from './pointer';
import { COUNTRY_LAYER, MARK_LAYERS } from './style';
import type { MapText } from './text';

export interface Tip {
	x: number;
	y: number;
	title: string;
	detail: string;
	/** A mark's events, listed under its facts. */
	peek?: PeekTarget;
}

export type SelectChange = { dim: 'place' | 'country'; values: string[]; additive: boolean };

/** What the gestures read of the map view, each when it is needed. */
export interface GestureView {
	map(): MLMap | null;
	/** The element the map draws in: a box's pixels are counted from its corner. */
	el(): HTMLElement | undefined;
	marks(): Mark[];
	markByKey(): Map<string, Mark>;
	activity(): Map<string, CountryActivityRow>;
	mapClause(): boolean;
	text(): MapText;
	lang(): Lang;
	/** Rings the hovered mark (null: none). */
	hover(key: string | null): void;
	select(change: SelectChange): void;
	/** The group of places under a point (grouping.ts), with its tooltip and what a click on it does; null: none. */
	group?(x: number, y: number): { title: string; detail: string; open(): void } | null;
}

export class MapGestures {
	/** The tooltip beside the pointer. */
	tip = $state<Tip | null>(null);
	/** The shift-drag box while it is drawn. */
	box = $state<Drag | null>(null);

	constructor(private readonly view: GestureView) {}

	/** The mark under a point: of overlapping marks the smallest, so a small circle under a big one stays reachable. */
	#markAt(x: number, y: number): Mark | null {
		const around: [[number, number], [number, number]] = [
			[x - 3, y - 3],
			[x + 3, y + 3]
		];
		const hits = this.view.map()?.queryRenderedFeatures(around, { layers: MARK_LAYERS }) ?? [];
		return smallestMark(
			hits.map((f) => String(f.properties.key)),
			this.view.markByKey()
		);
	}

	#countryAt(x: number, y: number) {
		return this.view.map()?.queryRenderedFeatures([x, y], { layers: [COUNTRY_LAYER] })[0] ?? null;
	}

	move = (e: MapMouseEvent) => {
		const map = this.view.map();
		if (!map || this.box) return;
		const { x, y } = e.point;
		const T = this.view.text();
		const g = this.view.group?.(x, y);
		if (g) {
			this.view.hover(null);
			this.tip = { x, y, title: g.title, detail: g.detail };
			map.getCanvas().style.cursor = 'pointer';
			return;
		}
		const m = this.#markAt(x, y);
		this.view.hover(m?.key ?? null);
		if (m) {
			this.tip = { x, y, title: m.name, detail: markDetail(m, T, this.view.mapClause()), peek: { view: 'map', key: m.key } };
			map.getCanvas().style.cursor = 'pointer';
			return;
		}
		const c = this.#countryAt(x, y);
		const iso3 = c ? String(c.properties.iso3 ?? '') : '';
		const a = this.view.activity().get(iso3);
		this.tip = c ? { x, y, title: countryTitle(c.properties, this.view.lang()), detail: T.countryEvents(a?.n ?? 0, a?.hosted ?? 0) } : null;
		map.getCanvas().style.cursor = iso3 && selectable(iso3, this.view.activity()) ? 'pointer' : '';
	};

	leave = () => {
		this.view.hover(null);
		this.tip = null;
	};

	click = (e: MapMouseEvent) => {
		const additive = e.originalEvent.shiftKey;
		const g = this.view.group?.(e.point.x, e.point.y);
		if (g) return g.open();
		const m = this.#markAt(e.point.x, e.point.y);
		if (m) return this.view.select(markChange(m, additive));
		const iso3 = String(this.#countryAt(e.point.x, e.point.y)?.properties.iso3 ?? '');
		if (iso3 && selectable(iso3, this.view.activity())) this.view.select({ dim: 'country', values: [iso3], additive });
	};

	/** Shift-drag draws a box; MapLibre's own box zoom is off so the gesture is ours. Ctrl/⌘ as well adds to the selection. */
	press = (e: MouseEvent) => {
		const map = this.view.map();
		const el = this.view.el();
		if (!map || !el || !e.shiftKey || e.button !== 0) return;
		map.dragPan.disable();
		followDrag(e, el, {
			move: (d) => {
				this.box = d;
				this.tip = null;
			},
			end: (release) => {
				const m = this.view.map();
				m?.dragPan.enable();
				if (!this.box || !m) return;
				const values = placesInBox(this.view.marks(), this.box, (lon, lat) => m.project([lon, lat]));
				this.box = null;
				if (values.length) this.view.select({ dim: 'place', values, additive: release.ctrlKey || release.metaKey });
			}
		});
	};
}
