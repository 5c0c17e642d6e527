// A view posed for a picture: drawn in a given box at a given text scale (a slide's) instead of in its panel, until the export that asked puts it back.
import type { ViewId } from './handles';

/** A box in CSS pixels and the scale the view draws its text at in it (see scenes/slide.ts). */
export interface PoseBox {
	width: number;
	height: number;
	scale: number;
}

export class ViewPose {
	#boxes = $state.raw<Partial<Record<ViewId, PoseBox>> | null>(null);

	/** The box `id` is posed in, or null while it draws in its panel. Reactive. */
	of(id: ViewId): PoseBox | null {
		return this.#boxes?.[id] ?? null;
	}

	/**
	 * Poses the views in `boxes` while `work` runs (it waits for them to draw and pictures them), then puts them back,
	 * also when it fails. One pose at a time: a second waits for the first.
	 */
	async hold<T>(boxes: Partial<Record<ViewId, PoseBox>>, work: () => Promise<T>): Promise<T> {
		const before = this.#queue;
		let release = () => {};
		this.#queue = new Promise<void>((r) => (release = r));
		await before;
		this.#boxes = boxes;
		try {
			return await work();
		} finally {
			this.#boxes = null;
			release();
		}
	}
	#queue: Promise<void> = Promise.resolve();
}
