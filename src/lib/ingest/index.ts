// Ingest: news files → items → sessions → facts with source spans → events, with a warning (file, line, reason) for everything it could not read.
import type { DateFlag, Event, IngestResult, Span, Warning } from '../model/event';
import { findKind, findParticipantsCount, findSubject, findTopic, makeTitle, namesEvent } from './classify';
import { findBareYears, findDates, resolveRange, type DateMention } from './dates';
import { agencyHost, findHosts, unknownPlace, type HostMention } from './places';
import { findNames, type NameMatch, type Registry } from './registry';
import { fileProblem, lineOf, readNewsFile, sentences, type NewsFile, type Paragraph } from './text';
import { inferYears, type LeadYear } from './years';
import { findParticipation } from './orgs';

export interface SourceFile {
	name: string;
	text: string;
}

interface Session {
	date: DateMention;
	host: HostMention | null;
}

interface Item {
	start: number;
	end: number;
	lead: Paragraph;
	sessions: Session[];
}

const fileStem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/** What may come before a date that opens a sentence: "On", "From", "Between", "During", "In the period from". */
const DATED_START = /^(?:(?:on|from|between|during|in the period(?: from)?|starting from)\s+(?:the\s+)?)?$/i;

/**
 * An item starts at a paragraph whose first sentence holds a date, or whose second sentence opens with one and names
 * an event; other paragraphs continue the item above ("During the visit the participants…"). Text before the first
 * dated paragraph is reported and skipped.
 */
function readItems(file: NewsFile, warn: (offset: number, message: string) => void): { item: Item; dates: DateMention[] }[] {
	const out: { item: Item; dates: DateMention[] }[] = [];
	for (const p of file.paragraphs) {
		const [first = p, second] = sentences(file.text, p.start, p.end);
		let lead: Paragraph = first;
		let dates = findDates(file.text, first.start, first.end);
		if (!dates.length && second) {
			// "BOMCA continues its support to the Kyrgyz customs. On 5-7 May 2019 a training …": an opening sentence
			// without a date, then one that starts with a date and names an event. The item's lead is both sentences.
			// A dated sentence naming no event ("On 23 May the delegation also met the governor.") continues the item above.
			const next = findDates(file.text, second.start, second.end);
			if (next.length && DATED_START.test(file.text.slice(second.start, next[0].span[0])) && namesEvent(file.text, second.start, second.end)) {
				lead = { start: first.start, end: second.end };
				dates = next;
			}
		}
		if (dates.length) {
			out.push({ item: { start: p.start, end: p.end, lead, sessions: [] }, dates });
		} else if (out.length) {
			out[out.length - 1].item.end = p.end;
		} else {
			warn(p.start, `no date in the paragraph's first sentence, so it does not start a news item; skipped ("${excerpt(file.text, p)}")`);
		}
	}
	return out;
}

function excerpt(text: string, p: Paragraph): string {
	const s = text.slice(p.start, Math.min(p.end, p.start + 60)).replace(/\s+/g, ' ');
	return p.end - p.start > 60 ? `${s}…` : s;
}

/**
 * Pairs the lead sentence's dates with its venues: as many of each → in order; one date → one session per venue;
 * one venue → every date there; otherwise each date takes the nearest venue.
 */
function pairSessions(dates: DateMention[], hosts: HostMention[]): Session[] {
	if (!hosts.length) return dates.map((date) => ({ date, host: null }));
	if (dates.length === hosts.length) return dates.map((date, i) => ({ date, host: hosts[i] }));
	if (dates.length === 1) return hosts.map((host) => ({ date: dates[0], host }));
	if (hosts.length === 1) return dates.map((date) => ({ date, host: hosts[0] }));
	const dist = (d: DateMention, h: HostMention) => Math.min(Math.abs(h.span[0] - d.span[1]), Math.abs(d.span[0] - h.span[1]));
	return dates.map((date) => ({ date, host: hosts.reduce((a, b) => (dist(date, b) < dist(date, a) ? b : a)) }));
}

