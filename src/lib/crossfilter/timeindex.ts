// The brushed dimension, pre-aggregated: per-week prefix counts of every view's keys by start and by end day, so a time window's counts come from two lookups, exact to the day.
//
// An event overlaps [from, to] when start ≤ to and end ≥ from. Since end ≥ start, the events with end < from are a
// subset of those with start ≤ to, so for any key: matching = #(start ≤ to) − #(end ≤ from − 1). Each count is a
// prefix sum over whole weeks plus the few events of the last, partial week (found by binary search in the events
// sorted by start, or by end). A brush step costs O(keys + events in two weeks), whatever the window's size.
// Undated events come last in the index's order and sit outside the weeks: counted with no window, never within one.
import type { CountryActivityRow, FacetRow, FlowRow, HostRow, ListRow, NetworkEdgeRow, NetworkLevel, NetworkNodeRow, OrgRow, PlaceRow } from './queries';
import { OWN } from './queries';
import { toPredicate, type Dimension, type Selection } from './selection';

/** The events in (date_start, id) order, undated last, with the columns the views group by. Days count from 1970-01-01. */
export interface IndexSource {
	/** How many events have a day (the first `dated` of the order); the rest are undated and their start/end are not read. Default: all. */
	dated?: number;
	start: ArrayLike<number>;
	end: ArrayLike<number>;
	/** host mark key: place id, or '@' + ISO3 for country-only events; null without a country */
	host: ArrayLike<string | null>;
	hostCountry: ArrayLike<string | null>;
	kind: ArrayLike<string>;
	topic: ArrayLike<string | null>;
	/** event_countries rows: event index (in the order above), country, role = host */
	ecEvent: ArrayLike<number>;
	ecCountry: ArrayLike<string>;
	ecHost: ArrayLike<boolean | number>;
	/** event_orgs rows: event index, org id, role = partner */
	eoEvent: ArrayLike<number>;
	eoOrg: ArrayLike<string>;
	eoPartner: ArrayLike<boolean | number>;
	/** The list's own columns of event i, read on demand (in the page, from Arrow columns: titles are never copied out). */
	listFields?: (i: number) => ListFields;
	/** date_end as a day number (`end` above is never before the start; the list shows the date as recorded). */
	dateEnd?: ArrayLike<number>;
}

/** What the event list shows beside what the index holds already. */
export interface ListFields {
	id: string;
	title: string;
	place_id: string | null;
	flags: string;
	year_explicit: boolean;
}

/** The clauses each family of counts leaves out (beside time), and the bit of its pass flag per event. */
const MASKS: { bit: number; except: Dimension[] }[] = [
	{ bit: 1, except: [] },
	{ bit: 2, except: OWN.map },
	{ bit: 4, except: OWN.network },
	{ bit: 8, except: OWN.partners },
	{ bit: 16, except: OWN.countries },
	{ bit: 32, except: OWN.kinds },
	{ bit: 64, except: OWN.topics }
];
const ALL = 1;
const NOT_MAP = 2;
const NOT_ORG = 4;
const NOT_PARTNER = 8;
const NOT_COUNTRY = 16;
const NOT_KIND = 32;
const NOT_TOPIC = 64;

/** The selection without its time clause: what the index is built for. A time-only change keeps the same key. */
export function baseKey(sel: Selection, level: NetworkLevel): string {
	return JSON.stringify([level, sel.place, sel.country, sel.org, sel.partner, sel.pmode ?? 'any', sel.kind, sel.topic]);
}

