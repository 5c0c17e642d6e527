// SvelteKit configuration: a fully static site (adapter-static) written to build/.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress stays off: brotli on the 34 MB DuckDB wasm costs ~100 s on 2 cores (see STACK.md).
		adapter: adapter({ pages: 'build', assets: 'build', precompress: false, strict: true })
	}
};

export default config;
