// Synthetic datasets for the benchmark: seeded events over the registries' places, agencies and partners, written as the page's Arrow tables + manifest.json + summary.json.
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Table, tableToIPC } from 'apache-arrow';
import { emptySelection } from '../../src/lib/crossfilter/selection';
import { fetchRegistry, fetchViews, type Summary } from '../../src/lib/crossfilter/views';
import type { Registry } from '../../src/lib/ingest/registry';
import { toArrowTable } from '../../src/lib/model/arrow';
import { CENTRAL_ASIA, KINDS, isPartnerOrg, type Org, type Place } from '../../src/lib/model/event';
import { createTableSql, TABLE_NAMES, TABLES, type Row, type TableName } from '../../src/lib/model/tables';
import { openNodeDbWith } from '../nodedb';
import { timelineModeFor } from '../../src/lib/crossfilter/density';
import { mulberry32 } from '../prng';

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** A weighted choice, precomputed as a cumulative table so a million draws stay cheap. */
function weighted<T>(items: readonly T[], weights: readonly number[]): (rng: Rng) => T {
	const cum: number[] = [];
	let total = 0;
	for (const w of weights) cum.push((total += w));
	return (rng) => {
		const r = rng() * total;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid] > r) hi = mid;
			else lo = mid + 1;
		}
		return items[lo];
	};
}

/** The programme's years: since 2003, with activity growing as it did. */
export const FIRST_YEAR = 2003;
export const LAST_YEAR = 2024;
const DAY_MS = 86_400_000;
const EPOCH_FIRST = Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS;
const EPOCH_LAST = Date.UTC(LAST_YEAR, 11, 31) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const KIND_LABEL: Record<string, string> = {
	workshop: 'Workshop',
	training: 'Training course',
	meeting: 'Meeting',
	mission: 'Expert mission',
	study_visit: 'Study visit',
	handover: 'Equipment handover',
	conference: 'Conference',
	other: 'Event'
};

/** Agency types that take part in border-management events, most often first. */
const AGENCY_TYPES = ['border', 'customs', 'migration', 'drug_control', 'interior', 'agriculture', 'training', 'emergency'];
const AGENCY_WEIGHTS = [10, 8, 4, 3, 2, 2, 2, 1];

export interface Generated {
	tables: Record<TableName, Row[][]>;
	counts: Record<TableName, number>;
}

/**
 * `size` events (ids b-0000001… in date order, so the tables are stored sorted by start date), each with a host
 * place, participant agencies from one to four countries and zero to two partners. Rows come in chunks so a
 * million events never sit in memory as one array of objects.
 */
