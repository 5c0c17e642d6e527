// The benchmark harness keeps working: a tiny generated dataset is valid (node DuckDB reads its Arrow tables back), and the results writer and table printer keep the contract's shape.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromArrowIPC } from '../../../src/lib/model/arrow';
import { TABLE_NAMES, TABLES, type Dataset, type Row } from '../../../src/lib/model/tables';
import { parseManifest } from '../../../src/lib/db/manifest';
import type { Summary } from '../../../src/lib/crossfilter/views';
import { openNodeDb, type NodeDb } from '../../../scripts/nodedb';
import { FIRST_YEAR, LAST_YEAR, writeBenchDataset } from '../../../scripts/bench/generate';
import { formatTable, METRICS, percentile, sizeResult, writeResults, type Results } from '../../../scripts/bench/results';
import { brushWindows } from '../../../scripts/bench/windows';
import { parseArgs } from '../../../scripts/bench/args';
import { registry } from '../ingest/registries';

const SIZE = 300;
let site: string;
let dir: string;
let db: NodeDb;

/** The Arrow file of a table as rows (dates back to YYYY-MM-DD), as node DuckDB takes them. */
function readTable(name: (typeof TABLE_NAMES)[number]): Row[] {
	const table = fromArrowIPC(readFileSync(join(dir, `${name}.arrow`)));
	const types = TABLES[name] as Record<string, string>;
	return table.toArray().map((r: Record<string, unknown>) => {
		const row: Row = {};
		for (const c of Object.keys(types)) {
			const v = r[c];
			row[c] = types[c] === 'DATE' && v != null ? new Date(Number(v)).toISOString().slice(0, 10) : (v as Row[string]);
		}
		return row;
	});
}

beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'bench-'));
	dir = (await writeBenchDataset(site, registry, SIZE, 5)).dir;
	db = await openNodeDb(Object.fromEntries(TABLE_NAMES.map((t) => [t, readTable(t)])) as Dataset);
}, 60_000);

afterAll(() => {
	db?.close();
	rmSync(site, { recursive: true, force: true });
});

