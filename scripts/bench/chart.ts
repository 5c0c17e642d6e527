// CLI: `npx tsx scripts/bench/chart.ts [results.json] [out.svg]` draws the README's chart (brush p95 by size, beside crossfilter2) from a results file and, when it is there, its details file (the index's counting alone, the DOM views' update).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartExtras, chartSvg, type Results } from './results';

const root = resolve(import.meta.dirname, '../..');
const input = resolve(process.argv[2] ?? `${root}/bench/results.json`);
const output = resolve(process.argv[3] ?? `${root}/docs/bench-brush.svg`);
const detailsPath = input.replace(/\.json$/, '.details.json');
const details = existsSync(detailsPath) ? (JSON.parse(readFileSync(detailsPath, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(output, chartSvg(JSON.parse(readFileSync(input, 'utf8')) as Results, chartExtras(details)));
console.log(`→ ${output}`);
