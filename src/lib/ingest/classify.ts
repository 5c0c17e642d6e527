// What an item is: its kind (workshop, mission, …), its topic from the registry, its participant count and a short title.
import type { Kind, Topic } from '../model/event';
import { matchesIn } from './text';

export interface Found<T> {
	value: T;
	span: [number, number];
}

/** Nouns that name the event; the earliest one in the lead sentence wins. */
const KIND_NOUNS: [RegExp, Kind][] = [
	[/\b(?:study|exchange|familiari[sz]ation|working|experience[- ]exchange) (?:visits?|tours?|trips?)\b/gi, 'study_visit'],
	[/\btraining of trainers\b|\bToT\b|\btraining courses?\b|\btrainings?\b(?! (?:institutions?|cent(?:re|er)s?|schools?|academ\w*|needs|materials?|programmes?|facilit\w*|methodolog\w*|curricul\w*))|\bcourses?\b(?! of action)/gi, 'training'],
	[/\bworkshops?\b|\bseminars?\b|\bwebinars?\b|\bround[- ]?tables?\b|\b(?:simulation|table[- ]top|field) exercises?\b/gi, 'workshop'],
	[/\bconferences?\b|\bforums?\b|\bsummits?\b|\bsymposi(?:um|a)\b/gi, 'conference'],
	[/\bmeetings?\b|\bconsultations?\b|\bsteering (?:group|committee)\b|\bsessions? of the (?:commission|committee|council)\b/gi, 'meeting'],
	[/\bmissions?\b|\bexpert (?:team|visit)s?\b|\bassessment visits?\b/gi, 'mission'],
	[/\bhand(?:ed|ing)?[- ]?over\b|\bhandovers?\b|\bdonat(?:ed|ion)\b|\bdelivered\b|\btransferred\b/gi, 'handover']
];

/** Without a noun, the verb decides: experts who visit or meet are on a mission; others who visit are on a study visit. */
const KIND_VERBS: [RegExp, Kind][] = [
	[/\bexperts?\b[^.]{0,60}?\b(?:met|meets|visited|visits|visiting|came|arrived|travelled|traveled|assisted)\b/gi, 'mission'],
	[/\b(?:visited|visiting|visits|visit)\b/gi, 'study_visit'],
	[/\b(?:met|meets|gathered|convened)\b/gi, 'meeting'],
	[/\btrained\b/gi, 'training']
];

function earliest<T>(text: string, from: number, to: number, rules: [RegExp, T][]): Found<T> | null {
	let best: Found<T> | null = null;
	for (const [re, value] of rules) {
		const m = matchesIn(re, text, from, to).next().value;
		if (m && (!best || m.index < best.span[0])) best = { value, span: [m.index, m.index + m[0].length] };
	}
	return best;
}

