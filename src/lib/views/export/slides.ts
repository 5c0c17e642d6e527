// A slide and a deck as files: the views posed in the slide's boxes and pictured through their handles, the keys of every encoding shown, composed at 16:9 (slidedraw.ts) and put in a PDF (deck.ts).
import { legendOf } from '$lib/export/picture';
import { canvasToPng, svgToCanvas } from '$lib/export/raster';
import type { Box } from '$lib/export/layout';
import { SLIDE_SIZES, type SlideKey, type SlideSize } from '$lib/export/slide';
import { composeSlide, layoutSlide, slideViewBoxes } from '$lib/export/slidedraw';
import { slideScale } from '$lib/scenes/slide';
import { OTHER_COLOUR, PARTNER_COLOUR } from '../palette';
import { mapPicture, viewSvg, type PictureContext } from './pictures';
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

/**
 * The current views as one 16:9 slide, PNG. Each view is posed in its slide box at the slide's text scale (the
 * presenting scale of a 1080p screen), so its labels come out as large as the slide's own words, then pictured at
 * the slide's pixels and put back.
 */
export async function slidePng(ctx: PictureContext, words: SlideWords, size: SlideSize, when: Date): Promise<Blob> {
	const { handles, T } = ctx;
	const legend = slideKeys(ctx);
	// One layout: the views are posed in its boxes, and the slide is drawn in it.
	const layout = await layoutSlide({ ...words, legend }, size);
	const boxes = slideViewBoxes(layout);
	// The pictures' pixels per CSS pixel: a 4K slide is the 1080p one drawn twice as fine.
	const k = SLIDE_SIZES[size].height / 1080;
	const scale = slideScale(SLIDE_SIZES.hd.width, SLIDE_SIZES.hd.height);
	const pose = (b: Box) => ({ width: Math.round(b.w / k), height: Math.round(b.h / k), scale });
	const [map, timeline, network] = await handles.pose.hold(
		{ map: pose(boxes.map), timeline: pose(boxes.timeline), network: pose(boxes.network) },
		async () => {
			// A painted frame for the views to take their boxes, another for the map's resize, then their readiness.
			await afterPaint();
			await afterPaint();
			await handles.settled(['map', 'timeline', 'network']);
			return Promise.all([
				mapPicture(ctx, k),
				viewSvg(ctx, 'timeline', when, false, false).then((s) => svgToCanvas(s, k)),
				viewSvg(ctx, 'network', when, false, false).then((s) => svgToCanvas(s, k))
			]);
		}
	);
	const canvas = await composeSlide({ map, mapMissing: T.noMap, timeline, network, labels: T.labels }, layout, size);
	return canvasToPng(canvas);
}
