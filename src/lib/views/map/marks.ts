// The map's marks from the query rows: one per host place or country-only host, with its counts, names and selection.
import type { HostRow, PlaceRow } from '$lib/crossfilter/rows';
import { inBox, type Box } from './mapRegion';
import type { MapText } from './text';

export type MarkKind = 'city' | 'country';

export interface Mark {
	key: string;
	kind: MarkKind;
	/** place id (city) or ISO3 (country-only): the value this mark selects */
	id: string;
	name: string;
	country: string;
	countryName: string;
	lon: number | null;
	lat: number | null;
	n: number;
	nSelected: number;
	selected: boolean;
	inFrame: boolean;
}

export interface MarkContext {
	/** The registry's places and countries by id: where a mark stands and which country a place is in. */
	places: Map<string, Pick<PlaceRow, 'lon' | 'lat' | 'country'>>;
	/** Display names in the page's language (an unknown id shows as itself). */
	names: { place(id: string): string; country(iso3: string): string };
	/** The map's place and country clauses. */
	selected: { place: string[]; country: string[] };
	/** What the map shows framed on Central Asia: a mark outside it is "abroad". */
	framed: Box;
}

/** One mark; `id` is a place id or an ISO3, and a mark without a known place has no position. */
export function toMark(key: string, kind: MarkKind, id: string, country: string, n: number, nSelected: number, ctx: MarkContext): Mark {
	const p = ctx.places.get(id);
	const lon = p?.lon ?? null;
	const lat = p?.lat ?? null;
	return {
		key,
		kind,
		id,
		name: p ? ctx.names.place(id) : id,
		country,
		countryName: ctx.names.country(country),
		lon,
		lat,
		n,
		nSelected,
		selected: kind === 'city' ? ctx.selected.place.includes(id) : ctx.selected.country.includes(id),
		inFrame: lon !== null && lat !== null && inBox(ctx.framed, lon, lat)
	};
}

/** The hosts as marks, and after them every selected place with no events under the other filters (an empty ring). */
export function marksOf(hosts: HostRow[], ctx: MarkContext): Mark[] {
	const out: Mark[] = [];
	const seen = new Set<string>();
	for (const h of hosts) {
		seen.add(h.key);
		out.push(toMark(h.key, h.place_id ? 'city' : 'country', h.place_id ?? h.country, h.country, h.n, h.n_selected, ctx));
	}
	for (const id of ctx.selected.place) if (!seen.has(id)) out.push(toMark(id, 'city', id, ctx.places.get(id)?.country ?? '', 0, 0, ctx));
	return out;
}

/** A mark's second tooltip line (and what its table row reads out): where, and how many events, of them how many selected. */
export function markDetail(m: Mark, T: MapText, mapClause: boolean): string {
	const where = m.kind === 'city' ? m.countryName : T.countryOnly;
	const count = mapClause ? `${T.events(m.n)} (${T.selectedOf(m.nSelected, m.n)})` : T.events(m.n);
	return `${where} · ${count}`;
}

/** The selection a mark asks for: its place, or its country for a country-only mark; `additive` keeps the others. */
export function markChange(m: Mark, additive: boolean): { dim: 'place' | 'country'; values: string[]; additive: boolean } {
	return { dim: m.kind === 'city' ? 'place' : 'country', values: [m.id], additive };
}
