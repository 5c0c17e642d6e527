// Splits an item's source text into plain and highlighted runs, one per extracted fact, for the source view.

export interface Run {
	text: string;
	/** The fact's kind ('date', 'place', 'partner', …) and its full key ('partner:OSCE'); null for plain text. */
	fact: string | null;
	key: string | null;
}

/**
 * `spans` holds absolute offsets into `text`; only the part [from, to) is returned. Overlapping facts keep the
 * one that starts first (then the longer), so every character belongs to one run.
 */
export function toRuns(text: string, spans: Record<string, [number, number]>, from: number, to: number): Run[] {
	const marks = Object.entries(spans)
		.filter(([key, [s, e]]) => key !== 'item' && e > s && s >= from && e <= to)
		.map(([key, [s, e]]) => ({ key, s, e }))
		.sort((a, b) => a.s - b.s || b.e - a.e);
	const runs: Run[] = [];
	let at = from;
	for (const m of marks) {
		if (m.s < at) continue;
		if (m.s > at) runs.push({ text: text.slice(at, m.s), fact: null, key: null });
		runs.push({ text: text.slice(m.s, m.e), fact: m.key.split(':')[0], key: m.key });
		at = m.e;
	}
	if (at < to) runs.push({ text: text.slice(at, to), fact: null, key: null });
	return runs;
}
