// SvelteKit configuration: a fully static site (adapter-static) written to build/.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress stays off: brotli on the 34 MB DuckDB wasm costs ~100 s on 2 cores (see STACK.md).
		adapter: adapter({ pages: 'build', assets: 'build', precompress: false, strict: true }),
		// Content-Security-Policy as a <meta> in every prerendered page; SvelteKit adds the hashes of its own inline
		// start-up script. Why each exception exists: docs/decisions.md ("Content-Security-Policy").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self', 'blob:', 'data:'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
