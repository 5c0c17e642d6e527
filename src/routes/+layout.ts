// Every page is prerendered to static HTML: the site is served as plain files with no server code.
// SSR stays on so the prerendered HTML already holds the page shell (title, progress bar) before
// any script runs; browser-only code (DuckDB-WASM) is imported inside onMount, never during prerender.
export const prerender = true;
