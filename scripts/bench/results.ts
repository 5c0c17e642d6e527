// bench/results.json: its shape (the contract other tools read), the table printed after a run, and the README's chart of brush p95 by dataset size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as d3 from 'd3';

export const METRICS = [
	'first_view_ms',
	'interactive_ms',
	'first_correct_ms',
	'load_ms',
	'views_updated_p95_ms',
	'brush_p50_ms',
	'brush_p95_ms',
	'baseline_p95_ms',
	'memory_mb'
] as const;
export type Metric = (typeof METRICS)[number];
export type SizeResult = Record<Metric, number>;

export interface Machine {
	cpus: number;
	cpu_model: string;
	memory_gb: number;
	os: string;
	node: string;
	browser: string;
	/** the 1-minute load average when measuring started and ended: a shared machine's other work shows here */
	load_avg: [number, number];
}

export interface Results {
	machine: Machine;
	/** keyed by the number of events, as a string ("1000") */
	sizes: Record<string, SizeResult>;
	ingest_mb_s: number;
	/** JavaScript (gzipped, KB) the page fetched before its first view: the critical path MapLibre and DuckDB stay off */
	critical_js_kb_gzip: number;
}

/** The p-th percentile (0..100) by linear interpolation between the closest ranks; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
	if (!samples.length) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** One size's entry from raw measurements: exactly the contract's keys, rounded to 0.1. */
export function sizeResult(m: {
	firstViewMs: number;
	interactiveMs: number;
	firstCorrectMs: number;
	loadMs: number;
	viewsUpdatedMs: readonly number[];
	brushMs: readonly number[];
	baselineMs: readonly number[];
	memoryMb: number;
}): SizeResult {
	return {
		first_view_ms: round1(m.firstViewMs),
		interactive_ms: round1(m.interactiveMs),
		first_correct_ms: round1(m.firstCorrectMs),
		load_ms: round1(m.loadMs),
		views_updated_p95_ms: round1(percentile(m.viewsUpdatedMs, 95)),
		brush_p50_ms: round1(percentile(m.brushMs, 50)),
		brush_p95_ms: round1(percentile(m.brushMs, 95)),
		baseline_p95_ms: round1(percentile(m.baselineMs, 95)),
		memory_mb: round1(m.memoryMb)
	};
}

/** Sizes in ascending order, whatever order they were measured or stored in. */
export function orderedSizes(results: Pick<Results, 'sizes'>): string[] {
	return Object.keys(results.sizes).sort((a, b) => Number(a) - Number(b));
}

export function writeResults(path: string, results: Results): void {
	mkdirSync(dirname(path), { recursive: true });
	const sizes = Object.fromEntries(orderedSizes(results).map((k) => [k, results.sizes[k]]));
	writeFileSync(path, JSON.stringify({ machine: results.machine, sizes, ingest_mb_s: results.ingest_mb_s, critical_js_kb_gzip: results.critical_js_kb_gzip }, null, 2) + '\n');
}

const HEADERS: Record<Metric, string> = {
	first_view_ms: 'first view ms',
	interactive_ms: 'interactive ms',
	first_correct_ms: 'first correct ms',
	load_ms: 'load ms',
	views_updated_p95_ms: 'views updated p95 ms',
	brush_p50_ms: 'brush p50 ms',
	brush_p95_ms: 'brush p95 ms',
	baseline_p95_ms: 'crossfilter2 p95 ms',
	memory_mb: 'memory MB'
};

