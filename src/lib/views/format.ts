// Display formats shared by the views: date ranges, counts, names of ids.
import type { OrgRow, PlaceRow } from '$lib/crossfilter/queries';

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12–14 Mar 2019", "29 Jan – 1 Feb 2018", "20 Dec 2018 – 3 Jan 2019": the shortest unambiguous range. */
export function formatRange(start: string, end: string): string {
	const [y1, m1, d1] = start.split('-').map(Number);
	const [y2, m2, d2] = end.split('-').map(Number);
	if (start === end) return `${d1} ${MONTH[m1 - 1]} ${y1}`;
	if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTH[m1 - 1]} ${y1}`;
	if (y1 === y2) return `${d1} ${MONTH[m1 - 1]} – ${d2} ${MONTH[m2 - 1]} ${y1}`;
	return `${d1} ${MONTH[m1 - 1]} ${y1} – ${d2} ${MONTH[m2 - 1]} ${y2}`;
}

export function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Lookups from ids to display names, built once per registry. */
export function namesOf(places: PlaceRow[], orgs: OrgRow[]) {
	const place = new Map(places.map((p) => [p.id, p]));
	const org = new Map(orgs.map((o) => [o.id, o]));
	return {
		place: (id: string | null | undefined) => (id ? (place.get(id)?.name ?? id) : ''),
		country: (iso3: string | null | undefined) => (iso3 ? (place.get(iso3)?.name ?? iso3) : ''),
		org: (id: string) => org.get(id)?.short || org.get(id)?.name || id,
		orgFull: (id: string) => org.get(id)?.name ?? id
	};
}
export type Names = ReturnType<typeof namesOf>;
