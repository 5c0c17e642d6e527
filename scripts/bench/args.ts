// The bench CLI's options: `--sizes 1000,10000` runs a subset; the rest are for development and the README's chart.
import { join, resolve } from 'node:path';

export const DEFAULT_SIZES = [1000, 10_000, 100_000, 1_000_000];
export const USAGE = `usage: npm run bench [-- --sizes 1000,10000] [-- --steps 60] [-- --no-build] [-- --merge] [-- --out bench/results.json] [-- --chart docs/bench-brush.svg]`;

export interface Options {
	sizes: number[];
	/** timed brush positions per size (at least the 50) */
	steps: number;
	/** false: measure the build/ already there (development) */
	build: boolean;
	/** keep the other sizes of an existing results file (a long 1M run done on its own) */
	merge: boolean;
	out: string;
	chart: string | null;
	seed: number;
}

/** The options, or a message to print (usage or an error). Paths resolve against the current directory. */
export function parseArgs(argv: string[], root: string): Options | string {
	const o: Options = { sizes: DEFAULT_SIZES, steps: 60, build: true, merge: false, out: join(root, 'bench', 'results.json'), chart: null, seed: 20031 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => argv[++i] ?? '';
		if (a === '--sizes') {
			const sizes = value()
				.split(',')
				.filter((s) => s.trim() !== '')
				.map((s) => Number(s.trim()));
			if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) return `--sizes takes whole numbers, e.g. 1000,10000\n${USAGE}`;
			o.sizes = [...new Set(sizes)];
		} else if (a === '--steps') {
			o.steps = Number(value());
			if (!Number.isInteger(o.steps) || o.steps < 50) return `--steps must be a whole number ≥ 50\n${USAGE}`;
		} else if (a === '--no-build') o.build = false;
		else if (a === '--merge') o.merge = true;
		else if (a === '--out') o.out = resolve(value());
		else if (a === '--chart') o.chart = resolve(value());
		else if (a === '--seed') {
			o.seed = Number(value());
			if (!Number.isInteger(o.seed)) return `--seed takes a whole number\n${USAGE}`;
		} else if (a === '--help' || a === '-h') return USAGE;
		else return `unknown option ${a}\n${USAGE}`;
	}
	return o;
}