export function* generateChunks(reg: Registry, size: number, seed: number, chunk = 50_000): Generator<Record<TableName, Row[]>> {
	const rng = mulberry32(seed);
	const cities = reg.places.filter((p) => p.kind === 'city');
	const caCities = cities.filter((p) => (CENTRAL_ASIA as readonly string[]).includes(p.country));
	const outside = cities.filter((p) => !(CENTRAL_ASIA as readonly string[]).includes(p.country));
	const capitals = new Set(['astana', 'almaty', 'bishkek', 'dushanbe', 'ashgabat', 'tashkent']);
	const pickCaCity = weighted(caCities, caCities.map((p) => (capitals.has(p.id) ? 12 : 1)));
	const partners = reg.orgs.filter((o) => isPartnerOrg(o) && (o.type === 'partner' || o.type === 'donor' || o.type === 'eu_delegation'));
	const pickPartner = weighted(partners, partners.map((o, i) => 1 + 8 / (i + 1)));
	const agencies = new Map<string, Map<string, Org[]>>();
	for (const o of reg.orgs) {
		if (!(CENTRAL_ASIA as readonly string[]).includes(o.country)) continue;
		const byType = agencies.get(o.country) ?? new Map<string, Org[]>();
		byType.set(o.type, [...(byType.get(o.type) ?? []), o]);
		agencies.set(o.country, byType);
	}
	const pickType = weighted(AGENCY_TYPES, AGENCY_WEIGHTS);
	const pickKind = weighted(KINDS, [10, 9, 7, 3, 3, 2, 3, 1]);
	const years = LAST_YEAR - FIRST_YEAR + 1;
	const pickYear = weighted(
		Array.from({ length: years }, (_, i) => FIRST_YEAR + i),
		Array.from({ length: years }, (_, i) => 4 + i)
	);

	// Start days first, sorted, so ids follow the calendar.
	const starts = new Int32Array(size);
	for (let i = 0; i < size; i++) {
		const y = pickYear(rng);
		const from = Date.UTC(y, 0, 1) / DAY_MS;
		const to = Math.min(EPOCH_LAST, Date.UTC(y, 11, 31) / DAY_MS);
		starts[i] = Math.max(EPOCH_FIRST, from + Math.floor(rng() * (to - from + 1)));
	}
	starts.sort();

	let out = emptyChunk();
	for (let i = 0; i < size; i++) {
		const id = `b-${String(i + 1).padStart(7, '0')}`;
		const r = rng();
		const days = r < 0.3 ? 1 : r < 0.75 ? 2 + Math.floor(rng() * 2) : r < 0.95 ? 4 + Math.floor(rng() * 2) : 6 + Math.floor(rng() * 9);
		const start = starts[i];
		const end = start + days - 1;
		const where = rng();
		let place: Place | null;
		let country: string;
		if (where < 0.9) {
			place = pickCaCity(rng);
			country = place.country;
		} else if (where < 0.95) {
			place = null;
			country = pick(rng, CENTRAL_ASIA);
		} else {
			place = pick(rng, outside);
			country = place.country;
		}
		const kind = pickKind(rng);
		const topic = rng() < 0.85 ? pick(rng, reg.topics).id : null;
		const year = new Date(start * DAY_MS).getUTCFullYear();
		const placeName = place?.name ?? reg.places.find((p) => p.id === country)?.name ?? country;
		const topicName = topic ? reg.topics.find((t) => t.id === topic)!.name.toLowerCase() : 'border management';
		// One event in fifty has no day, as deliveries and "mid-February" items have in the record: without drawing from
		// the generator, so every other value stays what it was.
		const undated = i % 50 === 7;
		out.events.push({
			id,
			item_id: `bench-${year}-${i + 1}`,
			session: 1,
			source: `bench-${year}.txt`,
			title: `${KIND_LABEL[kind]} on ${topicName} in ${placeName}`,
			kind,
			topic,
			date_start: undated ? null : isoDay(start),
			date_end: undated ? null : isoDay(end),
			year_explicit: true,
			flags: undated ? 'undated' : '',
			place_id: place?.id ?? null,
			country,
			participants_count: rng() < 0.7 ? 8 + Math.floor(rng() * 40) : null,
			spans: '{}',
			span_start: 0,
			span_end: 0,
			source_url: null,
			record_line: null
		});

		// Participant countries: the host (when it is one of the five) and up to three neighbours.
		const countries = new Set<string>();
		if ((CENTRAL_ASIA as readonly string[]).includes(country)) countries.add(country);
		const extra = Math.floor(rng() * rng() * 4);
		for (let k = 0; k < extra; k++) countries.add(pick(rng, CENTRAL_ASIA));
		if (countries.size === 0) countries.add(pick(rng, CENTRAL_ASIA));
		const orgIds = new Set<string>();
		for (const c of countries) {
			const byType = agencies.get(c)!;
			const n = 1 + Math.floor(rng() * 2);
			for (let k = 0; k < n; k++) {
				const list = byType.get(pickType(rng)) ?? byType.get('border')!;
				orgIds.add(pick(rng, list).id);
			}
		}
		for (const o of orgIds) out.event_orgs.push({ event_id: id, org_id: o, role: 'participant' });
		const np = rng() < 0.1 ? 0 : rng() < 0.7 ? 1 : 2;
		const ps = new Set<string>();
		for (let k = 0; k < np; k++) ps.add(pickPartner(rng).id);
		for (const p of ps) out.event_orgs.push({ event_id: id, org_id: p, role: 'partner' });
		out.event_countries.push({ event_id: id, country, role: 'host' });
		for (const c of countries) if (c !== country) out.event_countries.push({ event_id: id, country: c, role: 'participant' });

		if (out.events.length >= chunk) {
			yield out;
			out = emptyChunk();
		}
	}
	if (out.events.length) yield out;
}

function emptyChunk(): Record<TableName, Row[]> {
	return { events: [], places: [], orgs: [], event_orgs: [], event_countries: [], sources: [] };
}