/** A Markdown table (it reads as plain text in a terminal too): one row per size, plus the ingest throughput. */
export function formatTable(results: Results): string {
	const head = ['events', ...METRICS.map((m) => HEADERS[m])];
	const rows = orderedSizes(results).map((k) => [
		Number(k).toLocaleString('en-US'),
		...METRICS.map((m) => (Number.isFinite(results.sizes[k][m]) ? String(results.sizes[k][m]) : '–'))
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`;
	return [line(head), rule, ...rows.map(line), '', `ingest: ${results.ingest_mb_s} MB/s of news text`, `critical JavaScript: ${results.critical_js_kb_gzip} KB gzip`].join('\n');
}

/** The details file's per-size numbers the chart adds beside the results: the index's counting and the DOM views' update, p95. */
export interface ChartExtras {
	counting?: Record<string, number>;
	dom?: Record<string, number>;
}

/** Reads ChartExtras from a details file's contents (sizes → { indexAnswerP95Ms, brushDomP95Ms }). */
export function chartExtras(details: Record<string, unknown>): ChartExtras {
	const pick = (field: string) =>
		Object.fromEntries(
			Object.entries(details).flatMap(([k, v]) => {
				const ms = (v as Record<string, unknown> | null)?.[field];
				return typeof ms === 'number' ? [[k, ms]] : [];
			})
		);
	return { counting: pick('indexAnswerP95Ms'), dom: pick('brushDomP95Ms') };
}

/**
 * An SVG chart of brush p95 against dataset size (log–log), this project beside the crossfilter2 baseline, with
 * the 16 ms frame budget marked. Text only: d3 computes scales and paths, no DOM needed.
 */
export function chartSvg(results: Results, extras: ChartExtras = {}): string {
	const counting = extras.counting ?? {};
	const dom = extras.dom ?? {};
	const W = 680;
	const H = 360;
	const m = { top: 28, right: 200, bottom: 46, left: 58 };
	const sizes = orderedSizes(results).map(Number);
	const valueOf = (key: Metric | 'counting' | 'dom', n: number) =>
		key === 'counting' ? (counting[String(n)] ?? NaN) : key === 'dom' ? (dom[String(n)] ?? NaN) : results.sizes[String(n)][key];
	const series = [
		{ label: 'this project: step drawn', key: 'brush_p95_ms' as const, colour: '#1f5fa8', dash: '' },
		{ label: 'this project: views updated', key: 'dom' as const, colour: '#1f5fa8', dash: '8 3' },
		{ label: 'this project: counting', key: 'counting' as const, colour: '#1f5fa8', dash: '3 3' },
		{ label: 'crossfilter2: counting', key: 'baseline_p95_ms' as const, colour: '#c0392b', dash: '' }
	].filter((s) => sizes.every((n) => Number.isFinite(valueOf(s.key, n))));
	const values = series.flatMap((s) => sizes.map((n) => valueOf(s.key, n))).filter((v) => v > 0);
	const x = d3
		.scaleLog()
		.domain([Math.min(...sizes) / 1.5, Math.max(...sizes) * 1.5])
		.range([m.left, W - m.right]);
	const y = d3
		.scaleLog()
		.domain([Math.max(0.1, Math.min(1, ...values) / 1.5), Math.max(100, ...values) * 1.5])
		.range([H - m.bottom, m.top])
		.nice();
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		`<text x="${m.left}" y="16" font-weight="bold">Brush step p95 (ms) by number of events</text>`
	);
	for (const t of y.ticks(6).filter((v) => [0.1, 1, 10, 100, 1000, 10000].includes(v) || y.ticks(6).length < 8)) {
		out.push(
			`<line x1="${m.left}" x2="${W - m.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e3e6eb"/>`,
			`<text x="${m.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" fill="#4a5468">${t}</text>`
		);
	}
	for (const n of sizes) {
		out.push(
			`<line x1="${x(n).toFixed(1)}" x2="${x(n).toFixed(1)}" y1="${H - m.bottom}" y2="${H - m.bottom + 5}" stroke="#4a5468"/>`,
			`<text x="${x(n).toFixed(1)}" y="${H - m.bottom + 18}" text-anchor="middle" fill="#4a5468">${d3.format('~s')(n)}</text>`
		);
	}
	out.push(
		`<line x1="${m.left}" x2="${W - m.right}" y1="${H - m.bottom}" y2="${H - m.bottom}" stroke="#4a5468"/>`,
		`<text x="${(m.left + W - m.right) / 2}" y="${H - 10}" text-anchor="middle" fill="#1d2433">events in the dataset</text>`
	);
	const budget = y(16);
	out.push(
		`<line x1="${m.left}" x2="${W - m.right}" y1="${budget.toFixed(1)}" y2="${budget.toFixed(1)}" stroke="#2e7d32" stroke-dasharray="5 4"/>`,
		`<text x="${W - m.right + 6}" y="${(budget + 4).toFixed(1)}" fill="#2e7d32">16 ms (one frame)</text>`
	);
	series.forEach((s, i) => {
		const pts = sizes.map((n) => [x(n), y(Math.max(y.domain()[0], valueOf(s.key, n)))] as [number, number]);
		out.push(`<path d="${d3.line()(pts)}" fill="none" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
		for (const [px, py] of pts) out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${s.colour}"/>`);
		// The legend shows each line's own dash, so the three blue series tell apart.
		const ly = m.top + 16 + i * 18;
		out.push(
			`<line x1="${W - m.right + 6}" x2="${W - m.right + 30}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
			`<text x="${W - m.right + 36}" y="${ly + 4}" fill="${s.colour}">${esc(s.label)}</text>`
		);
	});
	out.push('</svg>');
	return out.join('\n') + '\n';
}