/**
 * The year an item states apart from its dates when none of its dates has one, with the session it was written for.
 * A year that frames the sessions comes before them ("In May 2018 experts held workshops on 16 May …": the first
 * session in its month, else the first) or right after a bracketed date ("… Kazakhstan (6-8 June) 2016": that date's
 * session). A year after the sessions tells of something else ("… building upon activities conducted in 2016"), and
 * a month-year naming no session's month ("since the plan of December 2017, on 16 May …") says nothing about them.
 */
function leadYear(text: string, item: Item): LeadYear | null {
	const dates = item.sessions.map((s) => s.date);
	if (!dates.length || dates.some((d) => d.end.year !== null)) return null;
	const firstDate = dates.reduce((min, d) => Math.min(min, d.span[0]), Infinity);
	const firstInMonth = new Map<number, number>();
	dates.forEach((d, i) => {
		for (const month of [d.start.month, d.end.month]) if (month !== null && !firstInMonth.has(month)) firstInMonth.set(month, i);
	});
	for (const y of findBareYears(text, item.lead.start, item.lead.end, dates)) {
		if (text[y.span[0]] === ')') {
			const before = dates.reduce((last, d, i) => (d.span[1] <= y.span[0] ? i : last), 0);
			return { year: y.year, session: before };
		}
		if (y.span[0] > firstDate) continue;
		if (y.month === null) return { year: y.year, session: 0 };
		const inMonth = firstInMonth.get(y.month);
		if (inMonth !== undefined) return { year: y.year, session: inMonth };
	}
	return null;
}

export function ingestFile(source: SourceFile, reg: Registry): IngestResult {
	const warnings: Warning[] = [];
	const file = baseName(source.name);
	const problem = fileProblem(source.text);
	if (problem) {
		warnings.push({ file, line: 1, message: problem === 'empty' ? 'the file is empty: no news items' : 'the file is binary, not news text: skipped' });
		return { events: [], warnings };
	}
	const nf = readNewsFile(file, source.text);
	const text = nf.text;
	const warn = (offset: number, message: string) => warnings.push({ file, line: lineOf(nf.lineStarts, offset), message });
	const names = findNames(reg, text);
	const orgSpans: [number, number][] = names.filter((n) => n.entry.kind === 'org').map((n) => [n.start, n.end]);

	const read = readItems(nf, warn);
	if (!read.length && nf.paragraphs.length) warn(nf.paragraphs[0].start, 'no news item found: no paragraph starts with a dated sentence');
	for (const { item, dates } of read) {
		let hosts = findHosts(reg, text, names, item.lead.start, item.lead.end, orgSpans);
		if (!hosts.length) {
			// "experts worked with the State Customs Service of Kyrgyzstan": the lead's agency gives the country, unless the
			// lead names a venue the registry lacks ("held in Vanj"), which may lie anywhere. A venue later in the item
			// refines it only within that country, so a participant's home named there cannot replace it.
			const unnamed = unknownPlace(text, item.lead.start, item.lead.end, names);
			const byAgency = unnamed ? null : agencyHost(reg, text, names, item.lead.start, item.lead.end);
			const later = findHosts(reg, text, names, item.lead.end, item.end, orgSpans).slice(0, 1);
			hosts = byAgency ? (later[0]?.country === byAgency.country && later[0].placeId ? later : [byAgency]) : later;
		}
		if (!hosts.length) {
			// "the 11th meeting of the Commission … in the Kyrgyz Republic": a venue named only inside an org's name.
			const inner = findNames(reg, text, item.lead.start, item.lead.end, ['country']);
			hosts = findHosts(reg, text, inner, item.lead.start, item.lead.end, []).slice(0, 1);
		}
		if (!hosts.length) {
			const unknown = unknownPlace(text, item.lead.start, item.lead.end, names);
			if (unknown) warn(unknown.at, `unknown place "${unknown.word}": not in the places registry; the event is kept without a place`);
		}
		item.sessions = pairSessions(dates, hosts);
	}

	const years = inferYears(
		read.map((r) => r.item.sessions.map((s) => s.date)),
		nf.contextYear,
		read.map((r) => leadYear(text, r.item))
	);

	const events: Event[] = [];
	const stem = fileStem(file);
	read.forEach(({ item }, i) => {
		const itemNo = i + 1;
		const y = years[i];
		if (y.how === 'unknown') {
			warn(item.start, 'no year stated or inferable (none in the item, no dated neighbour, no "# context-year:" header); the event is kept without a date and flagged year_unknown');
		}
		events.push(...itemEvents(reg, nf, names, item, `${stem}-${itemNo}`, y.years, y.explicit, y.how === 'unknown', warn));
	});
	return { events, warnings };
}

