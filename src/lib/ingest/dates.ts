// The date grammar of English news items: day ranges within and across months, with or without a year, as spans of text.

export interface DatePoint {
	day: number;
	month: number | null;
	year: number | null;
}

export interface DateMention {
	start: DatePoint;
	end: DatePoint;
	/** [start, end) of the whole expression in the text searched. */
	span: [number, number];
	/** The year written in the expression itself, if any. */
	year: number | null;
}

export interface ResolvedRange {
	date_start: string;
	date_end: string;
	/** Days past the month's end were clamped, or the range was written backwards. */
	invalid: string | null;
}

const MONTHS: Record<string, number> = {
	january: 1, jan: 1,
	february: 2, feb: 2,
	march: 3, mar: 3,
	april: 4, apr: 4,
	may: 5,
	june: 6, jun: 6,
	july: 7, jul: 7,
	august: 8, aug: 8,
	september: 9, sept: 9, sep: 9,
	october: 10, oct: 10,
	november: 11, nov: 11,
	december: 12, dec: 12
};

/** Month names are capitalised in news; "may" and "march" in lower case are verbs. Only an abbreviation takes a full stop ("Sept. 5"), so "on 30 August." ends before the sentence's. */
const MON = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])';
/** A day of the month, optionally ordinal ("28th", "11 th"); never part of a longer number. */
const DAY = '(?<![\\p{L}\\p{N}])(?:0?[1-9]|[12]\\d|3[01])(?:\\s?(?:st|nd|rd|th))?(?![\\p{L}\\p{N}])';
/** The joint of a range: a dash of any kind, or a word. */
const TO = '\\s*(?:[-‐‑‒–—−]|\\bto\\b|\\btill\\b|\\buntil\\b|\\bthrough\\b|\\band\\b)\\s*';
/** The joint of a range whose start has its own year ("December 28, 2018 - January 3, 2019"): never "and". */
const TO_RANGE = '\\s*(?:[-‐‑‒–—−]|\\bto\\b|\\btill\\b|\\buntil\\b|\\bthrough\\b)\\s*';
/** More days of a list before its last joint ("15, 16 and 17 April"): the range runs from the first to the last. */
const MORE_DAYS = `(?:\\s*,\\s*${DAY})*`;
const YR = '(?:19|20)\\d{2}(?![\\p{N}])';
const OF = '(?:\\s+of)?\\s+';
/** An optional year after the expression: "2018", ", 2018", " of 2018". */
const YEAR = '(?:,?\\s*(?:of\\s+)?((?:19|20)\\d{2})(?![\\p{N}]))?';

const g = (s: string) => `(${s})`;
const RULES: RegExp[] = [
	// March 12-14 | January 29-February 01, 2018 | March 13 -15 March, 2018 | March 28th-30th | December 28, 2018 - January 3, 2019
	new RegExp(`${g(MON)}\\s+${g(DAY)}(?:(?:,?\\s*${g(YR)}${TO_RANGE}|${MORE_DAYS}${TO})(?:${g(MON)}\\s+)?${g(DAY)}(?:\\s+${g(MON)})?)?${YEAR}`, 'gu'),
	// 21-23 February | 27 February - 1 March 2019 | 3 to 5 December | 3rd of March | 28 December 2018 – 3 January 2019 | 15, 16 and 17 April
	new RegExp(`${g(DAY)}${MORE_DAYS}(?:${OF}${g(MON)}(?:,?\\s*${g(YR)}(?=${TO_RANGE}))?)?${TO}${g(DAY)}${OF}${g(MON)}${YEAR}`, 'gu'),
	// 20 December 2018 | 28 November
	new RegExp(`${g(DAY)}${OF}${g(MON)}${YEAR}`, 'gu'),
	// 12.03.2019 | 12/03/2019, optionally a range "12.03.2019 - 14.03.2019" or "12-14.03.2019"
	/(?<![\p{N}.])(?:(\d{1,2})(?:[./](\d{1,2})(?:[./]((?:19|20)\d{2}))?)?\s*[-–—]\s*)?(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?![\p{N}])/gu,
	// 2019-03-12
	/(?<![\p{N}-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}])/gu
];

const dayOf = (s: string | undefined) => (s ? parseInt(s, 10) : NaN);
const monthOf = (s: string | undefined) => (s ? (MONTHS[s.replace('.', '').toLowerCase()] ?? null) : null);

