// What an import decides without the database or the page: the preview's rows checked into events, the name a text is stored under, the notice after stored imports are replayed, and the shapes the dialog shows.
import type { Event, Warning } from '../model/event';
import { mergeExtracted } from './news';
import type { ImportColumn } from './schema';
import type { Duplicate, Mode, ReplayResult } from './stage';
import { validateRecord, type ImportContext, type ImportError } from './validate';

export type ImportPhase = 'reading' | 'checking' | 'saving';

export interface ImportOutcome {
	label: string;
	mode: Mode;
	added: number;
	duplicates: Duplicate[];
	duplicateCount: number;
	/** The data changed but could not be kept in the browser (storage full or refused): it is gone after a reload. */
	unsaved: boolean;
}

/** Problems met when the stored imports were replayed at start-up. */
export type StoreNotice =
	| { kind: 'corrupt'; detail: string }
	| { kind: 'unavailable'; detail: string }
	| { kind: 'restored'; imports: number; events: number }
	/** Some stored imports could not be read: they were removed, the others loaded. */
	/** The stored imports were readable but could not be applied: kept for the next load, the bundled data shown. */
	| { kind: 'kept'; detail: string }
	| { kind: 'partial'; imports: number; events: number; lost: number; detail: string };

export interface Preview {
	name: string;
	text: string;
	events: Event[];
	records: Record<ImportColumn, string>[];
	warnings: Warning[];
	/** Preview row (1-based) → the event of the current data it repeats. */
	duplicates: Record<number, Duplicate>;
}

export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Anything thrown while importing, as the one problem the dialog lists. */
export const unreadableError = (e: unknown): ImportError => ({ row: null, column: null, code: 'unreadable', value: null, detail: messageOf(e) });

/** The preview's rows (1-based) as edited, checked like a file's: the extracted spans kept where the text still says the same. */
export function validatePreview(records: Record<ImportColumn, string>[], events: Event[], ctx: ImportContext) {
	const items: { row: number; event: Event }[] = [];
	const errors: ImportError[] = [];
	records.forEach((rec, i) => {
		const v = validateRecord(rec, i + 1, ctx, events[i].source);
		if (v.event) items.push({ row: i + 1, event: mergeExtracted(v.event, events[i], rec) });
		errors.push(...v.errors);
	});
	return { items, errors };
}

/** Duplicates keyed by their preview row. */
export function duplicatesByRow(list: Duplicate[]): Record<number, Duplicate> {
	const out: Record<number, Duplicate> = {};
	for (const d of list) out[d.row] = d;
	return out;
}

/**
 * A source name not yet used for another text (`name`, then `stem-2.ext`, `stem-3.ext` …), so stored spans always
 * point into the right text. `taken` tells whether a name already holds a text other than `text`.
 */
export async function freeSourceName(name: string, taken: (file: string) => Promise<boolean>): Promise<string> {
	const [stem, ext] = /^(.*?)(\.[^.]*)?$/.exec(name)!.slice(1) as [string, string | undefined];
	for (let i = 1; ; i++) {
		const candidate = i === 1 ? name : `${stem}-${i}${ext ?? ''}`;
		if (!(await taken(candidate))) return candidate;
	}
}

/** What a replay at start-up says, and whether imports are in effect; `steps` are the stored imports with their event counts. */
export function replayNotice(steps: readonly { events: unknown }[], res: ReplayResult): { active: boolean; notice: StoreNotice } {
	const events = res.applied.reduce((n, i) => n + (Number(steps[i].events) || 0), 0);
	const detail = res.failed.map((f) => f.detail).join('; ');
	const notice: StoreNotice = !res.failed.length
		? { kind: 'restored', imports: res.applied.length, events }
		: res.applied.length
			? { kind: 'partial', imports: res.applied.length, events, lost: res.failed.length, detail }
			: { kind: 'corrupt', detail };
	return { active: res.applied.length > 0, notice };
}