describe('generated dataset', () => {
	it('lands in data/bench-<size>/ with a manifest the page accepts and counts that match the tables', async () => {
		expect(dir).toBe(join(site, 'data', `bench-${SIZE}`));
		const manifest = parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
		for (const t of TABLE_NAMES) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`);
			expect(n, t).toBe(manifest.counts[t]);
		}
		expect(manifest.counts.events).toBe(SIZE);
	});

	it('has unique ids in date order, dates within the programme years, end on or after start', async () => {
		const [r] = await db.query<Record<string, number | string>>(`SELECT count(DISTINCT id)::INTEGER AS ids,
			min(date_start)::VARCHAR AS first, max(date_end)::VARCHAR AS last,
			count(*) FILTER (WHERE date_end < date_start)::INTEGER AS backwards,
			count(*) FILTER (WHERE country IS NULL)::INTEGER AS nowhere FROM events`);
		expect(r.ids).toBe(SIZE);
		expect(String(r.first) >= `${FIRST_YEAR}-01-01`).toBe(true);
		expect(String(r.last) <= `${LAST_YEAR + 1}-01-31`).toBe(true);
		expect(r.backwards).toBe(0);
		expect(r.nowhere).toBe(0);
		const order = await db.query<{ ok: boolean }>(`SELECT bool_and(ok) AS ok FROM (SELECT date_start >= lag(date_start) OVER (ORDER BY id) AS ok FROM events)`);
		expect(order[0].ok).toBe(true);
	});

	it('names only registry places, organisations and topics, with several partners and agencies per event', async () => {
		const [r] = await db.query<Record<string, number>>(`SELECT
			(SELECT count(*) FROM events WHERE place_id IS NOT NULL AND place_id NOT IN (SELECT id FROM places))::INTEGER AS bad_places,
			(SELECT count(*) FROM event_orgs WHERE org_id NOT IN (SELECT id FROM orgs))::INTEGER AS bad_orgs,
			(SELECT count(*) FROM event_countries WHERE event_id NOT IN (SELECT id FROM events))::INTEGER AS orphans,
			(SELECT count(DISTINCT org_id) FROM event_orgs WHERE role = 'partner')::INTEGER AS partners,
			(SELECT count(*) FROM event_orgs)::DOUBLE / ${SIZE} AS orgs_per_event`);
		expect(r.bad_places).toBe(0);
		expect(r.bad_orgs).toBe(0);
		expect(r.orphans).toBe(0);
		expect(r.partners).toBeGreaterThan(3);
		expect(r.orgs_per_event).toBeGreaterThan(2);
		const topics = new Set(registry.topics.map((t) => t.id));
		const used = await db.query<{ topic: string }>('SELECT DISTINCT topic FROM events WHERE topic IS NOT NULL');
		expect(used.every((u) => topics.has(u.topic))).toBe(true);
	});

	it('is the same for the same seed', async () => {
		const again = mkdtempSync(join(tmpdir(), 'bench-'));
		try {
			const d = (await writeBenchDataset(again, registry, SIZE, 5)).dir;
			expect(readFileSync(join(d, 'events.arrow')).equals(readFileSync(join(dir, 'events.arrow')))).toBe(true);
		} finally {
			rmSync(again, { recursive: true, force: true });
		}
	});

	it('comes with a summary: the page’s first view of exactly these events', () => {
		const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
		expect(summary.registry.total).toBe(SIZE);
		expect(summary.views.count).toBe(SIZE);
		// One event in fifty has no day: counted everywhere, no bar on the timeline.
		const undated = summary.views.undated?.n ?? 0;
		expect(undated).toBe(Math.floor((SIZE - 8) / 50) + 1);
		expect(summary.views.timeline).toHaveLength(SIZE - undated);
		expect(summary.views.hosts.reduce((s, h) => s + h.n, 0)).toBe(SIZE);
	});
});

describe('results', () => {
	const one = () => sizeResult({ firstViewMs: 812.34, interactiveMs: 1500, firstCorrectMs: 1200.04, loadMs: 2100, viewsUpdatedMs: [2, 4, 6], brushMs: [1, 2, 3, 4, 100], baselineMs: [0.5, 0.7], memoryMb: 64.06 });

	it('one size holds exactly the contract’s numbers', () => {
		const r = one();
		expect(Object.keys(r).sort()).toEqual([...METRICS].sort());
		expect(r.first_view_ms).toBe(812.3);
		expect(r.brush_p50_ms).toBe(3);
		expect(r.brush_p95_ms).toBeCloseTo(80.8, 5);
		expect(r.first_correct_ms).toBe(1200);
		expect(r.views_updated_p95_ms).toBeCloseTo(5.8, 5);
	});

	it('percentile interpolates between ranks', () => {
		expect(percentile([5], 95)).toBe(5);
		expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
		expect(Number.isNaN(percentile([], 50))).toBe(true);
	});

	it('bench/results.json has machine, sizes by event count (ascending), ingest_mb_s and critical_js_kb_gzip, nothing else', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'results-'));
		try {
			const results: Results = {
				machine: { cpus: 2, cpu_model: 'x', memory_gb: 8, os: 'linux', node: 'v20', browser: 'Chromium', load_avg: [1, 1] },
				sizes: { '10000': one(), '1000': one() },
				ingest_mb_s: 2.5,
				critical_js_kb_gzip: 150
			};
			const path = join(tmp, 'bench', 'results.json');
			writeResults(path, results);
			const back = JSON.parse(readFileSync(path, 'utf8'));
			expect(Object.keys(back)).toEqual(['machine', 'sizes', 'ingest_mb_s', 'critical_js_kb_gzip']);
			expect(Object.keys(back.sizes)).toEqual(['1000', '10000']);
			expect(Object.keys(back.sizes['1000']).sort()).toEqual([...METRICS].sort());
			const table = formatTable(results);
			expect(table).toMatch(/\| 1,000 +\|/);
			expect(table).toMatch(/\| 10,000 +\|/);
			expect(table).toContain('2.5 MB/s');
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});

describe('runner inputs', () => {
	it('sweeps at least 50 windows inside the data’s span', () => {
		const { warmup, timed } = brushWindows('2003-01-05', '2024-12-31', 50);
		expect(timed).toHaveLength(50);
		expect(warmup.length).toBeGreaterThan(0);
		for (const [a, b] of [...warmup, ...timed]) {
			expect(a <= b).toBe(true);
			expect(a >= '2003-01-05' && b <= '2024-12-31').toBe(true);
		}
		expect(new Set(timed.map((w) => w[0])).size).toBe(50);
	});

	it('--sizes picks a subset; bad values are refused', () => {
		const o = parseArgs(['--sizes', '1000,10000'], '/repo');
		expect(typeof o === 'object' && o.sizes).toEqual([1000, 10000]);
		expect(typeof o === 'object' && o.out).toBe('/repo/bench/results.json');
		expect(typeof parseArgs(['--sizes', '1k'], '/repo')).toBe('string');
		expect(typeof parseArgs(['--steps', '10'], '/repo')).toBe('string');
	});
});
