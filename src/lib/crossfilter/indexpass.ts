// The pass flags of a base selection computed in the page from the index's own columns: the same bits masksQuery asks DuckDB for, with no database.
import { MASKS } from './indexmasks';
import type { EventRows } from './indexfamilies';
import type { IndexSource } from './indexsource';
import type { Dimension, Selection } from './selection';

/** The list clauses the flags combine (time is the brush's, answered by the prefix counts). */
const CLAUSES = ['place', 'country', 'org', 'partner', 'kind', 'topic'] as const;
type Clause = (typeof CLAUSES)[number];

/** Whether the page can compute a selection's flags itself: every clause but a text search (which needs the source texts). */
export function passableInPage(sel: Selection, src: IndexSource): boolean {
	return src.place !== undefined && !sel.q?.trim();
}

/**
 * Each event's pass flags for `sel` without its time clause, in index order: bit `b` of MASKS is set when the event
 * passes every clause but that family's own. Same semantics as toPredicate: a missing value (no place, no topic)
 * never matches, several values of a clause mean any of them, partners with pmode=all mean all of them.
 */
export function passMasks(src: IndexSource, n: number, sel: Selection, rows: (table: 'ec' | 'eo') => EventRows): Uint8Array {
	const active = CLAUSES.filter((c) => sel[c].length > 0);
	const tests = active.map((c) => clauseTest(c, src, sel, rows));
	// Per mask, the active clauses it checks, as indexes into `tests`.
	const checks = MASKS.map(({ bit, except }) => ({ bit, use: active.map((c, k) => (isSkipped(except, c) ? -1 : k)).filter((k) => k >= 0) }));
	const out = new Uint8Array(n);
	const pass = new Uint8Array(tests.length);
	for (let i = 0; i < n; i++) {
		for (let k = 0; k < tests.length; k++) pass[k] = tests[k](i) ? 1 : 0;
		let m = 0;
		for (const { bit, use } of checks) {
			let ok = true;
			for (const k of use) if (!pass[k]) ok = false;
			if (ok) m |= bit;
		}
		out[i] = m;
	}
	return out;
}

const isSkipped = (except: Dimension[], c: Clause) => except.includes(c);

function clauseTest(c: Clause, s: IndexSource, sel: Selection, rows: (table: 'ec' | 'eo') => EventRows): (i: number) => boolean {
	const wanted = new Set(sel[c]);
	switch (c) {
		case 'place':
			return (i) => {
				const p = s.place![i];
				return p !== null && wanted.has(p);
			};
		case 'kind':
			return (i) => wanted.has(s.kind[i]);
		case 'topic':
			return (i) => {
				const t = s.topic[i];
				return t !== null && wanted.has(t);
			};
		case 'country': {
			const ec = rows('ec');
			return (i) => {
				for (let j = ec.off[i]; j < ec.off[i + 1]; j++) if (wanted.has(s.ecCountry[ec.order[j]])) return true;
				return false;
			};
		}
		case 'org': {
			const eo = rows('eo');
			return (i) => {
				for (let j = eo.off[i]; j < eo.off[i + 1]; j++) if (wanted.has(s.eoOrg[eo.order[j]])) return true;
				return false;
			};
		}
		case 'partner': {
			const eo = rows('eo');
			const all = sel.pmode === 'all' && sel.partner.length > 1;
			const seen = new Set<string>();
			return (i) => {
				seen.clear();
				for (let j = eo.off[i]; j < eo.off[i + 1]; j++) {
					const r = eo.order[j];
					if (!s.eoPartner[r] || !wanted.has(s.eoOrg[r])) continue;
					if (!all) return true;
					seen.add(s.eoOrg[r]);
				}
				return all && seen.size === wanted.size;
			};
		}
	}
}
