// window.__atlas: the benchmark's handle on the page (bench datasets and dev only): moves the time brush through the page's own navigation and reports when every view has drawn it.

import { tick } from 'svelte';

export interface BenchPage {
	/** The page's own brush handler: the same call the timeline's brush makes. */
	brush(time: [string, string] | null): void;
	/** The time clause the views on screen answer, or undefined while they answer another request. */
	shownTime(): [string, string] | null | undefined;
	/** Runs SQL on the page's DuckDB (null before it is up). */
	query(sql: string): Promise<Record<string, unknown>[]> | null;
	/** Resolves with the milliseconds the last index preparation took, once none is under way. */
	settled(): Promise<number | null>;
	/** Every view (map, timeline, network) has drawn its latest data: asked of the views' handles. */
	viewsReady(): boolean;
	/** The last query pass and the index's counting within it, in ms. */
	times(): { queryMs: number | null; answerMs: number | null };
	/** Router navigations so far (a brush stream should make one, at its start). */
	navigations(): number;
}

/**
 * Where a brush step's time went: the controller's query pass (`query`) and the time index's counting in it
 * (`answer`, the part to set beside crossfilter2's computation), until the DOM views had the new state (`dom`), and
 * until every view, the map last, had drawn it (`total`).
 */
export interface Phases {
	query: number | null;
	answer: number | null;
	dom: number;
	total: number;
}

export interface BenchHook {
	/** The phases of every step so far (read and cleared by the benchmark). */
	takePhases(): Phases[];
	/** Moves the brush and resolves with the milliseconds until every view has rendered the new window. */
	brush(from: string, to: string): Promise<number>;
	clearBrush(): Promise<number>;
	query(sql: string): Promise<Record<string, unknown>[]>;
	settled(): Promise<number | null>;
	/** True when every view reports ready: what first_view and load wait for. */
	viewsReady(): boolean;
	/** Router navigations the page has made so far. */
	navigations(): number;
}

const same = (a: [string, string] | null | undefined, b: [string, string] | null) =>
	a !== undefined && (a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]));

/**
 * `notifyShown` must be called from an $effect that reads what the views show: Svelte runs it after the DOM has
 * taken the new state, which is the moment the DOM views are drawn; the map reports its own frame via data-state.
 */
export function createBenchHook(page: BenchPage): BenchHook & { notifyShown(): void } {
	/** Each returns true once its condition holds (and it has resolved). */
	let waiters: (() => boolean)[] = [];

	const viewsReady = () => page.viewsReady();

	/**
	 * Resolves once every view says ready. The views mirror their readiness in their root's data-state, so a
	 * MutationObserver wakes the check at the moment it can change: no polling interval adds to the time.
	 */
	const whenViewsReady = () =>
		new Promise<void>((resolve) => {
			if (viewsReady()) return resolve();
			const observer = new MutationObserver(() => {
				if (!viewsReady()) return;
				observer.disconnect();
				resolve();
			});
			observer.observe(document.body, { attributes: true, attributeFilter: ['data-state'], subtree: true });
		});

	const whenShown = (time: [string, string] | null) =>
		new Promise<void>((resolve) => {
			if (same(page.shownTime(), time)) return resolve();
			const check = () => {
				if (!same(page.shownTime(), time)) return false;
				resolve();
				return true;
			};
			waiters.push(check);
		});

	const phases: Phases[] = [];

	async function move(time: [string, string] | null): Promise<number> {
		const t0 = performance.now();
		const shown = whenShown(time);
		page.brush(time);
		await shown;
		const dom = performance.now() - t0;
		// A view may mark itself busy in its own effect of that update (the map until its next frame): let it.
		await tick();
		await whenViewsReady();
		const total = performance.now() - t0;
		const { queryMs, answerMs } = page.times();
		phases.push({ query: queryMs, answer: answerMs, dom, total });
		return total;
	}

	return {
		brush: (from, to) => move([from, to]),
		clearBrush: () => move(null),
		async query(sql) {
			const q = page.query(sql);
			if (!q) throw new Error('the database is not up yet');
			return q;
		},
		settled: () => page.settled(),
		takePhases: () => phases.splice(0),
		viewsReady,
		navigations: () => page.navigations(),
		notifyShown() {
			waiters = waiters.filter((done) => !done());
		}
	};
}
