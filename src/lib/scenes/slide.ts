// How much larger the views draw while presenting: one factor from the screen's size, so every label reads from the back of a room.

/** The smallest text any view draws on the dashboard (tick labels, legend counts), in CSS pixels. */
export const SMALLEST_PX = 11;
/** The smallest text a slide may hold, as a share of the screen's height: 20 px at 1080, 13.3 px at 720. */
export const READABLE_SHARE = 20 / 1080;

/**
 * The views' scale while presenting on a `width` × `height` screen: the smallest dashboard text becomes a readable
 * slide text. A screen wider than 16:9 is bounded by its height, a narrower one by its width (the slide's shape);
 * never below 1, so a small window keeps the dashboard's sizes.
 */
export function slideScale(width: number, height: number): number {
	if (!(width > 0 && height > 0)) return 1;
	const side = Math.min(height, (width * 9) / 16);
	// A hair above the exact factor: 11 px × 1080/594 must not come out at 19.999 px.
	return Math.max(1, (side * READABLE_SHARE * 1.003) / SMALLEST_PX);
}

/** A dashboard text size while presenting: sizes below the smallest are lifted to it first, then scaled. */
export function slideSize(px: number, scale: number): number {
	return scale === 1 ? px : Math.max(px, SMALLEST_PX) * scale;
}
