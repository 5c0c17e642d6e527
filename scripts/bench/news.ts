// Generated news text for the ingest throughput: items written like the programme's published news, naming the registries' places, agencies and partners.
import { ingest, type SourceFile } from '../../src/lib/ingest/index';
import type { Registry } from '../../src/lib/ingest/registry';
import { CENTRAL_ASIA, isPartnerOrg } from '../../src/lib/model/event';
import { mulberry32 } from '../prng';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EVENTS = ['workshop', 'training course', 'regional meeting', 'study visit', 'conference', 'seminar'];
const FILLER = [
	'Participants shared their experience and discussed the organisation of border control in their countries.',
	'The experts presented modern techniques of risk analysis and international standards of border checks.',
	'A separate session was dedicated to ethics and public service standards, including sensitivity to gender.',
	'During the visit the participants had the opportunity to see the work of a border crossing point.',
	'The event was organised within the framework of the programme, funded by the European Union.',
	'Practical exercises completed the theoretical part, and the participants received certificates.'
];

/** News items of about `bytes` UTF-8 bytes in files of ~100 kB, seeded. */
export function generateNews(reg: Registry, bytes: number, seed = 7): SourceFile[] {
	const rng = mulberry32(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
	const cities = reg.places.filter((p) => p.kind === 'city' && (CENTRAL_ASIA as readonly string[]).includes(p.country));
	const countries = reg.places.filter((p) => p.kind === 'country' && (CENTRAL_ASIA as readonly string[]).includes(p.country));
	const agencies = reg.orgs.filter((o) => !isPartnerOrg(o));
	const partners = reg.orgs.filter((o) => isPartnerOrg(o));
	const files: SourceFile[] = [];
	const encoder = new TextEncoder();
	let total = 0;
	let items: string[] = [];
	let fileBytes = 0;
	while (total < bytes) {
		const month = Math.floor(rng() * 12);
		const day = 1 + Math.floor(rng() * 25);
		const year = 2005 + Math.floor(rng() * 20);
		const city = pick(cities);
		const others = [pick(countries).name, pick(countries).name];
		const a = pick(agencies);
		const b = pick(agencies);
		const p = pick(partners);
		const topic = pick(reg.topics);
		const keyword = topic.keywords[0] ?? topic.name;
		const item = [
			`On ${MONTHS[month]} ${day}-${day + 2}, ${year} in ${city.name} a ${pick(EVENTS)} on ${keyword} was held for representatives of the ${a.name} and the ${b.name}.`,
			`A total of ${10 + Math.floor(rng() * 30)} officers from ${others[0]} and ${others[1]} took part. ${p.short} experts shared their experience.`,
			pick(FILLER),
			pick(FILLER)
		].join(' ');
		items.push(item);
		const n = encoder.encode(item).length + 2;
		fileBytes += n;
		total += n;
		if (fileBytes >= 100_000 || total >= bytes) {
			files.push({ name: `news-${String(files.length).padStart(3, '0')}.txt`, text: items.join('\n\n') + '\n' });
			items = [];
			fileBytes = 0;
		}
	}
	return files;
}

export interface IngestRun {
	mb: number;
	ms: number;
	events: number;
	mb_s: number;
}

/** Ingests generated news of each size (pure ingest: text in memory, no file or table writing) and times it. */
export function measureIngest(reg: Registry, sizesMb: readonly number[]): IngestRun[] {
	return sizesMb.map((mb) => {
		const files = generateNews(reg, mb * 1_000_000, 7 + mb);
		const bytes = files.reduce((s, f) => s + new TextEncoder().encode(f.text).length, 0);
		const t0 = performance.now();
		const result = ingest(files, reg);
		const ms = performance.now() - t0;
		const real = bytes / 1_000_000;
		return { mb: real, ms, events: result.events.length, mb_s: real / (ms / 1000) };
	});
}
