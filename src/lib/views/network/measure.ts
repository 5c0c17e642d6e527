// Label widths measured on a canvas in the labels' typeface, each text once: placement runs on every hover.

/** Without a canvas (no DOM), a rough width per character stands in. */
const FALLBACK_PER_CHAR = 7;

/** A measurer for `font`: a text's width in pixels plus `pad`, remembered per text. */
export function textMeasurer(font: string, pad = 2): (text: string) => number {
	let context: CanvasRenderingContext2D | null = null;
	const measure = (text: string): number => {
		if (typeof document === 'undefined') return text.length * FALLBACK_PER_CHAR;
		context ??= document.createElement('canvas').getContext('2d');
		if (!context) return text.length * FALLBACK_PER_CHAR;
		context.font = font;
		return context.measureText(text).width;
	};
	const widths = new Map<string, number>();
	return (text) => {
		let w = widths.get(text);
		if (w === undefined) widths.set(text, (w = measure(text) + pad));
		return w;
	};
}
