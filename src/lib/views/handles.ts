// What each drawn view hands to exports, the print sheet and the benchmark: its readiness and its picture, registered by id, and the pose an export asks of it.
import { tick } from 'svelte';
import type { CanvasSource } from '$lib/export/capture';
import { ViewPose } from './pose.svelte';

export type ViewId = 'map' | 'timeline' | 'network';

/** A view's picture for exports: they ask the view, never the page's DOM, for it. */
export interface ViewHandle {
	/** Whether the view has drawn its latest data. */
	ready(): boolean;
	/** The view's root element (legends and captions are read from it). */
	root(): Element | null;
	/** The view's main SVG picture (the timeline's and the network's), if it draws one. */
	svg?(): SVGSVGElement | null;
	/** A canvas view's pixels (the map's), copied once it is idle or at once for printing. */
	canvas?: CanvasSource;
}

/** The page's views by id; a view registers on mount and is forgotten when it goes. */
export class ViewHandles {
	#handles = new Map<ViewId, ViewHandle>();
	/** Where an export asks the views to draw for its picture (a slide's boxes), read by each view. */
	readonly pose = new ViewPose();

	/** Registers `handle` under `id` and returns the function that removes it again. */
	register(id: ViewId, handle: ViewHandle): () => void {
		this.#handles.set(id, handle);
		return () => {
			if (this.#handles.get(id) === handle) this.#handles.delete(id);
		};
	}

	get(id: ViewId): ViewHandle | null {
		return this.#handles.get(id) ?? null;
	}

	/**
	 * Waits (up to `timeoutMs` in all) until the views were handed what was asked (`answered`, polled: the pass that
	 * answers may finish some frames later) and then, after that update's effects (the map marks itself busy in one),
	 * every view has drawn it. Settling before the hand-over would count the previous picture.
	 */
	async caughtUp(answered: () => boolean, timeoutMs: number, pollMs: number): Promise<boolean> {
		const until = performance.now() + timeoutMs;
		await tick();
		while (!answered() && performance.now() < until) await new Promise((r) => setTimeout(r, pollMs));
		await tick();
		return this.settled(['map', 'timeline', 'network'], Math.max(0, until - performance.now()), pollMs);
	}

	/** Waits (up to `timeoutMs`) until every view in `ids` that is present says it has drawn its latest data. */
	async settled(ids: ViewId[], timeoutMs = 8000, pollMs = 50): Promise<boolean> {
		const until = performance.now() + timeoutMs;
		const busy = () => ids.some((id) => this.get(id)?.ready() === false);
		while (busy()) {
			if (performance.now() >= until) return false;
			await new Promise((r) => setTimeout(r, pollMs));
		}
		return true;
	}
}
