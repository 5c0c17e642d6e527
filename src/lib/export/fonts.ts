// The exports' type: Noto Sans inline as @font-face rules for standalone SVGs, and registered under its own family name for canvas drawing.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';

/** The page's type (Noto Sans, shipped by @fontsource), as faces with the subsets' unicode ranges. */
const FACES = [
	{ url: latin400, weight: 400, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
	{ url: cyrillic400, weight: 400, range: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' },
	{ url: latin700, weight: 700, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
	{ url: cyrillic700, weight: 700, range: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }
];

/**
 * The family canvases draw with. A name of its own, so registering it for exports does not change the page's text
 * (whose CSS asks for "Noto Sans" and may be showing a system fallback).
 */
export const CANVAS_FONT = 'BOMCA Export Sans';
export const FONT_STACK = `"${CANVAS_FONT}", "Noto Sans", system-ui, sans-serif`;

let fontData: Promise<string[]> | null = null;
/** The four font files as data URLs (fetched once, ~40 kB): an SVG shown as an image may not load anything itself. */
function fontDataUrls(): Promise<string[]> {
	fontData ??= Promise.all(
		FACES.map(async (f) => {
			const r = await fetch(new URL(f.url, document.baseURI));
			if (!r.ok) throw new Error(`Fetching the font ${f.url} failed: HTTP ${r.status}`);
			return blobToDataUrl(await r.blob(), 'font/woff2');
		})
	);
	fontData.catch(() => (fontData = null));
	return fontData;
}

/** A blob as a base64 data URL of `type`. */
async function blobToDataUrl(blob: Blob, type: string): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:${type};base64,${btoa(binary)}`;
}

/** @font-face rules for "Noto Sans" with the fonts inline: the CSS an exported SVG carries. */
export async function fontFaceCss(): Promise<string> {
	const urls = await fontDataUrls();
	return FACES.map(
		(f, i) =>
			`@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${f.weight};src:url(${urls[i]}) format("woff2");unicode-range:${f.range}}`
	).join('\n');
}

let canvasFonts: Promise<void> | null = null;
/** Registers the export family with the document and waits for it, so canvas text is Noto Sans from the first draw. */
export function loadCanvasFonts(): Promise<void> {
	canvasFonts ??= Promise.all(
		FACES.map(async (f) => {
			const face = new FontFace(CANVAS_FONT, `url(${new URL(f.url, document.baseURI).href})`, { weight: String(f.weight), unicodeRange: f.range });
			document.fonts.add(await face.load());
		})
	).then(() => undefined);
	canvasFonts.catch(() => (canvasFonts = null));
	return canvasFonts;
}
