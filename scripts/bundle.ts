// The bundled dataset as the build makes it from a data folder: registries, news files and the public record, merged into one event per session (used by the build and by the tests' expectations).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type SourceFile } from '../src/lib/ingest/index';
import { parseRegistry, type Registry } from '../src/lib/ingest/registry';
import { readNewsFile } from '../src/lib/ingest/text';
import type { Event, Warning } from '../src/lib/model/event';
import { mergeSources, type Merge, type NearMiss } from '../src/lib/record/merge';
import { readRecord, type RecordProblem } from '../src/lib/record/read';

/** Bytes → text; invalid UTF-8 becomes U+FFFD, which ingest reports as binary when there is much of it. */
export const readText = (path: string) => new TextDecoder('utf-8').decode(readFileSync(path)).replace(/^\uFEFF/, '');

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

export function readRegistry(dataDir: string): Registry {
	return parseRegistry({
		places: readFileSync(join(dataDir, 'places.csv'), 'utf8'),
		orgs: readFileSync(join(dataDir, 'orgs.csv'), 'utf8'),
		topics: readFileSync(join(dataDir, 'topics.csv'), 'utf8')
	});
}

/** News files of a directory: every .txt or .md, in name order so ids are stable; a file is itself. */
export function collectNews(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.filter((f) => /\.(txt|md)$/i.test(f))
		.sort()
		.map((f) => join(path, f));
}

export interface Bundle {
	events: Event[];
	/** The news events alone, before merging (what `--json` writes). */
	news: Event[];
	warnings: Warning[];
	merges: Merge[];
	nearMisses: NearMiss[];
	/** Record rows that stop the build (file is the path); when there are any, `events` is empty. */
	problems: RecordProblem[];
	/** Source file name → its text: news files and record files, for the sources table. */
	texts: Record<string, string>;
	recordSessions: number;
}

/**
 * Ingests `files` (default: the folder's news/), links each news event to its file's page (`# source:`), reads every
 * CSV of record/ and merges the two (see src/lib/record/merge.ts).
 */
export function readBundle(dataDir: string, reg: Registry, files?: SourceFile[]): Bundle {
	files ??= collectNews(join(dataDir, 'news')).map((name) => ({ name, text: readText(name) }));
	const result = ingest(files, reg);
	const texts: Record<string, string> = Object.fromEntries(files.map((f) => [baseName(f.name), f.text]));
	const pages = new Map(files.map((f) => [baseName(f.name), readNewsFile(f.name, f.text).sourceUrl]));
	const news = result.events.map((e) => ({ ...e, source_url: pages.get(e.source) ?? null }));

	const dir = join(dataDir, 'record');
	let names: string[] = [];
	try {
		names = readdirSync(dir).filter((f) => /\.csv$/i.test(f)).sort();
	} catch {
		// No record folder: the news alone.
	}
	const record: Event[] = [];
	const problems: RecordProblem[] = [];
	for (const name of names) {
		const text = readText(join(dir, name));
		const r = readRecord(name, text, reg);
		problems.push(...r.problems.map((p) => ({ ...p, file: join(dir, name) })));
		record.push(...r.events);
		texts[name] = text;
	}
	const base = { news: result.events, warnings: result.warnings, problems, texts, recordSessions: record.length };
	if (problems.length) return { ...base, events: [], merges: [], nearMisses: [] };
	const merged = mergeSources(news, record);
	return { ...base, events: merged.events, merges: merged.merges, nearMisses: merged.nearMisses };
}