/** Kind from the lead sentence's nouns, then the whole item's, then the lead's verbs; 'other' with no span otherwise. */
export function findKind(text: string, lead: [number, number], item: [number, number]): Found<Kind> {
	return (
		earliest(text, lead[0], lead[1], KIND_NOUNS) ??
		earliest(text, item[0], item[1], KIND_NOUNS) ??
		earliest(text, lead[0], lead[1], KIND_VERBS) ?? { value: 'other', span: [lead[0], lead[0]] }
	);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keywords compiled once per topic list: acronyms match whole and case-sensitively, phrases as word prefixes in any case. */
const topicPatterns = new WeakMap<Topic[], RegExp[][]>();
function patternsFor(topics: Topic[]): RegExp[][] {
	let p = topicPatterns.get(topics);
	if (!p) {
		p = topics.map((t) => {
			const acronyms = t.keywords.filter((k) => /^[A-Z0-9-]+$/.test(k) && k.length <= 5);
			const phrases = t.keywords.filter((k) => !acronyms.includes(k));
			const res: RegExp[] = [];
			if (acronyms.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'));
			if (phrases.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((k) => escapeRe(k).replace(/\s+/g, '\\s+')).join('|')})`, 'giu'));
			return res;
		});
		topicPatterns.set(topics, p);
	}
	return p;
}

/**
 * Topic: the registry is ordered from specific to general; the first topic with a keyword in the lead sentence
 * wins, then the same over the whole item. The span is its keyword's first occurrence.
 */
export function findTopic(topics: Topic[], text: string, lead: [number, number], item: [number, number]): Found<string> | null {
	const patterns = patternsFor(topics);
	for (const [from, to] of [lead, item]) {
		for (let i = 0; i < topics.length; i++) {
			let best: RegExpExecArray | null = null;
			for (const re of patterns[i]) {
				const m = matchesIn(re, text, from, to).next().value;
				if (m && (!best || m.index < best.index)) best = m;
			}
			if (best) return { value: topics[i].id, span: [best.index, best.index + best[0].length] };
		}
	}
	return null;
}

const NUMBER_WORDS: Record<string, number> = {
	two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
	thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100
};
const PEOPLE = '(?:participants|officers|officials|border guards|guards|specialists|representatives|trainees|students|cadets|delegates|staff|employees|lecturers|trainers|instructors|managers|handlers|dog handlers|people|persons|members|inspectors|experts|heads|analysts|investigators|women|men)';
const COUNT = new RegExp(
	`\\b(?:a total of|in total|total of|some|about|around|approximately|over|more than|up to|nearly|almost)?\\s*\\b(\\d{1,4}|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\\s+(?:[\\p{L}-]+\\s+){0,3}?${PEOPLE}\\b`,
	'giu'
);

function numberValue(s: string): number | null {
	if (/^\d+$/.test(s)) return Number(s);
	const [tens, ones] = s.toLowerCase().split(/[- ]/);
	const units: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
	const t = NUMBER_WORDS[tens];
	return t === undefined ? null : t + (ones ? (units[ones] ?? 0) : 0);
}

/** "A total of 15 border guards", "twenty-five participants": the first count of people in the item. */
export function findParticipantsCount(text: string, from: number, to: number): Found<number> | null {
	const slice = text.slice(from, to);
	COUNT.lastIndex = 0;
	for (let m = COUNT.exec(slice); m; m = COUNT.exec(slice)) {
		m.index += from;
		const n = numberValue(m[1]);
		const before = text.slice(Math.max(0, m.index - 12), m.index + m[0].indexOf(m[1]));
		const isYear = n !== null && n >= 1990 && n <= 2100;
		if (n === null || n < 2 || n > 5000 || isYear || /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$|\d\s*[-–]\s*$/.test(before)) {
			// A rejected number may have swallowed the real count after it ("2018 twenty-five participants").
			COUNT.lastIndex = m.index - from + m[0].indexOf(m[1]) + m[1].length;
			continue;
		}
		const start = m.index + m[0].length - m[0].trimStart().length;
		return { value: n, span: [start, m.index + m[0].length] };
	}
	return null;
}

/** A short title: the kind with what follows it after "on" ("Workshop on border checks"), else the kind and the topic or place. */
export function makeTitle(text: string, kind: Found<Kind>, topicName: string | null, placeName: string | null): string {
	const label = kind.value === 'study_visit' ? 'Study visit' : kind.value[0].toUpperCase() + kind.value.slice(1);
	if (kind.span[1] > kind.span[0]) {
		const rest = text.slice(kind.span[1], kind.span[1] + 140);
		const on = /^\s+on\s+([^,.;:()–—]*?)(?=\s+(?:was|were|is|are|has|have|took|held|conducted|organi[sz]ed|gathering|in cooperation|with the|at the|in\s+[A-Z])\b|[,.;:()–—]|$)/.exec(rest);
		const phrase = on?.[1].trim() ?? '';
		if (phrase.length > 3) return `${label} on ${phrase.length > 90 ? `${phrase.slice(0, 88).replace(/\s+\S*$/, '')}…` : phrase}`;
	}
	if (topicName) return `${label}: ${topicName}`;
	return placeName ? `${label} in ${placeName}` : label;
}
