// The crossfilter2 baseline: the same events, in the same page, grouped as the views group them, brushed through the same windows.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Window } from './windows';

const require = createRequire(import.meta.url);

/** One row per event with its grouping keys, from the page's own DuckDB. */
export const BASELINE_SQL = `WITH c AS (SELECT event_id, list(country) AS cs, list(country) FILTER (WHERE role = 'participant') AS ps FROM event_countries GROUP BY 1),
	o AS (SELECT event_id, list(DISTINCT org_id) AS os, list(DISTINCT org_id) FILTER (WHERE role = 'partner') AS pa FROM event_orgs GROUP BY 1)
	SELECT (e.date_start - DATE '1970-01-01')::INTEGER AS s, (e.date_end - DATE '1970-01-01')::INTEGER AS e,
		coalesce(e.place_id, '@' || e.country) AS h, e.country AS hc, e.kind AS k, coalesce(e.topic, '') AS t,
		coalesce(c.cs, []) AS cs, coalesce(c.ps, []) AS ps, coalesce(o.os, []) AS os, coalesce(o.pa, []) AS pa
	FROM events e LEFT JOIN c ON c.event_id = e.id LEFT JOIN o ON o.event_id = e.id`;

export interface BaselineRun {
	records: number;
	setupMs: number;
	stepMs: number[];
}

/**
 * Loads crossfilter2 into the page (the context bypasses CSP for this), builds one dimension and group per view
 * (hosts, flows, countries, hosted, network nodes and edges, partner, kind and topic facets, the count, the
 * list's newest 100), then times each window: two range filters (start ≤ to, end ≥ from: the same overlap
 * the SQL uses) and reading every group, as the views would.
 */
export async function runBaseline(page: Page, warmup: Window[], timed: Window[]): Promise<BaselineRun> {
	await page.addScriptTag({ path: require.resolve('crossfilter2/crossfilter.min.js') });
	return page.evaluate(
		async ({ sql, warmup, timed }) => {
			type Row = { s: number; e: number; h: string; hc: string | null; k: string; t: string; cs: string[]; ps: string[]; os: string[]; pa: string[] };
			const w = window as unknown as {
				__atlas: { query(sql: string): Promise<Row[]> };
				crossfilter: (records: unknown[]) => CF;
			};
			interface Group {
				all(): unknown[];
			}
			interface Dim {
				filterRange(r: [number, number]): void;
				group(): Group;
				top(n: number): unknown[];
			}
			interface CF {
				dimension(f: (r: Rec) => unknown, isArray?: boolean): Dim;
				groupAll(): { reduceCount(): { value(): number } };
			}
			interface Rec {
				s: number;
				e: number;
				h: number;
				hc: number;
				k: number;
				t: number;
				c: number[];
				fl: number[];
				o: number[];
				pr: number[];
				p: number[];
			}
			const t0 = performance.now();
			const rows = await w.__atlas.query(sql);
			// Keys as small integers, as a careful crossfilter user would give them.
			const ids = new Map<string, number>();
			const id = (s: string | null) => {
				const k = s ?? '';
				let v = ids.get(k);
				if (v === undefined) ids.set(k, (v = ids.size));
				return v;
			};
			const records: Rec[] = rows.map((r) => {
				const h = id(r.h);
				const o = r.os.map(id).sort((a, b) => a - b);
				const pr: number[] = [];
				for (let i = 0; i < o.length; i++) for (let j = i + 1; j < o.length; j++) pr.push(o[i] * 4096 + o[j]);
				return { s: r.s, e: r.e, h, hc: id(r.hc), k: id(r.k), t: id(r.t), c: r.cs.map(id), fl: r.ps.map((c) => id(c) * 65536 + h), o, pr, p: r.pa.map(id) };
			});
			const cf = w.crossfilter(records);
			const byStart = cf.dimension((r) => r.s);
			const byEnd = cf.dimension((r) => r.e);
			const count = cf.groupAll().reduceCount();
			const groups = [
				cf.dimension((r) => r.h).group(),
				cf.dimension((r) => r.fl, true).group(),
				cf.dimension((r) => r.c, true).group(),
				cf.dimension((r) => r.hc).group(),
				cf.dimension((r) => r.o, true).group(),
				cf.dimension((r) => r.pr, true).group(),
				cf.dimension((r) => r.p, true).group(),
				cf.dimension((r) => r.k).group(),
				cf.dimension((r) => r.t).group()
			];
			const setupMs = performance.now() - t0;
			const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
			let sink = 0;
			const step = ([from, to]: [string, string]) => {
				const a = performance.now();
				byStart.filterRange([-1e9, day(to) + 1]);
				byEnd.filterRange([day(from), 1e9]);
				sink += count.value();
				for (const g of groups) sink += g.all().length;
				sink += byStart.top(100).length;
				return performance.now() - a;
			};
			for (const win of warmup) step(win);
			const stepMs = timed.map(step);
			if (sink < 0) throw new Error('unreachable');
			return { records: records.length, setupMs, stepMs };
		},
		{ sql: BASELINE_SQL, warmup, timed }
	);
}