function toMention(rule: number, m: RegExpExecArray, offset: number): DateMention | null {
	let start: DatePoint;
	let end: DatePoint;
	let year: number | null = null;
	if (rule === 0) {
		const [, m1, d1, y1, m2, d2, m3, y] = m;
		year = y ? Number(y) : null;
		start = { day: dayOf(d1), month: monthOf(m1), year: y1 ? Number(y1) : null };
		end = d2 ? { day: dayOf(d2), month: monthOf(m2) ?? monthOf(m3) ?? monthOf(m1), year } : { ...start, year };
	} else if (rule === 1) {
		const [, d1, m1, y1, d2, m2, y] = m;
		year = y ? Number(y) : null;
		end = { day: dayOf(d2), month: monthOf(m2), year };
		start = { day: dayOf(d1), month: monthOf(m1) ?? end.month, year: y1 ? Number(y1) : null };
	} else if (rule === 2) {
		const [, d1, m1, y] = m;
		year = y ? Number(y) : null;
		start = { day: dayOf(d1), month: monthOf(m1), year };
		end = { ...start };
	} else if (rule === 3) {
		const [, d1, mo1, y1, d2, mo2, y2] = m;
		year = Number(y2);
		end = { day: dayOf(d2), month: Number(mo2), year };
		start = d1 ? { day: dayOf(d1), month: mo1 ? Number(mo1) : end.month, year: y1 ? Number(y1) : null } : { ...end };
		if (!end.month || end.month > 12 || (start.month ?? 0) > 12) return null;
	} else {
		const [, y, mo, d] = m;
		year = Number(y);
		start = { day: dayOf(d), month: Number(mo), year };
		end = { ...start };
		if (start.month! < 1 || start.month! > 12 || start.day < 1 || start.day > 31) return null;
	}
	if (start.year === null && end.year !== null) {
		start.year = (start.month ?? 0) > (end.month ?? 0) ? end.year - 1 : end.year;
	}
	return { start, end, span: [offset + m.index, offset + m.index + m[0].replace(/[\s,]+$/, '').length], year };
}

/** Every date expression in text[from, to), leftmost-longest, non-overlapping. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
	const slice = text.slice(from, to);
	const found: DateMention[] = [];
	RULES.forEach((re, rule) => {
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const mention = toMention(rule, m, from);
			if (mention) found.push(mention);
		}
	});
	found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
	const out: DateMention[] = [];
	let last = -1;
	for (const f of found) {
		if (f.span[0] < last) continue;
		out.push(f);
		last = f.span[1];
	}
	return out;
}

/** A year written apart from any day: "In May 2018 …", "during 2018", "… Kazakhstan (6-8 June) 2016". */
export interface YearMention {
	year: number;
	/** The month written with it ("May 2018"), if any. */
	month: number | null;
	span: [number, number];
}

/**
 * "in/during/throughout [early|late|mid-] 2018", "May 2018", or a year right after a bracketed date ("(6-8 June) 2016").
 * Not a range of years ("in 2018-2020"), which says when a plan runs, not when the event was.
 */
const BARE_YEAR = new RegExp(
	`(?:\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\\s+(?:(?:early|late|mid)[\\s-]+)?|${g(MON)}\\s+|\\)\\s*,?\\s*)${g(YR)}(?!\\s*[-‐‑‒–—−]\\s*\\d)`,
	'gu'
);

/** Years in text[from, to) that are not part of a date expression of `dates` (found by findDates in the same range). */
export function findBareYears(text: string, from: number, to: number, dates: DateMention[]): YearMention[] {
	const slice = text.slice(from, to);
	const out: YearMention[] = [];
	// Dates in text order, walked alongside the matches (which come in text order too): linear, however many of each.
	const sorted = [...dates].sort((a, b) => a.span[0] - b.span[0]);
	let j = 0;
	BARE_YEAR.lastIndex = 0;
	for (let m = BARE_YEAR.exec(slice); m; m = BARE_YEAR.exec(slice)) {
		const span: [number, number] = [from + m.index, from + m.index + m[0].length];
		while (j < sorted.length && sorted[j].span[1] <= span[0]) j++;
		if (j < sorted.length && sorted[j].span[0] < span[1]) continue;
		// After a bracket only when the bracket closes a date: "(6-8 June) 2016", not "(IBM) 2016".
		if (m[0][0] === ')' && !(j > 0 && /^\s*$/.test(text.slice(sorted[j - 1].span[1], span[0])))) continue;
		out.push({ year: Number(m[2]), month: monthOf(m[1]), span });
	}
	return out;
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Turns a mention into ISO dates once its year is known. A day past the month's end is clamped to the last day and
 * reported; a range written backwards ("13-11 March") is reordered and reported. Never rolls into another month.
 */
export function resolveRange(mention: DateMention, year: number): ResolvedRange {
	const endYear = mention.end.year ?? year;
	const startMonth = mention.start.month ?? mention.end.month ?? 1;
	const endMonth = mention.end.month ?? startMonth;
	const startYear = mention.start.year ?? (startMonth > endMonth ? endYear - 1 : endYear);
	const problems: string[] = [];
	const clamp = (y: number, m: number, d: number) => {
		const last = daysInMonth(y, m);
		if (d > last) {
			const problem = `day ${d} does not exist in ${monthName(m)} ${y}; clamped to ${last}`;
			if (!problems.includes(problem)) problems.push(problem);
			return last;
		}
		return d;
	};
	const sd = clamp(startYear, startMonth, mention.start.day);
	const ed = clamp(endYear, endMonth, mention.end.day);
	let date_start = isoDate(startYear, startMonth, sd);
	let date_end = isoDate(endYear, endMonth, ed);
	if (date_end < date_start) {
		problems.push(`the range ends (${date_end}) before it starts (${date_start}); the two were swapped`);
		[date_start, date_end] = [date_end, date_start];
	}
	return { date_start, date_end, invalid: problems.length ? problems.join('; ') : null };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthName = (m: number) => MONTH_NAMES[m - 1] ?? String(m);
