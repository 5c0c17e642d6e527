// How the map's data reaches MapLibre without a new map: feature-state where only paint changed, setData (rested) where layout must follow.
import type { Feature, FeatureCollection } from 'geojson';

export type PaintState = Record<string, number | boolean>;

/** The MapLibre side of one source. */
export interface SyncTarget {
	/** Sets one mark's feature-state. */
	paint(key: string, state: PaintState): void;
	/** Hands the source all its features (MapLibre lays them out again in its worker). */
	send(features: Feature[]): void;
}

/** A data change's layout waits this long for the data to rest while the marks stay the same. */
export const LAYOUT_DELAY_MS = 250;
/** What paint reads of an empty mark: nothing drawn. */
export const ZERO_PAINT: PaintState = { r: 0, rSel: 0, alpha: 0, width: 0, selected: false, dim: false };
/** What layout reads of an empty mark: no label, no diamond. */
export const ZERO_LAYOUT = { n: 0, r: 0, rSel: 0, selected: false };

/**
 * A source's features go to MapLibre in two ways. What paint draws (radii, opacities, flow widths, selection
 * rings) is set as feature-state on every update: no worker round trip, one frame, so a brush step redraws the
 * map at once. What layout needs (label placement, diamond sizes, which marks exist) comes with `setData`, which
 * MapLibre tiles in its worker over several frames: it is sent at once for a lone change that brings new marks, and
 * otherwise once the data has rested for LAYOUT_DELAY_MS, so a moving brush does not queue a re-layout per step.
 * Within a stream (updates less than LAYOUT_DELAY_MS apart) new marks wait for that rest too: a brush moving over
 * the years meets new flows at most steps, and each send cost three or four frames (a step of 150–250 ms at 10k
 * events instead of 50–70). The marks already known follow every step.
 */
export class SourceSync {
	/** Every mark the source holds, by id, as last drawn with data. */
	#known = new Map<string, Feature>();
	/** The feature-state last set per mark, as a signature of its values. */
	#painted = new Map<string, string>();
	#sent = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** When the last update came: the next within `delayMs` continues a stream. */
	#lastUpdate = -Infinity;

	constructor(
		private readonly target: SyncTarget,
		private readonly idOf: (p: Record<string, unknown>) => string,
		private readonly paintOf: (p: Record<string, unknown>) => PaintState,
		private readonly delayMs = LAYOUT_DELAY_MS,
		private readonly now: () => number = () => performance.now()
	) {}

	/** Brings the source to `data`. */
	update(data: FeatureCollection): void {
		const now = this.now();
		const streaming = now - this.#lastUpdate < this.delayMs;
		this.#lastUpdate = now;
		const next = new Map<string, Feature>();
		let newKeys = false;
		for (const f of data.features) {
			const p = f.properties as Record<string, unknown>;
			const key = this.idOf(p);
			next.set(key, f);
			if (!this.#known.has(key)) newKeys = true;
			this.#paint(key, this.paintOf(p));
		}
		// A mark that leaves the data stays in the source, empty (drawn as nothing, no label): when a moving brush
		// brings it back, only its feature-state changes. The source grows to every mark the data has shown.
		for (const key of this.#known.keys()) if (!next.has(key)) this.#paint(key, ZERO_PAINT);
		for (const [key, f] of next) this.#known.set(key, f);
		clearTimeout(this.#timer);
		const send = () => {
			const sent: Feature[] = [...data.features];
			for (const [key, f] of this.#known) if (!next.has(key)) sent.push({ ...f, properties: { ...f.properties, ...ZERO_LAYOUT } });
			this.target.send(sent);
		};
		if (!this.#sent || (newKeys && !streaming)) {
			this.#sent = true;
			send();
		} else this.#timer = setTimeout(send, this.delayMs);
	}

	/** Drops a layout still waiting (the map is going). */
	stop(): void {
		clearTimeout(this.#timer);
	}

	/** Feature-state is set only where it changed: each call makes MapLibre re-evaluate that feature's paint. */
	#paint(key: string, state: PaintState) {
		const signature = Object.values(state).join();
		if (this.#painted.get(key) === signature) return;
		this.#painted.set(key, signature);
		this.target.paint(key, state);
	}
}

/**
 * Feature-state kept on a set of ids (countries' shading, their selection outline): `changes` gives the calls that
 * take the ids last given to `next`, each of them set and each one that left reset to `cleared`.
 */
export class StateSet<S> {
	#ids = new Set<string>();

	constructor(private readonly cleared: S) {}

	changes(next: Map<string, S>): [string, S][] {
		const out: [string, S][] = [...next];
		for (const id of this.#ids) if (!next.has(id)) out.push([id, this.cleared]);
		this.#ids = new Set(next.keys());
		return out;
	}
}
