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
	[/\btraining[- ]of[- ]trainers\b|\bToT\b|\btraining courses?\b|\btrainings?\b(?! (?:institutions?|cent(?:re|er)s?|schools?|academ\w*|needs|materials?|programmes?|facilit\w*|methodolog\w*|curricul\w*))|\bcourses?\b(?! of action)/gi, 'training'],
	[/\bworkshops?\b|\bseminars?\b|\bwebinars?\b|\bround[- ]?tables?\b|\bexercises?\b/gi, 'workshop'],
	[/\bconferences?\b|\bforums?\b|\bsummits?\b|\bsymposi(?:um|a)\b/gi, 'conference'],
	[/\bmeetings?\b|\bconsultations?\b|\bsteering (?:group|committee)\b|\bsessions? of the (?:commission|committee|council)\b/gi, 'meeting'],
	[/\bmissions?\b|\bexpert (?:team|visit)s?\b|\bassessment visits?\b/gi, 'mission'],
	[/\bhand(?:ed|ing)?[- ]?over\b|\bhandovers?\b|\bdonat(?:ed|ion)\b|\bdelivered\b(?!\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:trainings?|courses?|workshops?|seminars?|lectures?|presentations?|sessions?|modules?|webinars?)\b)|\btransferred\b/gi, 'handover']
];

/** Without a noun, the verb decides: experts who visit or meet are on a mission; others who visit are on a study visit. */
const KIND_VERBS: [RegExp, Kind][] = [
	[/\bexperts?\b[^.]{0,60}?\b(?:met|meets|visited|visits|visiting|came|arrived|travelled|traveled|assisted|assessed|assessing|reviewed|reviewing|evaluated|advised)\b/gi, 'mission'],
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

/** Whether text[from, to) names an event by a noun ("a training", "workshops", "handed over"). */
export function namesEvent(text: string, from: number, to: number): boolean {
	return earliest(text, from, to, KIND_NOUNS) !== null;
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

/** What follows the kind noun after "on" ("a workshop on risk management for customs officers…"), up to the audience, venue or verb. */
const SUBJECT = /^\s+on\s+([^,.;:()–—]*?)(?=\s+(?:(?:was|were|is|are|has|have|had|took|held|conducted|organi[sz]ed|gather\w*|attended|delivered|for|with|by|at\s+the)\b|in\s+[A-Z])|[,.;:()–—]|$)/;

/** The span of the event's subject phrase right after its kind noun, if the item names one with "on". */
export function findSubject(text: string, kind: Found<Kind>): [number, number] | null {
	if (kind.span[1] <= kind.span[0]) return null;
	const rest = text.slice(kind.span[1], kind.span[1] + 160);
	const m = SUBJECT.exec(rest);
	if (!m || m[1].trim().length < 3) return null;
	const start = kind.span[1] + m[0].length - m[1].length;
	return [start, start + m[1].length];
}

/**
 * Topic: the registry is ordered from specific to general. The subject phrase after the kind noun ("a training course
 * on green border surveillance") is searched first, since it says what the event was about; then the lead sentence,
 * then the whole item; in each, the first topic with a keyword there wins. The span is its keyword's first occurrence.
 */
export function findTopic(topics: Topic[], text: string, lead: [number, number], item: [number, number], subject: [number, number] | null = null): Found<string> | null {
	const patterns = patternsFor(topics);
	for (const [from, to] of subject ? [subject, lead, item] : [lead, item]) {
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

const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\.?\\s*$|\\d\\s*[-–]\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:\\s?(?:st|nd|rd|th))?\\s*(?:of\\s+)?${MONTH_WORD}\\b`);

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
		const numEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
		const isYear = n !== null && n >= 1990 && n <= 2100;
		// A day of a date, before or after its month ("on 2 October for officers"), is not a head count.
		const isDay = MONTH_BEFORE.test(before) || MONTH_AFTER.test(text.slice(numEnd, numEnd + 16));
		if (n === null || n < 2 || n > 5000 || isYear || isDay) {
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
	const subject = findSubject(text, kind);
	const phrase = subject ? text.slice(subject[0], subject[1]).trim() : '';
	if (phrase.length > 3) return `${label} on ${phrase.length > 90 ? `${phrase.slice(0, 88).replace(/\s+\S*$/, '')}…` : phrase}`;
	if (topicName) return `${label}: ${topicName}`;
	return placeName ? `${label} in ${placeName}` : label;
}
