// The one owner of the page's URL: the selection, language and network level are read from it here, and every write to it goes through here.
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import type { NetworkLevel } from '$lib/crossfilter/queries';
import { emptySelection, sharedWith, withTime, type Selection } from '$lib/crossfilter/selection';
import { parseSearch, toSearch, type UrlNotice, type Vocabulary } from '$lib/crossfilter/url';
import { langOf, searchWithLang, type Lang, type LangChoice } from '$lib/i18n/lang';
import { BrushStream, LatestStepWait } from './brush';
import { afterPaint } from './paint';

/** Changes closer together than this replace the history entry (a chip double-clicked is one step back, not two). */
const REPLACE_WITHIN_MS = 600;

/** The query string after `extra` is applied to `params`: a null value removes the parameter. */
export function withParams(params: URLSearchParams, extra: Record<string, string | null>): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const [k, v] of Object.entries(extra)) {
		if (v === null) next.delete(k);
		else next.set(k, v);
	}
	return next;
}

/** Whether `search` (no "?") is what the address already says, so writing it would only add a history entry. */
export function sameSearch(search: string, current: string): boolean {
	return `?${search}` === current || (search === '' && current === '');
}

export class Location {
	/** A brushed window ahead of the URL: the views answer it at once, the URL follows as the brush stream decides. */
	#live = $state<{ time: [string, string] | null } | null>(null);
	#lastPush = 0;
	/**
	 * The address a brush stream wrote without a navigation. SvelteKit's page.url does not follow such a write, so
	 * every read of the URL here goes through `url`; the next real navigation (a click, back or forward) clears it.
	 */
	#shallow = $state.raw<URL | null>(null);
	readonly url: URL = $derived(this.#shallow ?? page.url);
	/** The last selection handed out: an equal one is handed out as the same object, so no view redraws for nothing. */
	#lastSelection: Selection | null = null;
	#vocab: () => Vocabulary | null = () => null;
	#mounted: () => boolean = () => false;
	/** The one wait for the views to draw the latest brush step (see LatestStepWait). */
	#drawnWait: LatestStepWait;
	/** Router navigations made so far (the benchmark reports them per brush step: each costs a forced layout). */
	#navigations = 0;
	readonly brush = new BrushStream((replace) => (replace ? this.#writeStream() : this.navigate(this.selection, {}, false)));

	/**
	 * `vocab`: the dataset's values, null until it is known (the URL's filters are not read before). `mounted`: false
	 * until the page runs in the browser: the prerendered page is English, so hydration renders English first and the
	 * URL's language follows straight after. `drawn`: resolves once every view has drawn what it was last asked, the
	 * map's frame included; a brush stream counts its rest from there.
	 */
	constructor(vocab: () => Vocabulary | null, mounted: () => boolean, drawn: () => Promise<unknown> = afterPaint) {
		this.#vocab = vocab;
		this.#mounted = mounted;
		this.#drawnWait = new LatestStepWait(drawn, (step) => this.brush.ended(step));
		// Once a navigation lands with no brush write waiting, the URL holds the window (ours) or another selection
		// (back/forward, a scene): either way it is the truth again.
		afterNavigate((nav) => {
			this.#shallow = null;
			if (nav.type === 'popstate') this.brush.cancel();
			if (!this.brush.pending) this.#live = null;
		});
	}

	get params(): URLSearchParams {
		return this.url.searchParams;
	}

	readonly langChoice = $derived<LangChoice>(this.#mounted() ? langOf(this.url.searchParams) : { lang: 'en', unknown: null });
	readonly lang: Lang = $derived(this.langChoice.lang);

	readonly parsed = $derived.by(() => {
		const vocab = browser ? this.#vocab() : null;
		return vocab ? parseSearch(this.url.searchParams, vocab) : { selection: emptySelection(), notices: [] as UrlNotice[] };
	});

	/** The selection every view answers: the URL's, with a brushed window that has not reached it yet. */
	readonly selection: Selection = $derived.by(() => {
		const next = this.#live ? { ...this.parsed.selection, time: this.#live.time } : this.parsed.selection;
		// A shallow write puts the shown window in the URL: the selection it parses to is the one already shown. A
		// brush step changes only the time: the other clauses keep their arrays, so views comparing them see no change.
		return (this.#lastSelection = sharedWith(this.#lastSelection, next));
	});

	readonly level: NetworkLevel = $derived(browser && this.url.searchParams.get('net') === 'country' ? 'country' : 'org');

	/** Shows `next` (and `extra` parameters, null removing one); rapid changes replace the entry, a pause makes a new one. */
	navigate(next: Selection, extra: Record<string, string | null> = {}, replace = false): void {
		this.brush.cancel();
		const search = toSearch(next, withParams(this.url.searchParams, extra));
		if (sameSearch(search, this.url.search)) {
			this.#live = null;
			return;
		}
		const now = performance.now();
		const replaceState = replace || now - this.#lastPush < REPLACE_WITHIN_MS;
		this.#lastPush = now;
		void this.go(search, replaceState);
	}

	/**
	 * A brush stream's write: the entry its first step made gets the stream's window, with no navigation and no
	 * second render. The browser's own replaceState keeps SvelteKit's entry state, in which a navigated entry has no
	 * URL of its own, so back and forward later navigate to the address written here. (SvelteKit's replaceState
	 * records page.url in the entry instead, and forward would then show the stream's first window.)
	 */
	#writeStream(): void {
		const search = toSearch(this.selection, this.url.searchParams);
		if (sameSearch(search, this.url.search)) return;
		const next = new URL(this.url);
		next.search = search;
		history.replaceState(history.state, '', next);
		this.#shallow = next;
		this.#lastPush = performance.now();
	}

	/** The timeline's brush and playback: the views follow now, the URL as the brush stream decides. */
	brushTo(t: [string, string] | null): void {
		this.#live = { time: withTime(this.selection, t).time };
		const step = this.brush.step();
		// Once the views have drawn the new window: the stream measures its rest from there. A step whose map frame
		// takes 250 ms, followed at once by the next, is a stream; counted from the first painted frame it was not,
		// and each such step paid a router navigation.
		if (browser) this.#drawnWait.watch(step);
	}

	get navigations(): number {
		return this.#navigations;
	}

	/** A new history entry with only `lang` changed: the selection, the network level and everything else stay. */
	switchLang(next: Lang): void {
		if (next === this.lang) return;
		void goto(`${this.url.pathname}${searchWithLang(this.url.searchParams, next)}${this.url.hash}`, { keepFocus: true, noScroll: true });
	}

	/** One step back in history: leaving a presentation returns to the entry it was started from. */
	back(): void {
		history.back();
	}

	/** Writes a whole query string (no "?"): the scenes and the presentation, which set several parameters at once. */
	go(search: string, replaceState: boolean): Promise<void> {
		if (sameSearch(search, this.url.search)) return Promise.resolve();
		this.#navigations++;
		return goto(search ? `?${search}` : this.url.pathname, { replaceState, keepFocus: true, noScroll: true });
	}
}
