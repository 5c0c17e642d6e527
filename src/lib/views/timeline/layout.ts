// Where the timeline draws: margins and sizes, the data's extent and its axis with a margin either side, the time axis's ticks.
import * as d3 from 'd3';
import type { Lang } from '$lib/i18n/lang';
import { monthName } from '../format';
import { addDays, daysBetween, toDay } from './days';

/** Left: room for the count axis's numbers; top: for its highest label. */
export const MARGIN = { left: 46, right: 14, top: 10 };
export const AXIS_HEIGHT = 24;
/** The bars' height: the same at every dataset size, tall enough for four count ticks. */
export const PLOT_HEIGHT = 140;
/** The least a plot posed in a slide's box is given (two count ticks still fit). */
export const MIN_PLOT_HEIGHT = 60;
/** Shown while the database starts: only an empty frame with an axis. */
export const EMPTY_DOMAIN: [Date, Date] = [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2020, 0, 1))];

/** The data's extent as the keys, presets and playback need it. */
export interface Extent {
	/** the data's first day */
	first: Date;
	/** the exclusive end of its last */
	last: Date;
	/** The unzoomed axis: the data with a margin either side. */
	domain: [Date, Date];
}

export type TimeScale = d3.ScaleTime<number, number>;

/** The extent of data spanning the days `span` (inclusive), or the empty frame's. */
export function extentOf(span: [string, string] | null): Extent {
	if (!span) return { first: EMPTY_DOMAIN[0], last: EMPTY_DOMAIN[1], domain: EMPTY_DOMAIN };
	const first = toDay(span[0]);
	const last = addDays(toDay(span[1]), 1);
	const marginDays = Math.max(14, Math.ceil(daysBetween(first, last) * 0.03));
	return { first, last, domain: [addDays(first, -marginDays), addDays(last, marginDays)] };
}

export interface Tick {
	x: number;
	label: string;
	/** On a new year: drawn stronger. */
	year: boolean;
}

function tickLabel(d: Date, lang: Lang): string {
	if (+d3.utcYear(d) === +d) return String(d.getUTCFullYear());
	if (+d3.utcMonth(d) === +d) return monthName(d.getUTCMonth() + 1, lang, true);
	return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, lang)}`;
}

/** About one tick per 80 px; the first names its year too, so the axis reads without a year boundary in view. */
export function axisTicks(x: TimeScale, plotWidth: number, lang: Lang): Tick[] {
	return x.ticks(Math.max(2, Math.floor(plotWidth / 80))).map((d, i) => {
		const year = +d3.utcYear(d) === +d;
		const label = tickLabel(d, lang);
		return { x: x(d), label: i === 0 && !year ? `${label} ${d.getUTCFullYear()}` : label, year };
	});
}
