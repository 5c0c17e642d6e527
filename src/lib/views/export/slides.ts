// A slide and a deck as files: the views' pictures asked of their handles, the keys of every encoding shown, composed at 16:9 (slidedraw.ts) and put in a PDF (deck.ts).
import { legendOf } from '$lib/export/picture';
import { canvasToPng, svgToCanvas } from '$lib/export/raster';
import type { SlideKey, SlideSize } from '$lib/export/slide';
import { composeSlide, slideTimelineAspect } from '$lib/export/slidedraw';
import { OTHER_COLOUR, PARTNER_COLOUR } from '../palette';
import { mapPicture, viewSvg, type PictureContext } from './pictures';
import type { StandaloneSvg } from '$lib/export/standalone';
import { afterPaint } from '$lib/state/paint';

/** The words of one slide: its title and caption (the scene's, or typed), the filters and the source line. */
export interface SlideWords {
	title: string;
	caption: string;
	filters: string;
	source: string;
}

/**
 * The keys of every encoding the slide shows: the countries' colours (shared by the three views), the partners', the
 * timeline's tones, then what a circle's size, a diamond and a line's width mean.
 */
export function slideKeys(ctx: PictureContext): SlideKey[] {
	const { keys } = ctx.T;
	const colours: SlideKey[] = [...ctx.mapLegend()];
	const seen = new Set(colours.map((k) => k.label));
	for (const item of legendOf(ctx.handles.get('network')?.root() ?? null)) {
		if (!seen.has(item.label)) colours.push(item);
		seen.add(item.label);
	}
	const tones = legendOf(ctx.handles.get('timeline')?.root() ?? null)
		.filter((item) => !seen.has(item.label))
		.map((item) => ({ ...item, label: keys.timeline(item.label) }));
	const grey = { colour: OTHER_COLOUR, opacity: 1 };
	return [
		...colours,
		...tones,
		{ ...grey, shape: 'circle', label: keys.size },
		{ ...grey, shape: 'diamond', label: keys.countryOnly },
		{ colour: PARTNER_COLOUR, opacity: 0.7, shape: 'line', label: keys.width }
	];
}

/** The current views as one 16:9 slide, PNG, once every view has drawn its latest data. */
export async function slidePng(ctx: PictureContext, words: SlideWords, size: SlideSize, when: Date): Promise<Blob> {
	const { handles, T } = ctx;
	await handles.settled(['map', 'timeline', 'network']);
	const k = size === 'uhd' ? 4 : 2;
	const legend = slideKeys(ctx);
	const line = await timelineAt(ctx, slideTimelineAspect({ ...words, legend }, size), when);
	const [map, timeline, network] = await Promise.all([
		mapPicture(ctx, k),
		svgToCanvas(line, k),
		viewSvg(ctx, 'network', when, false, false).then((s) => svgToCanvas(s, k))
	]);
	const canvas = await composeSlide({ ...words, legend, map, mapMissing: T.noMap, timeline, network, labels: T.labels }, size);
	return canvasToPng(canvas);
}

/**
 * The timeline pictured at `aspect` (width over height): its plot has a fixed height, so its view is set as wide as
 * that aspect asks, laid out again, pictured, and put back. It then fills its slide box instead of a narrow middle.
 */
async function timelineAt(ctx: PictureContext, aspect: number, when: Date): Promise<StandaloneSvg> {
	const view = ctx.handles.get('timeline');
	const root = view?.root() ?? null;
	const svg = view?.svg?.() ?? null;
	const height = svg?.getBoundingClientRect().height ?? 0;
	if (!(root instanceof HTMLElement) || !height || !(aspect > 0)) return viewSvg(ctx, 'timeline', when, false, false);
	const style = root.getAttribute('style');
	root.style.width = `${Math.round(height * aspect)}px`;
	root.style.maxWidth = 'none';
	try {
		// The view follows its size through a ResizeObserver (run before the next paint), then draws: a painted frame
		// for the new size to be read, another for the view to draw it, then its handle's readiness.
		await afterPaint();
		await afterPaint();
		await ctx.handles.settled(['timeline']);
		return await viewSvg(ctx, 'timeline', when, false, false);
	} finally {
		if (style === null) root.removeAttribute('style');
		else root.setAttribute('style', style);
	}
}
