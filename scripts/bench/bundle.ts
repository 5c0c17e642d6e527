// What the page's JavaScript weighs gzipped (the issue's ≤ 400 KB budget, DuckDB's wasm aside), split by what dominates it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
	/** every .js/.mjs of the build except DuckDB's worker (the wasm is not JavaScript) */
	app_js_gzip_kb: number;
	/** MapLibre's share of it: its main chunk and its worker */
	maplibre_gzip_kb: number;
	duckdb_worker_gzip_kb: number;
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

export function bundleSize(buildDir: string): BundleSize {
	let app = 0;
	let maplibre = 0;
	let duckdb = 0;
	for (const f of files(join(buildDir, '_app', 'immutable')).filter((p) => /\.m?js$/.test(p))) {
		const text = readFileSync(f);
		const kb = gzipSync(text, { level: 9 }).length / 1024;
		if (/duckdb-browser.*worker/.test(f)) {
			duckdb += kb;
			continue;
		}
		app += kb;
		// MapLibre's chunk names itself hundreds of times; its worker is a separate file.
		if (/maplibre-gl-worker/.test(f) || (text.toString('latin1').match(/maplibre/g)?.length ?? 0) > 100) maplibre += kb;
	}
	const r = (x: number) => Math.round(x);
	return { app_js_gzip_kb: r(app), maplibre_gzip_kb: r(maplibre), duckdb_worker_gzip_kb: r(duckdb) };
}
