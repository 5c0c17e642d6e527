// Keeps MapLibre's sources and feature-state in step with the map's data, with effects owned by the component that calls keepDrawn.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource, Map as MLMap } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/lang';
import { hiddenList, visibility, type Shown } from './layers';
import { COUNTRY_LABEL_LAYERS, COUNTRY_LAYER, countryLabelField, landFill } from './style';
import { SourceSync, StateSet, type PaintState } from './sync';

export interface DrawnData {
	/** The map (not reactive): null before it is made and once it is gone. */
	map(): MLMap | null;
	/** Whether the map has loaded its style (reactive: the effects wait on it). */
	ready(): boolean;
	hosts(): FeatureCollection<Point>;
	flows(): FeatureCollection<LineString | Point>;
	/** The groups of places at this zoom, and the places inside them (drawn as nothing while grouped). */
	groups(): FeatureCollection<Point>;
	/** Each group's radius for its places' events as they are now: it follows a moving brush the groups themselves do not. */
	groupSizes(): ReadonlyMap<string, { r: number }>;
	grouped(): ReadonlySet<string>;
	/** Which of flows, host marks and shading the layers control shows. */
	shown(): Shown;
	/** What MapLibre now hides, read back from its layers after a change ("flows shading"). */
	applied(hidden: string): void;
	/** Country ISO3 → its shading, 0–1. */
	shares(): Map<string, number>;
	/** The selected countries, outlined. */
	outlined(): string[];
	lang(): Lang;
	/** The canvas's accessible name in the page's language. */
	canvasLabel(): string;
	/** The map has something new to draw (its `idle` event says when it has). */
	busy(): void;
}

export interface Drawing {
	/** Rings the hovered mark (null: none). */
	hover(key: string | null): void;
	/** Drops layouts still waiting (the map is going). */
	stop(): void;
}

/** Cheap updates of sources and feature-state, never a new map. Call while the component is being created. */
export function keepDrawn(d: DrawnData): Drawing {
	const syncOf = (id: 'hosts' | 'flows', idOf: (p: Record<string, unknown>) => string, paintOf: (p: Record<string, unknown>) => PaintState) =>
		new SourceSync(
			{
				paint: (key, state) => d.map()?.setFeatureState({ source: id, id: key }, state),
				send: (features) => {
					const map = d.map();
					if (!map) return;
					d.busy();
					map.getSource<GeoJSONSource>(id)?.setData({ type: 'FeatureCollection', features });
				}
			},
			idOf,
			paintOf
		);
	const hosts = syncOf(
		'hosts',
		(p) => p.key as string,
		(p) => ({ r: p.r as number, rSel: p.rSel as number, alpha: p.alpha as number, selected: p.selected as boolean, dim: p.dim as boolean })
	);
	const flows = syncOf(
		'flows',
		(p) => p.fid as string,
		(p) => ({ width: p.width as number, alpha: p.alpha as number })
	);
	const shading = new StateSet({ share: 0 });
	const inGroups = new StateSet({ grouped: false });
	const outlines = new StateSet({ selected: false });
	/** The map once it has loaded, read so that an effect runs again when it has. */
	const live = () => (d.ready() ? d.map() : null);

	$effect(() => {
		if (!live()) return;
		hosts.update(d.hosts());
		d.busy();
	});

	$effect(() => {
		if (!live()) return;
		flows.update(d.flows());
		d.busy();
	});

	let sentGroups = '';
	$effect(() => {
		const map = live();
		if (!map) return;
		const groups = d.groups();
		const next = new Map([...d.grouped()].map((key) => [key, { grouped: true }]));
		for (const [id, state] of inGroups.changes(next)) map.setFeatureState({ source: 'hosts', id }, state);
		// The same groups again (a lone brush change that leaves them as they were) are not laid out again.
		const signature = JSON.stringify(groups.features);
		if (signature !== sentGroups) {
			sentGroups = signature;
			map.getSource<GeoJSONSource>('groups')?.setData(groups);
		}
		d.busy();
	});

	// A group's size changes with every brush step while its places and position wait for the brush to rest:
	// feature-state is drawn in the next frame, where setData would cost a worker round trip and several frames.
	const groupR = new Map<string, number>();
	$effect(() => {
		const map = live();
		const sizes = d.groupSizes();
		if (!map) return;
		let changed = false;
		for (const [id, { r }] of sizes) {
			if (groupR.get(id) === r) continue;
			groupR.set(id, r);
			map.setFeatureState({ source: 'groups', id }, { r });
			changed = true;
		}
		if (changed) d.busy();
	});

	// The layers control: visibility where a layer goes, the land's paint where only its shading does.
	$effect(() => {
		const map = live();
		const shown = d.shown();
		if (!map) return;
		for (const [id, v] of visibility(shown)) if (map.getLayer(id) && (map.getLayoutProperty(id, 'visibility') ?? 'visible') !== v) map.setLayoutProperty(id, 'visibility', v);
		map.setPaintProperty(COUNTRY_LAYER, 'fill-color', landFill(shown.shading));
		const now: Shown = {
			flows: map.getLayoutProperty('flows', 'visibility') !== 'none',
			hosts: map.getLayoutProperty('host-circles', 'visibility') !== 'none',
			shading: JSON.stringify(map.getPaintProperty(COUNTRY_LAYER, 'fill-color')).includes('interpolate')
		};
		d.applied(hiddenList(now));
		d.busy();
	});

	$effect(() => {
		const map = live();
		if (!map) return;
		const next = new Map([...d.shares()].map(([country, share]) => [country, { share }]));
		for (const [id, state] of shading.changes(next)) map.setFeatureState({ source: 'countries', id }, state);
		d.busy();
	});

	// A language switch changes the country labels' text-field in place (city labels come with the hosts' data): no new map.
	$effect(() => {
		const field = countryLabelField(d.lang());
		const canvasLabel = d.canvasLabel();
		const map = live();
		if (!map) return;
		for (const id of COUNTRY_LABEL_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', field);
		map.getCanvas().setAttribute('aria-label', canvasLabel);
		d.busy();
	});

	$effect(() => {
		const map = live();
		if (!map) return;
		const next = new Map(d.outlined().map((id) => [id, { selected: true }]));
		for (const [id, state] of outlines.changes(next)) map.setFeatureState({ source: 'countries', id }, state);
		d.busy();
	});

	let hoverKey: string | null = null;
	return {
		hover(key) {
			const map = d.map();
			if (!map || key === hoverKey) return;
			if (hoverKey) map.setFeatureState({ source: 'hosts', id: hoverKey }, { hover: false });
			if (key) map.setFeatureState({ source: 'hosts', id: key }, { hover: true });
			hoverKey = key;
		},
		stop() {
			hosts.stop();
			flows.stop();
		}
	};
}
