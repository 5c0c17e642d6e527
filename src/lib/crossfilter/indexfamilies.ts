// The time index's families: for each view's counted part (declared in counted.ts), the keys every event counts under, as compressed rows.
import { COUNTED, type FamilyName } from './counted';
import { maskOf } from './indexmasks';
import type { IndexSource } from './indexsource';
import type { NetworkLevel } from './queries';
import type { OrgRow } from './rows';

/** Every key an event has in one family, as compressed rows (CSR): keys of event i are keys[offsets[i] .. offsets[i+1]). */
export interface Family {
	/** The pass flag bit an event needs to count in this family. */
	mask: number;
	names: string[];
	offsets: Int32Array;
	keys: Int32Array;
}

export { FAMILY_NAMES, type FamilyName } from './counted';
export type Families = Record<FamilyName, Family>;

/** Rows of a per-event table (event_orgs, event_countries) grouped by event: rows of event i are order[off[i] .. off[i+1]). */
export interface EventRows {
	off: Int32Array;
	order: Int32Array;
}

class Dict {
	names: string[] = [];
	#codes = new Map<string, number>();
	code(name: string): number {
		let c = this.#codes.get(name);
		if (c === undefined) {
			c = this.names.length;
			this.#codes.set(name, c);
			this.names.push(name);
		}
		return c;
	}
}

/** Builds a family from a function listing each event's keys (duplicates within an event are dropped). */
function family(n: number, mask: number, keysOf: (i: number, push: (name: string) => void) => void): Family {
	const dict = new Dict();
	const offsets = new Int32Array(n + 1);
	let keys = new Int32Array(Math.max(16, n));
	let at = 0;
	const seen: number[] = [];
	for (let i = 0; i < n; i++) {
		offsets[i] = at;
		seen.length = 0;
		keysOf(i, (name) => {
			const c = dict.code(name);
			if (seen.includes(c)) return;
			seen.push(c);
			if (at === keys.length) {
				const grown = new Int32Array(keys.length * 2);
				grown.set(keys);
				keys = grown;
			}
			keys[at++] = c;
		});
	}
	offsets[n] = at;
	return { mask, names: dict.names, offsets, keys: keys.slice(0, at) };
}

export function eventRows(n: number, rowsEvent: ArrayLike<number>): EventRows {
	const off = new Int32Array(n + 1);
	for (let r = 0; r < rowsEvent.length; r++) off[rowsEvent[r] + 1]++;
	for (let i = 0; i < n; i++) off[i + 1] += off[i];
	const order = new Int32Array(rowsEvent.length);
	const fill = off.slice(0, n);
	for (let r = 0; r < rowsEvent.length; r++) order[fill[rowsEvent[r]]++] = r;
	return { off, order };
}

const rowsOf = (c: EventRows, i: number, each: (r: number) => void) => {
	for (let j = c.off[i]; j < c.off[i + 1]; j++) each(c.order[j]);
};

/**
 * Builds one family over the `n` events of `s` from its declaration (counted.ts): its pass flag from the clauses it
 * ignores, its keys read row by row. `rows` gives the events' country rows ('ec') or organisation rows ('eo'), grouped
 * once and shared between families.
 */
export function buildFamily(name: FamilyName, level: NetworkLevel, s: IndexSource, n: number, orgs: OrgRow[], rows: (table: 'ec' | 'eo') => EventRows): Family {
	const part = COUNTED[name];
	const mask = maskOf(part.ignores);
	const node = networkNode(orgs, level);
	const read = part.read;
	switch (part.rows) {
		case 'event':
			return family(n, mask, (i, push) => {
				const k = read(s, i, -1, node);
				if (k !== null) push(k);
			});
		case 'country':
		case 'org': {
			const c = rows(part.rows === 'country' ? 'ec' : 'eo');
			return family(n, mask, (i, push) =>
				rowsOf(c, i, (r) => {
					const k = read(s, i, r, node);
					if (k !== null) push(k);
				})
			);
		}
		case 'pair': {
			const c = rows('eo');
			const keys: string[] = [];
			return family(n, mask, (i, push) => {
				keys.length = 0;
				rowsOf(c, i, (r) => {
					const k = read(s, i, r, node);
					if (k !== null && !keys.includes(k)) keys.push(k);
				});
				keys.sort();
				for (let a = 0; a < keys.length; a++) for (let b = a + 1; b < keys.length; b++) push(`${keys[a]}\t${keys[b]}`);
			});
		}
	}
}

/** The network node an organisation counts under: itself, or at the country level its country (partners and orgs without one stay themselves). */
function networkNode(orgs: OrgRow[], level: NetworkLevel): (org: string) => string | null {
	const orgById = new Map(orgs.map((o) => [o.id, o]));
	return (org) => {
		const o = orgById.get(org);
		if (!o) return null;
		return level === 'org' || o.is_partner || o.country === '' ? o.id : o.country;
	};
}
