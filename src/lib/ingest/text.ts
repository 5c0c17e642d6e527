// A news file's text cut into headers, paragraphs and sentences, all as character offsets into the original text.

export interface Paragraph {
	start: number;
	end: number;
}

export interface NewsFile {
	name: string;
	text: string;
	/** `# source: URL` header, if any. */
	sourceUrl: string | null;
	/** `# context-year: YYYY` header: the year of the page, for items that state none. */
	contextYear: number | null;
	paragraphs: Paragraph[];
	/** Offsets where each line starts, for turning an offset into a 1-based line number. */
	lineStarts: number[];
}

export type FileProblem = 'empty' | 'binary';

/** Control characters other than tab/newline/carriage return, and U+FFFD left by a failed UTF-8 decode. */
const BINARY_CHAR = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

/** A file that is mostly control or undecodable characters is not news text; a stray one is tolerated. */
export function fileProblem(text: string): FileProblem | null {
	if (text.trim() === '') return 'empty';
	if (text.includes('\u0000')) return 'binary';
	const sample = text.slice(0, 65536);
	const bad = sample.match(BINARY_CHAR)?.length ?? 0;
	return bad > 8 && bad / sample.length > 0.02 ? 'binary' : null;
}

export function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line number of an offset. */
export function lineOf(lineStarts: number[], offset: number): number {
	let lo = 0;
	let hi = lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lineStarts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/**
 * Matches of a global regex inside text[from, to), with offsets into the whole text. Searching a slice keeps every
 * search proportional to the range, not to the file (a long file has thousands of items).
 */
export function* matchesIn(re: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
	const slice = text.slice(from, to);
	re.lastIndex = 0;
	for (let m = re.exec(slice); m; m = re.exec(slice)) {
		if (m[0] === '') re.lastIndex++;
		m.index += from;
		yield m;
	}
}

const HEADER = /^#\s*(source|context-year)\s*:\s*(.*?)\s*$/i;

/**
 * Reads the optional header lines, then takes every non-blank line as a paragraph. Two items glued together by a
 * missing line break ("…next year.On March 28th…") are cut apart where a sentence ends with no space before "On".
 */
export function readNewsFile(name: string, text: string): NewsFile {
	const lineStarts = lineStartsOf(text);
	let sourceUrl: string | null = null;
	let contextYear: number | null = null;
	const paragraphs: Paragraph[] = [];
	let inHeader = true;
	for (let i = 0; i < lineStarts.length; i++) {
		const start = lineStarts[i];
		let end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
		if (text[end - 1] === '\r') end--;
		const line = text.slice(start, end);
		if (inHeader) {
			const h = HEADER.exec(line);
			if (h) {
				if (h[1].toLowerCase() === 'source') sourceUrl = h[2] || null;
				else if (/^\d{4}$/.test(h[2])) contextYear = Number(h[2]);
				continue;
			}
			if (line.trim() === '') continue;
			inHeader = false;
		}
		if (line.trim() === '') continue;
		const lead = line.length - line.trimStart().length;
		const trail = line.length - line.trimEnd().length;
		let pStart = start + lead;
		const pEnd = end - trail;
		for (const cut of gluedItemCuts(text, pStart, pEnd)) {
			paragraphs.push({ start: pStart, end: cut });
			pStart = cut;
		}
		paragraphs.push({ start: pStart, end: pEnd });
	}
	return { name, text, sourceUrl, contextYear, paragraphs, lineStarts };
}

function gluedItemCuts(text: string, start: number, end: number): number[] {
	const cuts: number[] = [];
	for (const m of matchesIn(/[a-z)]\.(?=On (?:\d|[A-Z][a-z]))/g, text, start, end)) cuts.push(m.index + 2);
	return cuts;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|etc|vs|approx|incl|Gen|Col|Maj|Lt)|\b[A-Z])\.$/;

/** Sentence boundaries inside [start, end): ends at ". ", "! ", "? " followed by an upper-case letter, digit or quote. */
export function sentences(text: string, start: number, end: number): Paragraph[] {
	const out: Paragraph[] = [];
	let s = start;
	for (const m of matchesIn(/[.!?](?=\s+["“'(]?[\p{Lu}\d])/gu, text, start, end)) {
		const upto = m.index + 1;
		if (ABBREV.test(text.slice(Math.max(s, upto - 8), upto))) continue;
		out.push({ start: s, end: upto });
		s = upto;
		while (s < end && /\s/.test(text[s])) s++;
	}
	if (s < end) out.push({ start: s, end });
	return out;
}
