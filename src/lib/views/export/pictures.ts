// The Export menu's pictures as files: each view's picture asked of its handle, composed or made standalone, encoded as PNG or SVG.
import { composeDashboard, composeMap } from '$lib/export/compose';
import type { Heading, LegendItem } from '$lib/export/layout';
import { legendOf, mainSvg } from '$lib/export/picture';
import { canvasToPng, svgToCanvas } from '$lib/export/raster';
import { standaloneSvg, type StandaloneSvg } from '$lib/export/standalone';
import type { ViewHandles } from '../handles';
import { fileName, mapPixelRatio, viewFormat, type Action, type DrawnView } from './actions';
import type { MenuText } from './text';

/** What the pictures need from the menu, read when they are made (the views may redraw meanwhile). */
export interface PictureContext {
	readonly handles: ViewHandles;
	readonly T: MenuText;
	heading(view: string | null, when: Date): Heading;
	mapLegend(): LegendItem[];
}

/** The map's pixels, from its handle's snapshot source (at `atLeast` pixels per CSS pixel); null without a map (no WebGL). */
export async function mapPicture(ctx: PictureContext, atLeast = 0): Promise<HTMLCanvasElement | null> {
	const source = ctx.handles.get('map')?.canvas;
	return source ? source.snapshot(Math.max(atLeast, mapPixelRatio(window.devicePixelRatio))) : null;
}

/** A view's SVG made standalone, with its legend (unless a slide keys it); its heading drawn in only when the picture stands alone. */
export async function viewSvg(ctx: PictureContext, id: DrawnView, when: Date, withHeading: boolean, withLegend = true): Promise<StandaloneSvg> {
	const { T } = ctx;
	const view = ctx.handles.get(id);
	const root = view?.root() ?? null;
	const svg = view?.svg?.() ?? mainSvg(root);
	if (!svg) throw new Error(T.noView);
	const desc =
		id === 'network'
			? T.nodes(svg.querySelectorAll('[data-id]').length, svg.querySelectorAll('line').length)
			: T.bars(svg.querySelectorAll('rect[data-id]').length);
	const head = ctx.heading(T.views[id], when);
	return standaloneSvg(svg, {
		title: head.title,
		description: [desc, ...head.lines].join('. '),
		heading: withHeading ? [head.title, ...head.lines] : [],
		legend: withLegend ? legendOf(root) : [],
		drop: ['circle.focus', '.brush .overlay', '.brush .handle']
	});
}

/**
 * The file of a picture action and its name. Views redraw after a selection: each is waited for (a few seconds at
 * most) until it says it is ready, so the picture is current.
 */
export async function pictureFile(ctx: PictureContext, action: Exclude<Action, 'csv' | 'slide' | 'deck'>, when: Date): Promise<{ blob: Blob; name: string }> {
	const { handles, T } = ctx;
	if (action === 'dashboard') {
		await handles.settled(['map', 'timeline', 'network']);
		const [map, timeline, network] = await Promise.all([
			mapPicture(ctx),
			viewSvg(ctx, 'timeline', when, false).then((s) => svgToCanvas(s, 2)),
			viewSvg(ctx, 'network', when, false).then((s) => svgToCanvas(s, 2))
		]);
		const { canvas } = await composeDashboard({
			heading: ctx.heading(null, when),
			map,
			mapLegend: ctx.mapLegend(),
			mapMissing: T.noMap,
			timeline,
			network,
			labels: T.labels,
			credit: T.credit
		});
		return { blob: await canvasToPng(canvas), name: fileName('dashboard', 'png', when) };
	}
	if (action === 'map') {
		await handles.settled(['map']);
		const canvas = await composeMap(
			{
				heading: ctx.heading(T.views.map, when),
				map: await mapPicture(ctx),
				legend: ctx.mapLegend(),
				missing: T.noMap,
				credit: T.mapCredit
			},
			mapPixelRatio(window.devicePixelRatio)
		);
		return { blob: await canvasToPng(canvas), name: fileName('map', 'png', when) };
	}
	const [id, ext] = viewFormat(action);
	await handles.settled([id]);
	const svg = await viewSvg(ctx, id, when, true);
	const blob = ext === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }) : await canvasToPng(await svgToCanvas(svg, 2));
	return { blob, name: fileName(id, ext, when) };
}
