// Years for items that state none, inferred from their neighbours in the same file (news is newest first) or the page's context year.
import { resolveRange, type DateMention } from './dates';

export interface ItemYears {
	/** The year to resolve each session's mention with (its end year); empty when the year is unknown. */
	years: number[];
	/** Whether the item itself states the year (in any of its sessions). */
	explicit: boolean;
	/** How the year was found, for the warning and the flag. */
	how: 'stated' | 'neighbours' | 'context' | 'unknown';
}

const DAY_MS = 86_400_000;
/** News is not strictly ordered by event date: an item may report an event up to a month older than the one below it. */
const SLACK_DAYS = 31;

/** End month of a mention, for rolling a year over between sessions ("December 28-30 … and January 5-7"). */
const endMonth = (m: DateMention) => m.end.month ?? m.start.month ?? 1;

/** Years for every session when the first session (or a stated one) has year `anchor`. */
function rollYears(sessions: DateMention[], anchorIndex: number, anchorYear: number): number[] {
	const years = new Array<number>(sessions.length);
	years[anchorIndex] = anchorYear;
	for (let i = anchorIndex + 1; i < sessions.length; i++) {
		years[i] = sessions[i].end.year ?? (endMonth(sessions[i]) < endMonth(sessions[i - 1]) ? years[i - 1] + 1 : years[i - 1]);
	}
	for (let i = anchorIndex - 1; i >= 0; i--) {
		years[i] = sessions[i].end.year ?? (endMonth(sessions[i]) > endMonth(sessions[i + 1]) ? years[i + 1] - 1 : years[i + 1]);
	}
	return years;
}

function latestEnd(sessions: DateMention[], years: number[]): number {
	let max = -Infinity;
	sessions.forEach((s, i) => {
		const r = resolveRange(s, years[i]);
		max = Math.max(max, Date.parse(r.date_end));
	});
	return max;
}

/** A year an item states apart from its dates ("In May 2018 … on 16 May"), and the session it belongs to. */
export interface LeadYear {
	year: number;
	/** Index of the session the year was written for (the one in its month, else the first). */
	session: number;
}

/**
 * Items are in file order, newest first. An item with a stated year (in a date, or apart from its dates: `leadYears`)
 * anchors its neighbours; an item without one takes the earliest year that keeps it no older than the item below it
 * (bottom-up), or, at the bottom of the file, the latest year that keeps it no newer than the item above it. With no
 * anchor at all, the `# context-year:` header decides, and failing that the year is unknown: no years, never a guess
 * such as the current year, which would put the event on the timeline at a date the source never gave.
 */
export function inferYears(items: DateMention[][], contextYear: number | null, leadYears: (LeadYear | null)[] = []): ItemYears[] {
	const out: (ItemYears | null)[] = items.map((sessions, i) => {
		if (!sessions.length) return null;
		const stated = sessions.findIndex((s) => s.end.year !== null);
		if (stated !== -1) return { years: rollYears(sessions, stated, sessions[stated].end.year!), explicit: true, how: 'stated' };
		const lead = leadYears[i];
		if (lead && lead.session < sessions.length) return { years: rollYears(sessions, lead.session, lead.year), explicit: true, how: 'stated' };
		return null;
	});
	const nextStatedAbove = (i: number) => {
		for (let j = i - 1; j >= 0; j--) if (out[j]?.explicit) return out[j]!.years.at(-1)!;
		return null;
	};

	let below: { end: number } | null = null;
	for (let i = items.length - 1; i >= 0; i--) {
		const sessions = items[i];
		if (!sessions.length) continue;
		if (!out[i] && below) {
			const cap = nextStatedAbove(i);
			let year = new Date(below.end).getUTCFullYear() - 1;
			while (latestEnd(sessions, rollYears(sessions, 0, year)) < below.end - SLACK_DAYS * DAY_MS) year++;
			if (cap !== null && year > cap) year = cap;
			out[i] = { years: rollYears(sessions, 0, year), explicit: false, how: 'neighbours' };
		}
		if (out[i]) below = { end: latestEnd(sessions, out[i]!.years) };
	}

	let above: { end: number } | null = null;
	for (let i = 0; i < items.length; i++) {
		const sessions = items[i];
		if (!sessions.length) continue;
		if (!out[i] && above) {
			let year = new Date(above.end).getUTCFullYear() + 1;
			while (latestEnd(sessions, rollYears(sessions, 0, year)) > above.end + SLACK_DAYS * DAY_MS) year--;
			out[i] = { years: rollYears(sessions, 0, year), explicit: false, how: 'neighbours' };
		}
		if (out[i]) above = { end: latestEnd(sessions, out[i]!.years) };
	}

	return out.map((o, i) =>
		o ??
		(contextYear !== null
			? { years: rollYears(items[i], 0, contextYear), explicit: false, how: 'context' }
			: { years: [], explicit: false, how: 'unknown' })
	);
}
