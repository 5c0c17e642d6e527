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