export function hasBaseClauses(sel: Selection): boolean {
	return sel.place.length + sel.country.length + sel.org.length + sel.partner.length + sel.kind.length + sel.topic.length > 0;
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

/** Every key an event has in one family, as compressed rows (CSR): keys of event i are keys[offsets[i] .. offsets[i+1]). */
interface Family {
	mask: number;
	names: string[];
	offsets: Int32Array;
	keys: Int32Array;
}

/** A family's prefix counts for one base selection: row w holds the counts of the weeks before week w. */
interface Prefix {
	starts: Int32Array;
	ends: Int32Array;
	/** Counts per key of the undated events: added when no window is set. */
	undated: Int32Array;
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
function family(n: number, mask: number, dict: Dict, keysOf: (i: number, push: (name: string) => void) => void): Family {
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

/** Rows of a per-event table (event_orgs, event_countries) grouped by event: rows of event i are order[off[i] .. off[i+1]). */
function eventRows(n: number, rowsEvent: ArrayLike<number>): { off: Int32Array; order: Int32Array } {
	const off = new Int32Array(n + 1);
	for (let r = 0; r < rowsEvent.length; r++) off[rowsEvent[r] + 1]++;
	for (let i = 0; i < n; i++) off[i + 1] += off[i];
	const order = new Int32Array(rowsEvent.length);
	const fill = off.slice(0, n);
	for (let r = 0; r < rowsEvent.length; r++) order[fill[rowsEvent[r]]++] = r;
	return { off, order };
}

const lowerBound = (xs: Int32Array, v: number) => {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (xs[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
};

const DAY_MS = 86_400_000;
const toDayNumber = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / DAY_MS);
/** A day number as YYYY-MM-DD (the list's dates, as DuckDB's strftime writes them). */
const toIso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const WEEK = 7;

export interface WindowViews {
	count: number;
	hosts: HostRow[];
	flows: FlowRow[];
	countries: CountryActivityRow[];
	nodes: NetworkNodeRow[];
	edges: NetworkEdgeRow[];
	facets: { partners: FacetRow[]; countries: FacetRow[]; kinds: FacetRow[]; topics: FacetRow[] };
}

/** The dataset's side of the index: families per level, the events' days, week blocks. Masks and prefixes are per base selection. */
export class TimeIndex {
	readonly n: number;
	/** Events with a day: indexes below it. */
	readonly #dated: number;
	readonly #start: Int32Array;
	/** event indexes sorted by end day, and those days */
	readonly #byEnd: Int32Array;
	readonly #endSorted: Int32Array;
	readonly #day0: number;
	readonly #weeks: number;
	readonly #src: IndexSource;
	readonly #orgs: OrgRow[];
	readonly #families = new Map<string, Family>();
	readonly #hostCountry = new Map<string, string>();
	readonly #totals = new Map<Family, Int32Array>();
	readonly #places: Map<string, Pick<PlaceRow, 'name' | 'name_ru'>>;
	/** The longest event in days: scanning back from a window's end can stop this far before its start. */
	readonly #maxSpan: number;

	constructor(src: IndexSource, orgs: OrgRow[], places: Pick<PlaceRow, 'id' | 'name' | 'name_ru'>[] = []) {
		this.#src = src;
		this.#orgs = orgs;
		this.#places = new Map(places.map((p) => [p.id, p]));
		this.n = src.start.length;
		const n = (this.#dated = Math.min(src.dated ?? this.n, this.n));
		this.#start = Int32Array.from({ length: n }, (_, i) => src.start[i]);
		const end = Int32Array.from({ length: n }, (_, i) => src.end[i]);
		let min = Infinity;
		let max = -Infinity;
		for (let i = 0; i < n; i++) {
			if (this.#start[i] < min) min = this.#start[i];
			if (end[i] > max) max = end[i];
			if (i > 0 && this.#start[i] < this.#start[i - 1]) throw new Error('TimeIndex: events must come in start order');
		}
		let span = 0;
		for (let i = 0; i < n; i++) if (end[i] - this.#start[i] > span) span = end[i] - this.#start[i];
		this.#maxSpan = span;
		this.#day0 = n ? min : 0;
		this.#weeks = n ? Math.floor((max - min) / WEEK) + 1 : 0;
		this.#byEnd = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => end[a] - end[b] || a - b);
		this.#endSorted = Int32Array.from(this.#byEnd, (i) => end[i]);
		for (let i = 0; i < n; i++) {
			const h = src.host[i];
			if (h !== null && src.hostCountry[i] !== null && !this.#hostCountry.has(h)) this.#hostCountry.set(h, src.hostCountry[i]!);
		}
	}

	/** The families of counts the views need; built once per dataset (network ones once per level). */
	#family(name: string, level: NetworkLevel): Family {
		const id = name === 'nodes' || name === 'edges' ? `${name}:${level}` : name;
		let f = this.#families.get(id);
		if (f) return f;
		const s = this.#src;
		const n = this.n;
		const csr = (rowsEvent: ArrayLike<number>) => eventRows(n, rowsEvent);
		const rowsOf = (c: { off: Int32Array; order: Int32Array }, i: number, each: (r: number) => void) => {
			for (let j = c.off[i]; j < c.off[i + 1]; j++) each(c.order[j]);
		};
		const ec = () => this.#cached('ec', () => csr(s.ecEvent));
		const eo = () => this.#cached('eo', () => csr(s.eoEvent));
		const orgById = new Map(this.#orgs.map((o) => [o.id, o]));
		const nodeOf = (org: string) => {
			const o = orgById.get(org);
			if (!o) return null;
			return level === 'org' || o.is_partner || o.country === '' ? o.id : o.country;
		};
		switch (name) {
			case 'count':
				f = family(n, ALL, new Dict(), (_, push) => push(''));
				break;
			case 'hosts':
			case 'hostsSelected':
				f = family(n, name === 'hosts' ? NOT_MAP : ALL, new Dict(), (i, push) => {
					const h = s.host[i];
					if (h !== null && s.hostCountry[i] !== null) push(h);
				});
				break;
			case 'flows': {
				const c = ec();
				f = family(n, NOT_MAP, new Dict(), (i, push) => {
					const h = s.host[i];
					if (h === null || s.hostCountry[i] === null) return;
					rowsOf(c, i, (r) => {
						if (!s.ecHost[r]) push(`${s.ecCountry[r]}\t${h}`);
					});
				});
				break;
			}
			case 'countries':
			case 'hosted':
			case 'facetCountries': {
				const c = ec();
				const mask = name === 'facetCountries' ? NOT_COUNTRY : NOT_MAP;
				f = family(n, mask, new Dict(), (i, push) => rowsOf(c, i, (r) => (name !== 'hosted' || s.ecHost[r] ? push(s.ecCountry[r]) : undefined)));
				break;
			}
			case 'partners': {
				const c = eo();
				f = family(n, NOT_PARTNER, new Dict(), (i, push) => rowsOf(c, i, (r) => (s.eoPartner[r] ? push(s.eoOrg[r]) : undefined)));
				break;
			}
			case 'kinds':
				f = family(n, NOT_KIND, new Dict(), (i, push) => push(s.kind[i]));
				break;
			case 'topics':
				f = family(n, NOT_TOPIC, new Dict(), (i, push) => {
					const t = s.topic[i];
					if (t !== null) push(t);
				});
				break;
			case 'nodes': {
				const c = eo();
				f = family(n, NOT_ORG, new Dict(), (i, push) =>
					rowsOf(c, i, (r) => {
						const node = nodeOf(s.eoOrg[r]);
						if (node !== null) push(node);
					})
				);
				break;
			}
			case 'edges': {
				const c = eo();
				const nodes: string[] = [];
				f = family(n, NOT_ORG, new Dict(), (i, push) => {
					nodes.length = 0;
					rowsOf(c, i, (r) => {
						const node = nodeOf(s.eoOrg[r]);
						if (node !== null && !nodes.includes(node)) nodes.push(node);
					});
					nodes.sort();
					for (let a = 0; a < nodes.length; a++) for (let b = a + 1; b < nodes.length; b++) push(`${nodes[a]}\t${nodes[b]}`);
				});
				break;
			}
			default:
				throw new Error(`TimeIndex: no family ${name}`);
		}
		this.#families.set(id, f);
		return f;
	}

	readonly #memo = new Map<string, unknown>();
	#cached<T>(key: string, make: () => T): T {
		if (!this.#memo.has(key)) this.#memo.set(key, make());
		return this.#memo.get(key) as T;
	}

	/** Events per key over the whole dataset, no clause applied: the `total` of nodes, edges and facets. */
	#total(f: Family): Int32Array {
		let t = this.#totals.get(f);
		if (!t) {
			t = new Int32Array(f.names.length);
			for (let j = 0; j < f.keys.length; j++) t[f.keys[j]]++;
			this.#totals.set(f, t);
		}
		return t;
	}

	/** Prefix counts of one family under per-event pass flags. */
	#prefix(f: Family, masks: Uint8Array | null): Prefix {
		const K = f.names.length;
		const W = this.#weeks;
		const starts = new Int32Array((W + 1) * K);
		const ends = new Int32Array((W + 1) * K);
		const undated = new Int32Array(K);
		const end = this.#endSorted;
		for (let i = this.#dated; i < this.n; i++) {
			if (masks && !(masks[i] & f.mask)) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) undated[f.keys[j]]++;
		}
		for (let i = 0; i < this.#dated; i++) {
			if (masks && !(masks[i] & f.mask)) continue;
			const ws = Math.floor((this.#start[i] - this.#day0) / WEEK);
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) starts[(ws + 1) * K + f.keys[j]]++;
		}
		for (let r = 0; r < this.#dated; r++) {
			const i = this.#byEnd[r];
			if (masks && !(masks[i] & f.mask)) continue;
			const we = Math.floor((end[r] - this.#day0) / WEEK);
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) ends[(we + 1) * K + f.keys[j]]++;
		}
		for (let w = 1; w <= W; w++) {
			const row = w * K;
			const prev = row - K;
			for (let k = 0; k < K; k++) {
				starts[row + k] += starts[prev + k];
				ends[row + k] += ends[prev + k];
			}
		}
		return { starts, ends, undated };
	}

	/**
	 * Adds sign × (events of the family with day ≤ d) per key to `out`: the prefix row of d's week, then the events
	 * of that week up to d. `days` is sorted; `order` maps its positions to event indexes (null: the identity).
	 */
	#addUpTo(f: Family, prefix: Int32Array, days: Int32Array, order: Int32Array | null, masks: Uint8Array | null, d: number, sign: number, out: Int32Array) {
		if (d < this.#day0) return;
		const K = f.names.length;
		const w = Math.min(this.#weeks, Math.floor((d - this.#day0) / WEEK));
		const row = w * K;
		for (let k = 0; k < K; k++) out[k] += sign * prefix[row + k];
		if (w === this.#weeks) return;
		const from = lowerBound(days, this.#day0 + w * WEEK);
		const to = lowerBound(days, d + 1);
		for (let p = from; p < to; p++) {
			const i = order ? order[p] : p;
			if (masks && !(masks[i] & f.mask)) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out[f.keys[j]] += sign;
		}
	}

	/** Adds per key the events with start ≤ to and end ≥ from (an inverted window): only those starting `maxSpan` days before `from` can. */
	#spanning(f: Family, masks: Uint8Array | null, from: number, to: number, out: Int32Array): Int32Array {
		const end = this.#src.end;
		for (let i = lowerBound(this.#start, from - this.#maxSpan); i < this.#dated && this.#start[i] <= to; i++) {
			if (end[i] < from || (masks && !(masks[i] & f.mask))) continue;
			for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out[f.keys[j]]++;
		}
		return out;
	}

	/** The prepared state for one base selection: what a brush over it reads. */
	prepare(level: NetworkLevel, masks: Uint8Array | null): PreparedIndex {
		const names = ['count', 'hosts', 'hostsSelected', 'flows', 'countries', 'hosted', 'nodes', 'edges', 'partners', 'facetCountries', 'kinds', 'topics'] as const;
		const fams = Object.fromEntries(names.map((nm) => [nm, this.#family(nm, level)])) as Record<(typeof names)[number], Family>;
		const prefixes = new Map<Family, Prefix>();
		for (const f of Object.values(fams)) prefixes.set(f, this.#prefix(f, masks));
		const counts = (f: Family, time: [string, string] | null): Int32Array => {
			const out = new Int32Array(f.names.length);
			const p = prefixes.get(f)!;
			if (!time) {
				this.#addUpTo(f, p.starts, this.#start, null, masks, Number.MAX_SAFE_INTEGER, 1, out);
				for (let k = 0; k < out.length; k++) out[k] += p.undated[k];
				return out;
			}
			const from = toDayNumber(time[0]);
			const to = toDayNumber(time[1]);
			if (!Number.isFinite(from) || !Number.isFinite(to)) return out;
			// An inverted window selects, as the SQL does, the events spanning both days. The prefix identity needs the
			// events ending before `from` to be among those starting by `to`, which holds only while to ≥ from − 1.
			if (to < from - 1) return this.#spanning(f, masks, from, to, out);
			this.#addUpTo(f, p.starts, this.#start, null, masks, to, 1, out);
			this.#addUpTo(f, p.ends, this.#endSorted, this.#byEnd, masks, from - 1, -1, out);
			return out;
		};
		let undated = 0;
		for (let i = this.#dated; i < this.n; i++) if (!masks || masks[i] & ALL) undated++;
		return {
			answer: (time) => this.#answer(fams, counts, time),
			list: (time, limit) => this.#list(masks, time, limit),
			undated: (limit) => ({ n: undated, list: this.#undatedList(masks, limit) })
		};
	}

	/**
	 * The newest `limit` events of the whole selection in the window, as the list query orders them (start day
	 * descending, then id ascending: the index order within a day). Scans back from the window's end and stops `maxSpan`
	 * days before its start, where no earlier event can still reach into the window.
	 */
	#list(masks: Uint8Array | null, time: [string, string] | null, limit: number): ListRow[] | null {
		const s = this.#src;
		if (!s.listFields || !s.dateEnd) return null;
		const from = time ? toDayNumber(time[0]) : -Infinity;
		const to = time ? toDayNumber(time[1]) : Infinity;
		if (Number.isNaN(from) || Number.isNaN(to)) return [];
		const start = this.#start;
		const end = this.#src.end;
		const picked: number[] = [];
		let hi = to === Infinity ? this.#dated : lowerBound(start, to + 1);
		const stop = from - this.#maxSpan;
		while (hi > 0 && picked.length < limit && start[hi - 1] >= stop) {
			// One day's events, taken in index (id) order.
			const lo = lowerBound(start, start[hi - 1]);
			for (let i = lo; i < hi && picked.length < limit; i++) {
				if (end[i] < from || (masks && !(masks[i] & ALL))) continue;
				picked.push(i);
			}
			hi = lo;
		}
		return this.#listRows(picked);
	}

	/** The first `limit` undated events (by id, the index's order among them) passing every clause. */
	#undatedList(masks: Uint8Array | null, limit: number): ListRow[] | null {
		if (!this.#src.listFields) return null;
		const picked: number[] = [];
		for (let i = this.#dated; i < this.n && picked.length < limit; i++) if (!masks || masks[i] & ALL) picked.push(i);
		return this.#listRows(picked);
	}

	#listRows(picked: number[]): ListRow[] {
		const s = this.#src;
		const partnerShorts = this.#partnerShorts();
		return picked.map((i) => {
			const f = s.listFields!(i);
			const place = f.place_id === null ? undefined : this.#places.get(f.place_id);
			const dated = i < this.#dated;
			return {
				id: f.id,
				date_start: dated ? toIso(this.#start[i]) : null,
				date_end: dated ? toIso(s.dateEnd![i]) : null,
				title: f.title,
				kind: s.kind[i],
				topic: s.topic[i],
				place_id: f.place_id,
				place_name: place?.name ?? null,
				place_name_ru: place?.name_ru ?? null,
				country: s.hostCountry[i],
				flags: f.flags,
				year_explicit: f.year_explicit,
				partners: partnerShorts(i)
			};
		});
	}

	/** The partners of event i by short name, sorted and joined as the list query's string_agg does (null: none). */
	#partnerShorts(): (i: number) => string | null {
		const s = this.#src;
		const short = this.#cached('shorts', () => new Map(this.#orgs.map((o) => [o.id, o.short])));
		const csr = this.#cached('eo', () => eventRows(this.n, s.eoEvent));
		return (i) => {
			const names: string[] = [];
			for (let j = csr.off[i]; j < csr.off[i + 1]; j++) {
				const r = csr.order[j];
				if (!s.eoPartner[r]) continue;
				const sh = short.get(s.eoOrg[r]);
				if (sh !== undefined) names.push(sh);
			}
			if (!names.length) return null;
			return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
		};
	}

	#answer(
		f: Record<'count' | 'hosts' | 'hostsSelected' | 'flows' | 'countries' | 'hosted' | 'nodes' | 'edges' | 'partners' | 'facetCountries' | 'kinds' | 'topics', Family>,
		counts: (f: Family, time: [string, string] | null) => Int32Array,
		time: [string, string] | null
	): WindowViews {
		const count = counts(f.count, time)[0] ?? 0;

		const hn = counts(f.hosts, time);
		const hsCounts = counts(f.hostsSelected, time);
		const hsCode = new Map(f.hostsSelected.names.map((k, i) => [k, i]));
		const hosts: HostRow[] = [];
		f.hosts.names.forEach((key, k) => {
			if (hn[k] <= 0) return;
			const c = hsCode.get(key);
			const at = key.startsWith('@');
			hosts.push({ key, place_id: at ? null : key, country: this.#hostCountry.get(key) ?? key.slice(1), n: hn[k], n_selected: c === undefined ? 0 : hsCounts[c] });
		});
		hosts.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

		const fl = counts(f.flows, time);
		const flows: FlowRow[] = [];
		f.flows.names.forEach((key, k) => {
			if (fl[k] <= 0) return;
			const tab = key.indexOf('\t');
			flows.push({ from_country: key.slice(0, tab), key: key.slice(tab + 1), n: fl[k] });
		});

		const cn = counts(f.countries, time);
		const ho = counts(f.hosted, time);
		const hoCode = new Map(f.hosted.names.map((k, i) => [k, i]));
		const countries: CountryActivityRow[] = [];
		f.countries.names.forEach((country, k) => {
			if (cn[k] <= 0) return;
			const c = hoCode.get(country);
			countries.push({ country, n: cn[k], hosted: c === undefined ? 0 : ho[c] });
		});

		const nn = counts(f.nodes, time);
		const nt = this.#total(f.nodes);
		const nodes: NetworkNodeRow[] = f.nodes.names
			.map((id, k) => ({ id, n: nn[k], total: nt[k] }))
			.filter((r) => r.total > 0)
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

		const en = counts(f.edges, time);
		const et = this.#total(f.edges);
		const edges: NetworkEdgeRow[] = [];
		f.edges.names.forEach((key, k) => {
			if (et[k] <= 0) return;
			const tab = key.indexOf('\t');
			edges.push({ source: key.slice(0, tab), target: key.slice(tab + 1), n: en[k], total: et[k] });
		});
		edges.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));

		const facet = (fam: Family): FacetRow[] => {
			const n = counts(fam, time);
			const t = this.#total(fam);
			return fam.names
				.map((value, k) => ({ value, n: n[k], total: t[k] }))
				.filter((r) => r.total > 0)
				.sort((a, b) => b.n - a.n || b.total - a.total || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
		};
		return {
			count,
			hosts,
			flows,
			countries,
			nodes,
			edges,
			facets: { partners: facet(f.partners), countries: facet(f.facetCountries), kinds: facet(f.kinds), topics: facet(f.topics) }
		};
	}
}

export interface PreparedIndex {
	answer(time: [string, string] | null): WindowViews;
	/** The list of the window (see #list); null when the source has no list columns. */
	list(time: [string, string] | null, limit: number): ListRow[] | null;
	/** The undated events passing every clause but time: how many, and the first `limit` (list null without list columns). */
	undated(limit: number): { n: number; list: ListRow[] | null };
}

/** The SQL the index is read from: events in index order, then their countries and organisations by event index. */
export const INDEX_SOURCE_SQL = {
	events: `SELECT (e.date_start - DATE '1970-01-01')::INTEGER AS s, (greatest(e.date_end, e.date_start) - DATE '1970-01-01')::INTEGER AS e,
		CASE WHEN e.country IS NULL THEN NULL ELSE coalesce(e.place_id, '@' || e.country) END AS h, e.country AS hc, e.kind AS k, e.topic AS t,
		(e.date_end - DATE '1970-01-01')::INTEGER AS de, e.id, e.title, e.place_id AS p, e.flags AS f, e.year_explicit AS y
		FROM events e ORDER BY e.date_start NULLS LAST, e.id`,
	countries: `WITH ev AS (SELECT id, (row_number() OVER (ORDER BY date_start NULLS LAST, id) - 1)::INTEGER AS i FROM events)
		SELECT ev.i, ec.country AS c, ec.role = 'host' AS host FROM event_countries ec JOIN ev ON ev.id = ec.event_id`,
	orgs: `WITH ev AS (SELECT id, (row_number() OVER (ORDER BY date_start NULLS LAST, id) - 1)::INTEGER AS i FROM events)
		SELECT ev.i, eo.org_id AS o, eo.role = 'partner' AS partner FROM event_orgs eo JOIN ev ON ev.id = eo.event_id`
};
