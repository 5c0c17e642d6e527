// Seeded mutations of news text for fuzzing the ingest: cut, duplicated and shuffled lines, random bytes, other scripts, odd dates.
import { mulberry32 } from '../../scripts/prng';

const INSERTS = [
	'February 31', '13-11 March', 'February 28-30, 2019', 'March 32-33', '0-0 May', '29 February 2019', '31 April 2020',
	'Бишкек, 12-14 марта 2019 года', 'שלום עולם', 'مرحبا بالعالم', '\u202Eevil\u202C', '\u0000', '\uFFFD\uFFFD', '\r\n',
	'<img src=x onerror=alert(1)>', "'); DROP TABLE events;--", 'in Zzyzxville', 'in Kyrgyzstan', 'On March 12-14 in Almaty and',
	'# context-year: 20x9', '# source:', '2012 – 2022', 'A total of 99999 officers', 'twenty-five participants', '\t\t', '...'
];

type Mutation = (text: string, r: () => number) => string;

const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const lines = (t: string) => t.split('\n');

const MUTATIONS: Mutation[] = [
	(t, r) => t.slice(0, Math.floor(r() * t.length)),
	(t, r) => t.slice(Math.floor(r() * t.length)),
	(t, r) => {
		const ls = lines(t);
		const i = Math.floor(r() * ls.length);
		ls.splice(i, 0, ls[i] ?? '');
		return ls.join('\n');
	},
	(t, r) => {
		const ls = lines(t);
		for (let i = ls.length - 1; i > 0; i--) {
			const j = Math.floor(r() * (i + 1));
			[ls[i], ls[j]] = [ls[j], ls[i]];
		}
		return ls.join('\n');
	},
	(t, r) => {
		const at = Math.floor(r() * t.length);
		let junk = '';
		for (let i = 0, n = 1 + Math.floor(r() * 64); i < n; i++) junk += String.fromCharCode(Math.floor(r() * 0xffff));
		return t.slice(0, at) + junk + t.slice(at);
	},
	(t, r) => {
		const at = Math.floor(r() * t.length);
		return t.slice(0, at) + pick(INSERTS, r) + t.slice(at);
	},
	(t, r) => t.replace(/\d+/g, (d) => (r() < 0.3 ? String(Math.floor(r() * 40)) : d)),
	(t, r) => t.replace(/January|February|March|April|May|June|July|August|September|October|November|December/g, (m) => (r() < 0.3 ? pick(['Febuary', 'MARCH', 'may', 'Sept.', 'Dec', ''], r) : m)),
	(t) => t.replace(/\n/g, ''),
	(t) => t.replace(/ /g, '\n'),
	(t, r) => t.repeat(1 + Math.floor(r() * 3)),
	// Rarely, one enormous line (several MB without a break): pathological for anything quadratic.
	(t, r) => (r() < 0.02 ? `${'lorem ipsum dolor sit amet '.repeat(400_000)}\n${t}` : t)
];

/** One mutated text: one to four mutations applied in a row. */
export function mutate(text: string, seed: number): string {
	const r = mulberry32(seed);
	let out = text;
	for (let i = 0, n = 1 + Math.floor(r() * 4); i < n; i++) out = pick(MUTATIONS, r)(out, r);
	return out;
}
