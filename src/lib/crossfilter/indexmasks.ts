// The base selection the time index is prepared for (every clause but time), and the per-event pass flags DuckDB computes for it.
import type { NetworkLevel } from './queries';
import { OWN } from './queries';
import { toPredicate, type Dimension, type Selection } from './selection';

/** Pass flag bits: an event passes the whole selection (ALL), or the selection minus one family's own clauses. */
export const ALL = 1;
export const NOT_MAP = 2;
export const NOT_ORG = 4;
export const NOT_PARTNER = 8;
export const NOT_COUNTRY = 16;
export const NOT_KIND = 32;
export const NOT_TOPIC = 64;

/** The clauses each family of counts leaves out (beside time), and the bit of its pass flag per event. */
export const MASKS: { bit: number; except: Dimension[] }[] = [
	{ bit: ALL, except: [] },
	{ bit: NOT_MAP, except: OWN.map },
	{ bit: NOT_ORG, except: OWN.network },
	{ bit: NOT_PARTNER, except: OWN.partners },
	{ bit: NOT_COUNTRY, except: OWN.countries },
	{ bit: NOT_KIND, except: OWN.kinds },
	{ bit: NOT_TOPIC, except: OWN.topics }
];

/** The pass flag bit of a family that ignores exactly these clauses. */
export function maskOf(ignores: readonly Dimension[]): number {
	const same = (a: readonly Dimension[]) => a.length === ignores.length && a.every((d) => ignores.includes(d));
	const m = MASKS.find((m) => same(m.except));
	if (!m) throw new Error(`No pass flag for a family ignoring [${ignores.join(', ')}]: add one to MASKS`);
	return m.bit;
}

/** The selection without its time clause: what the index is built for. A time-only change keeps the same key. */
export function baseKey(sel: Selection, level: NetworkLevel): string {
	return JSON.stringify([level, sel.place, sel.country, sel.org, sel.partner, sel.pmode ?? 'any', sel.kind, sel.topic, sel.q?.trim() ?? '']);
}

export function hasBaseClauses(sel: Selection): boolean {
	return sel.place.length + sel.country.length + sel.org.length + sel.partner.length + sel.kind.length + sel.topic.length > 0 || !!sel.q?.trim();
}

/** SQL giving each event (in index order) its pass flags: bit set when it passes the selection minus that family's clauses. */
export function masksQuery(sel: Selection): { sql: string; params: unknown[] } {
	const base = { ...sel, time: null };
	const params: unknown[] = [];
	const terms = MASKS.map(({ bit, except }) => {
		const p = toPredicate(base, except);
		params.push(...p.params);
		return `CASE WHEN coalesce((${p.sql}), FALSE) THEN ${bit} ELSE 0 END`;
	});
	return { sql: `SELECT (${terms.join(' + ')})::INTEGER AS m FROM events e ORDER BY e.date_start NULLS LAST, e.id`, params };
}