/** The registries' rows and one short source text per year (the synthetic events point at them). */
function registryRows(reg: Registry): Pick<Record<TableName, Row[]>, 'places' | 'orgs' | 'sources'> {
	return {
		places: reg.places.map((p) => ({ id: p.id, name: p.name, name_ru: p.name_ru, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon })),
		orgs: reg.orgs.map((o) => ({
			id: o.id,
			short: o.short,
			name: o.name,
			name_ru: o.name_ru,
			country: o.country,
			type: o.type,
			is_partner: isPartnerOrg(o)
		})),
		sources: Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => ({
			file: `bench-${FIRST_YEAR + i}.txt`,
			text: `Synthetic benchmark events of ${FIRST_YEAR + i}: generated from the registries, not from published news.`
		}))
	};
}

/** A whole dataset in memory, for small sizes (the tests): the same rows writeBenchDataset writes. */
export function generateDataset(reg: Registry, size: number, seed = 20031): Record<TableName, Row[]> {
	const out: Record<TableName, Row[]> = { ...emptyChunk(), ...registryRows(reg) };
	for (const chunk of generateChunks(reg, size, seed)) {
		for (const t of ['events', 'event_orgs', 'event_countries'] as const) for (const r of chunk[t]) out[t].push(r);
	}
	return out;
}

/** CSV for node DuckDB's COPY: \N is NULL, every text quoted. */
function csvLine(name: TableName, row: Row): string {
	return Object.keys(TABLES[name])
		.map((c) => {
			const v = row[c];
			if (v === null || v === undefined) return '\\N';
			if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
			return String(v);
		})
		.join(',');
}

export interface WriteResult {
	dir: string;
	counts: Record<TableName, number>;
	ms: number;
}

/**
 * Writes data/bench-<size>/ under `siteDir` (the built site): every table as Arrow IPC, manifest.json, and
 * summary.json computed by the page's own queries on node DuckDB (loaded from CSV: bound INSERTs of a million
 * rows would take minutes).
 */
export async function writeBenchDataset(siteDir: string, reg: Registry, size: number, seed = 20031): Promise<WriteResult> {
	const t0 = performance.now();
	const name = `bench-${size}`;
	const dir = join(siteDir, 'data', name);
	const tmp = join(dir, '.csv');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });

	const batches = Object.fromEntries(TABLE_NAMES.map((n) => [n, [] as Table['batches']])) as Record<TableName, Table['batches']>;
	const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as Record<TableName, number>;
	const add = (table: TableName, rows: Row[]) => {
		if (!rows.length) return;
		batches[table].push(...toArrowTable(table, rows).batches);
		appendFileSync(join(tmp, `${table}.csv`), rows.map((r) => csvLine(table, r)).join('\n') + '\n');
		counts[table] += rows.length;
	};
	const fixed = registryRows(reg);
	for (const t of ['places', 'orgs', 'sources'] as const) add(t, fixed[t]);
	for (const chunk of generateChunks(reg, size, seed)) {
		for (const t of ['events', 'event_orgs', 'event_countries'] as const) add(t, chunk[t]);
	}

	const tables: Record<string, string> = {};
	for (const t of TABLE_NAMES) {
		writeFileSync(join(dir, `${t}.arrow`), tableToIPC(new Table(batches[t]), 'file'));
		tables[t] = `${t}.arrow`;
	}
	const generated = new Date().toISOString();
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ tables, counts, generated, warnings: [] }, null, 2) + '\n');

	const db = await openNodeDbWith(async (conn) => {
		for (const t of TABLE_NAMES) {
			await conn.run(createTableSql(t));
			await conn.run(`COPY ${t} FROM '${join(tmp, `${t}.csv`).replace(/'/g, "''")}' (FORMAT csv, HEADER false, NULL '\\N', QUOTE '"', ESCAPE '"')`);
		}
	});
	try {
		const topics = reg.topics.map((t) => ({ id: t.id, name: t.name, name_ru: t.name_ru }));
		const registry = await fetchRegistry(db.query, topics);
		const views = await fetchViews(db.query, emptySelection(), 'org', timelineModeFor(registry.total));
		const summary: Summary = { generated, registry: { ...registry, origin: 'generated' }, views };
		writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary) + '\n');
	} finally {
		db.close();
		rmSync(tmp, { recursive: true, force: true });
	}
	return { dir, counts, ms: performance.now() - t0 };
}
