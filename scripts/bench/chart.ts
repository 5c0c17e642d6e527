// CLI: `npx tsx scripts/bench/chart.ts [results.json] [out.svg]` draws the README's chart (brush p95 by size, beside crossfilter2) from a results file.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartSvg, type Results } from './results';

const root = resolve(import.meta.dirname, '../..');
const input = resolve(process.argv[2] ?? `${root}/bench/results.json`);
const output = resolve(process.argv[3] ?? `${root}/docs/bench-brush.svg`);
writeFileSync(output, chartSvg(JSON.parse(readFileSync(input, 'utf8')) as Results));
console.log(`→ ${output}`);
