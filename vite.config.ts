// Vite (SvelteKit) build and Vitest configuration.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships its own workers and wasm; pre-bundling it breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// SOURCEMAP=1 for profiling and bundle analysis; never in the shipped build.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
