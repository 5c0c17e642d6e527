// What the Export menu offers and names, without the DOM: its items, the files' names, the pictures' heading and map keys, the map's pixel density.
import { countLine, dayStamp, exportTitle, exportedLine, filterLine } from '$lib/export/describe';
import type { Heading, LegendItem } from '$lib/export/layout';
import type { SlideSize } from '$lib/export/slide';
import type { Selection } from '$lib/crossfilter/selection';
import type { Scene } from '$lib/scenes/scenes';
import type { Lang } from '$lib/i18n/lang';
import type { Names } from '../format';
import { COUNTRY_COLOUR, OTHER_COLOUR } from '../palette';
import type { MenuText } from './text';

export type Action = 'slide' | 'deck' | 'dashboard' | 'map' | 'timeline-png' | 'timeline-svg' | 'network-png' | 'network-svg' | 'csv';
/** The views saved as SVG or PNG at the reader's choice. */
export type DrawnView = 'timeline' | 'network';

export interface MenuItem {
	action: Action;
	label: string;
	/** Items of one view, shown as a row of format buttons under the view's name. */
	group?: DrawnView;
	/** The format button's own text (PNG, SVG). */
	short?: string;
}

/** The menu in its order: the slide and the deck, the dashboard, the map, the timeline's and the network's formats, the events' table. */
export function menuItems(T: MenuText): MenuItem[] {
	return [
		{ action: 'slide', label: T.slide },
		{ action: 'deck', label: T.deck },
		{ action: 'dashboard', label: T.dashboard },
		{ action: 'map', label: T.map },
		{ action: 'timeline-png', label: T.timelinePng, group: 'timeline', short: T.png },
		{ action: 'timeline-svg', label: T.timelineSvg, group: 'timeline', short: T.svg },
		{ action: 'network-png', label: T.networkPng, group: 'network', short: T.png },
		{ action: 'network-svg', label: T.networkSvg, group: 'network', short: T.svg },
		{ action: 'csv', label: T.events }
	];
}

/** A view's action split into the view and the file format ("network-svg" → network, svg). */
export function viewFormat(action: `${DrawnView}-${'png' | 'svg'}`): [DrawnView, 'png' | 'svg'] {
	return action.split('-') as [DrawnView, 'png' | 'svg'];
}

/** The saved file's name: what it holds and the day, e.g. bomca-map-2024-05-01.png. */
export const fileName = (what: string, ext: string, when: Date) => `bomca-${what}-${dayStamp(when)}.${ext}`;

/** Map pictures are drawn at twice the screen's density at least: the dashboard picture shows the map larger than the panel. */
export const MAP_RATIO = 2;
export const mapPixelRatio = (devicePixelRatio: number) => Math.max(MAP_RATIO, devicePixelRatio || 1);

/** What a picture says about itself: the selection, counted and dated, its filters and where the data comes from. */
export interface Described {
	lang: Lang;
	names: Names;
	selection: Selection;
	count: number | null;
	total: number | null;
	source: string;
}

/** The heading of a picture of `view` (or of the whole dashboard, for null), exported at `when`. */
export function pictureHeading(view: string | null, when: Date, d: Described): Heading {
	const title = view ? `${exportTitle(d.lang)} — ${view}` : exportTitle(d.lang);
	const counted = d.count === null ? '' : `${countLine(d.count, d.total, d.names, d.lang)} · `;
	return { title, lines: [`${counted}${exportedLine(when, d.lang)}`, filterLine(d.selection, d.names, d.lang), ...(d.source ? [d.source] : [])] };
}

/** What the menu needs of the scenes: the list, the one on screen, and a way to show each in turn and come back. */
export interface SceneDeck {
	scenes: readonly Scene[];
	current: Scene | null;
	visit<T>(each: (scene: Scene, i: number) => Promise<T>): Promise<T[]>;
}

/** What the slide's form asks before saving: the title and caption shown on it and its size. */
export interface SlideChoice {
	title: string;
	caption: string;
	size: SlideSize;
}

/** A slide's words below its title: the filters, and the source line (what data, how many events shown, when exported). */
export function slideWords(when: Date, d: Described, T: MenuText): { filters: string; source: string } {
	const shown = d.count === null ? '…' : countLine(d.count, d.total, d.names, d.lang);
	return { filters: filterLine(d.selection, d.names, d.lang), source: T.sourceLine(d.source || '…', shown, exportedLine(when, d.lang)) };
}

/** The programme countries' colours, shared by every view, and the one for all others: the keys under the map. */
export function mapLegend(names: Names, otherCountries: string): LegendItem[] {
	return [
		...Object.entries(COUNTRY_COLOUR).map(([iso3, colour]) => ({ colour, opacity: 1, label: names.country(iso3) })),
		{ colour: OTHER_COLOUR, opacity: 1, label: otherCountries }
	];
}