function itemEvents(
	reg: Registry,
	nf: NewsFile,
	names: NameMatch[],
	item: Item,
	itemId: string,
	years: number[],
	yearExplicit: boolean,
	yearUnknown: boolean,
	warn: (offset: number, message: string) => void
): Event[] {
	const text = nf.text;
	const itemSpan: Span = [item.start, item.end];
	const lead: Span = [item.lead.start, item.lead.end];
	const hostSpans = item.sessions.flatMap((s) => (s.host && !s.host.viaAgency ? [s.host.span, ...(s.host.also ?? [])] : []));
	const who = findParticipation(reg, text, names, item.start, item.end, hostSpans);
	const kind = findKind(text, lead, itemSpan);
	const topic = findTopic(reg.topics, text, lead, itemSpan, findSubject(text, kind));
	const count = findParticipantsCount(text, item.start, item.end);
	const topicName = topic ? (reg.topics.find((t) => t.id === topic.value)?.name ?? null) : null;

	const shared: Record<string, Span> = { item: itemSpan, kind: kind.span };
	if (topic) shared.topic = topic.span;
	if (count) shared.participants_count = count.span;
	for (const p of who.partners) shared[`partner:${p.orgId}`] = p.span;
	for (const a of who.agencies) shared[`agency:${a.orgId}`] = a.span;
	for (const c of who.countries) shared[`country:${c.country}`] = c.span;

	const partners = who.partners
		.map((p) => reg.orgById.get(p.orgId)!)
		.map((o) => ({ id: o.id, name: o.name, short: o.short }));
	const agencies = who.agencies
		.map((a) => reg.orgById.get(a.orgId)!)
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((o) => ({ id: o.id, name: o.name, country: o.country, type: o.type }));
	const participantCountries = [...new Set(who.countries.map((c) => c.country))].sort();

	return item.sessions.map((s, k) => {
		// An unknown year leaves the event without a date rather than on a guessed one.
		const range = yearUnknown ? { date_start: null, date_end: null, invalid: null } : resolveRange(s.date, years[k]);
		const flags: DateFlag[] = [];
		if (range.invalid) {
			flags.push('invalid_date');
			warn(s.date.span[0], `impossible date "${text.slice(s.date.span[0], s.date.span[1])}": ${range.invalid}; flagged invalid_date`);
		}
		if (yearUnknown) flags.push('year_unknown');
		const place = s.host?.placeId ? reg.placeById.get(s.host.placeId)! : null;
		const spans: Record<string, Span> = { ...shared, date: s.date.span };
		if (s.host) spans.place = s.host.span;
		return {
			id: `${itemId}-${k + 1}`,
			item_id: itemId,
			session: k + 1,
			source: nf.name,
			title: makeTitle(text, kind, topicName, place?.name ?? null),
			date_start: range.date_start,
			date_end: range.date_end,
			year_explicit: yearExplicit,
			flags,
			place: place ? { id: place.id, name: place.name, country: place.country } : null,
			country: s.host?.country ?? null,
			kind: kind.value,
			topic: topic?.value ?? null,
			participant_countries: participantCountries,
			partners,
			agencies,
			participants_count: count?.value ?? null,
			spans
		};
	});
}

/** Ingests several files; one bad file never stops the others. */
export function ingest(files: SourceFile[], reg: Registry): IngestResult {
	const events: Event[] = [];
	const warnings: Warning[] = [];
	for (const f of files) {
		let r: IngestResult;
		try {
			r = ingestFile(f, reg);
		} catch (err) {
			r = { events: [], warnings: [{ file: baseName(f.name), line: 1, message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
		}
		events.push(...r.events);
		warnings.push(...r.warnings);
	}
	return { events, warnings };
}
