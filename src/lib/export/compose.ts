// The map's PNG and the whole dashboard's PNG, composed on a canvas: heading, the views' pictures, colour keys, the basemap's credit.
import { drawContained, drawHeading, drawLabel, drawLegend, placeholder, trim, whiteCanvas } from './draw';
import { FONT_STACK, loadCanvasFonts } from './fonts';
import { DASHBOARD_PAD, DASHBOARD_GAP, DASHBOARD_WIDTH, dashboardRow, LINE, MUTED, timelineHeight, type Box, type Heading, type LegendItem } from './layout';
import { sizeOf, type Picture } from './raster';

export interface MapPictureParts {
	heading: Heading;
	map: Picture | null;
	legend: LegendItem[];
	/** Shown where the map should be when it could not be drawn (no WebGL). */
	missing: string;
	credit: string;
}

/**
 * The map alone: heading, the map's pixels at their own size, its colour keys and the basemap's credit. `scale` is the
 * map copy's pixels per CSS pixel, so type and spacing keep their proportion to the map.
 */
export async function composeMap(parts: MapPictureParts, scale = 1): Promise<HTMLCanvasElement> {
	await loadCanvasFonts();
	const s = scale;
	const pad = 24 * s;
	const size = parts.map ? sizeOf(parts.map) : { w: 1200 * s, h: 700 * s };
	const width = Math.round(Math.max(size.w + 2 * pad, 900 * s));
	// Sized generously (heading and legend wrap), then trimmed to what was drawn.
	const { canvas, ctx } = whiteCanvas(width, Math.round(size.h + 400 * s));
	const headH = drawHeading(ctx, parts.heading, pad, 16 * s, width - 2 * pad, s) + 8 * s;
	const x = Math.round((width - size.w) / 2);
	if (parts.map) ctx.drawImage(parts.map, x, headH);
	else placeholder(ctx, parts.missing, { x, y: headH, w: size.w, h: size.h }, s);
	let y = headH + size.h + 14 * s;
	y = drawLegend(ctx, parts.legend, pad, y, width - 2 * pad, s) + 10 * s;
	ctx.fillStyle = MUTED;
	ctx.font = `400 ${12 * s}px ${FONT_STACK}`;
	ctx.fillText(parts.credit, pad, y);
	return trim(canvas, y + 16 * s);
}

export interface DashboardParts {
	heading: Heading;
	map: Picture | null;
	mapLegend: LegendItem[];
	mapMissing: string;
	/** The timeline and network pictures, legends included (standalone SVGs without heading, rasterised). */
	timeline: Picture | null;
	network: Picture | null;
	labels: { map: string; timeline: string; network: string };
	credit: string;
}

/** Where the dashboard picture put each view, in its pixels (tests and the print summary read it). */
export interface DashboardLayout {
	map: Box;
	network: Box;
	timeline: Box;
}

/**
 * The whole dashboard as one picture, 1920 px wide: heading (title, count and date, filters), the map and the network
 * side by side as on the page, the timeline across, the map's colour keys and the basemap credit.
 */
export async function composeDashboard(parts: DashboardParts): Promise<{ canvas: HTMLCanvasElement; layout: DashboardLayout }> {
	await loadCanvasFonts();
	const W = DASHBOARD_WIDTH;
	const pad = DASHBOARD_PAD;
	const gap = DASHBOARD_GAP;
	const scale = 1;
	const { canvas, ctx } = whiteCanvas(W, 2400);

	let y = drawHeading(ctx, parts.heading, pad, pad - 8, W - 2 * pad, scale);
	ctx.strokeStyle = LINE;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(pad, y);
	ctx.lineTo(W - pad, y);
	ctx.stroke();
	y += 34;

	const { mapW, netW, rowH } = dashboardRow(parts.map ? sizeOf(parts.map) : null);
	drawLabel(ctx, parts.labels.map, pad, y, scale);
	drawLabel(ctx, parts.labels.network, pad + mapW + gap, y, scale);
	y += 12;
	const mapBox = { x: pad, y, w: mapW, h: rowH };
	const netBox = { x: pad + mapW + gap, y, w: netW, h: rowH };
	const map = parts.map ? drawContained(ctx, parts.map, mapBox) : null;
	if (!map) placeholder(ctx, parts.mapMissing, mapBox, scale);
	const net = parts.network ? drawContained(ctx, parts.network, netBox) : netBox;
	ctx.strokeStyle = LINE;
	ctx.strokeRect(mapBox.x + 0.5, mapBox.y + 0.5, mapBox.w - 1, mapBox.h - 1);
	ctx.strokeRect(netBox.x + 0.5, netBox.y + 0.5, netBox.w - 1, netBox.h - 1);
	y += rowH + 12;
	// Keys at the size the rasterised views' own legends end up at (their SVGs are drawn at 2× and scaled down).
	y = drawLegend(ctx, parts.mapLegend, pad, y, mapW, 1.3) + 22;

	drawLabel(ctx, parts.labels.timeline, pad, y, scale);
	y += 12;
	let timeline: Box = { x: pad, y, w: W - 2 * pad, h: 0 };
	if (parts.timeline) {
		const tw = W - 2 * pad;
		const th = timelineHeight(tw, sizeOf(parts.timeline));
		timeline = drawContained(ctx, parts.timeline, { x: pad, y, w: tw, h: th });
		y += th;
	}
	y += 30;
	ctx.fillStyle = MUTED;
	ctx.font = `400 13px ${FONT_STACK}`;
	ctx.textAlign = 'right';
	ctx.fillText(parts.credit, W - pad, y);
	ctx.textAlign = 'left';
	return { canvas: trim(canvas, y + pad - 8), layout: { map: map ?? mapBox, network: net, timeline } };
}
