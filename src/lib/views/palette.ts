// Colours shared by every view, so a country is the same colour on the map, the timeline and the network.
import { CENTRAL_ASIA } from '$lib/model/event';

/**
 * The five programme countries: a colour-blind-safe qualitative set (Okabe–Ito hues, darkened enough to hold
 * white labels and to stay distinct on a washed-out projector).
 */
export const COUNTRY_COLOUR: Record<(typeof CENTRAL_ASIA)[number], string> = {
	KAZ: '#0072b2',
	KGZ: '#d55e00',
	TJK: '#009e73',
	TKM: '#cc79a7',
	UZB: '#b8860b'
};
/** International partners and donors: one neutral dark hue, so they read as "the other side" of the network. */
export const PARTNER_COLOUR = '#3d3d4d';
/** Countries outside the region (Latvia, Austria, …). */
export const OTHER_COLOUR = '#8a8f98';
/** The selection highlight and the brush. */
export const ACCENT = '#e6194b';
/** Marks outside the current selection: kept for context, drawn faint. */
export const DIMMED_OPACITY = 0.18;

export function countryColour(iso3: string | null | undefined): string {
	return (iso3 && (COUNTRY_COLOUR as Record<string, string>)[iso3]) || OTHER_COLOUR;
}

/**
 * The map's own colours, read by MapLibre's style and by the SVG sketch standing in for it (MapSketch.svelte), so the
 * two pictures match: land from no activity to the busiest country's, borders, and country and city names.
 */
export const MAP_COLOURS = {
	water: '#dbe6ee',
	land: { programme: ['#fbfaf6', '#eedfbf'], other: ['#e9e7e2', '#e0d3b3'] },
	border: { programme: { colour: '#857f74', width: 1.1 }, other: { colour: '#b3aea5', width: 0.7 } },
	countryName: { programme: { colour: '#4a4f57', halo: '#fbfaf6' }, other: { colour: '#8c9098', halo: '#e9e7e2' } },
	cityName: { colour: '#1d2433', halo: '#ffffff' }
} as const;
/** A country-only mark is a diamond with half-diagonal 1.25 r: about the area of a circle of radius r. */
export const DIAMOND_STRETCH = 1.25;
