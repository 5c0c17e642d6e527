// The time index's families: for each view, the keys every event counts under (a host, a flow, a country, a node…), as compressed rows.
import { ALL, NOT_COUNTRY, NOT_KIND, NOT_MAP, NOT_ORG, NOT_PARTNER, NOT_TOPIC } from './indexmasks';
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

/** The families a prepared index counts, one per view's part (network ones depend on the level). */
export const FAMILY_NAMES = ['count', 'hosts', 'hostsSelected', 'flows', 'countries', 'hosted', 'nodes', 'edges', 'partners', 'facetCountries', 'kinds', 'topics'] as const;
export type FamilyName = (typeof FAMILY_NAMES)[number];
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
 * Builds one family over the `n` events of `s`. `rows` gives the events' country rows ('ec') or organisation rows
 * ('eo'), grouped once and shared between families.
 */
export function buildFamily(name: FamilyName, level: NetworkLevel, s: IndexSource, n: number, orgs: OrgRow[], rows: (table: 'ec' | 'eo') => EventRows): Family {
	switch (name) {
		case 'count':
			return family(n, ALL, (_, push) => push(''));
		case 'hosts':
		case 'hostsSelected':
			return family(n, name === 'hosts' ? NOT_MAP : ALL, (i, push) => {
				const h = s.host[i];
				if (h !== null && s.hostCountry[i] !== null) push(h);
			});
		case 'flows': {
			const c = rows('ec');
			return family(n, NOT_MAP, (i, push) => {
				const h = s.host[i];
				if (h === null || s.hostCountry[i] === null) return;
				rowsOf(c, i, (r) => {
					if (!s.ecHost[r]) push(`${s.ecCountry[r]}\t${h}`);
				});
			});
		}
		case 'countries':
		case 'hosted':
		case 'facetCountries': {
			const c = rows('ec');
			const mask = name === 'facetCountries' ? NOT_COUNTRY : NOT_MAP;
			return family(n, mask, (i, push) => rowsOf(c, i, (r) => (name !== 'hosted' || s.ecHost[r] ? push(s.ecCountry[r]) : undefined)));
		}
		case 'partners': {
			const c = rows('eo');
			return family(n, NOT_PARTNER, (i, push) => rowsOf(c, i, (r) => (s.eoPartner[r] ? push(s.eoOrg[r]) : undefined)));
		}
		case 'kinds':
			return family(n, NOT_KIND, (i, push) => push(s.kind[i]));
		case 'topics':
			return family(n, NOT_TOPIC, (i, push) => {
				const t = s.topic[i];
				if (t !== null) push(t);
			});
		case 'nodes': {
			const c = rows('eo');
			const nodeOf = networkNode(orgs, level);
			return family(n, NOT_ORG, (i, push) =>
				rowsOf(c, i, (r) => {
					const node = nodeOf(s.eoOrg[r]);
					if (node !== null) push(node);
				})
			);
		}
		case 'edges': {
			const c = rows('eo');
			const nodeOf = networkNode(orgs, level);
			const nodes: string[] = [];
			return family(n, NOT_ORG, (i, push) => {
				nodes.length = 0;
				rowsOf(c, i, (r) => {
					const node = nodeOf(s.eoOrg[r]);
					if (node !== null && !nodes.includes(node)) nodes.push(node);
				});
				nodes.sort();
				for (let a = 0; a < nodes.length; a++) for (let b = a + 1; b < nodes.length; b++) push(`${nodes[a]}\t${nodes[b]}`);
			});
		}
		default:
			throw new Error(`TimeIndex: no family ${name as string}`);
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
