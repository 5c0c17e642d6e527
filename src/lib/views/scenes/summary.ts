// A saved scene in one line of words ("Partner: FRONTEX · from 1 Mar 2018 · map view saved"), from its query string.
import { dimensionLabel, isListDimension, searchWords, valueName } from '$lib/crossfilter/dimensions';
import type { Lang } from '$lib/i18n/lang';
import type { Scene } from '$lib/scenes/scenes';
import type { Names } from '$lib/views/format';

const TEXT = {
	en: {
		from: 'from',
		to: 'to',
		all: 'all events',
		allOf: 'all of',
		country: 'network: countries',
		mapMoved: 'map view saved',
		zoomed: (range: string) => `timeline zoom: ${range}`
	},
	ru: {
		from: 'с',
		to: 'по',
		all: 'все события',
		allOf: 'все из',
		country: 'сеть: страны',
		mapMoved: 'вид карты сохранён',
		zoomed: (range: string) => `масштаб шкалы: ${range}`
	}
};

/** The scene's filters, network level, timeline zoom and map view, in the language `names` speaks. */
export function sceneSummary(s: Pick<Scene, 'search' | 'level' | 'domain' | 'camera'>, names: Names, lang: Lang): string {
	const T = TEXT[lang];
	const p = new URLSearchParams(s.search);
	const parts: string[] = [];
	const from = p.get('from');
	const to = p.get('to');
	if (from && to) parts.push(names.range(from, to));
	else if (from) parts.push(`${T.from} ${names.range(from, from)}`);
	else if (to) parts.push(`${T.to} ${names.range(to, to)}`);
	for (const [k, v] of p) {
		if (k === 'from' || k === 'to' || k === 'pmode') continue;
		if (k === 'q') {
			if (v.trim()) parts.push(`${dimensionLabel('q', lang)}: ${searchWords(v.trim(), lang)}`);
			continue;
		}
		const ids = v.split(',').filter(Boolean);
		if (!isListDimension(k)) {
			parts.push(`${k}: ${ids.join(', ')}`);
			continue;
		}
		const mode = k === 'partner' && ids.length > 1 && p.get('pmode') === 'all' ? ` (${T.allOf})` : '';
		parts.push(`${dimensionLabel(k, lang)}${mode}: ${ids.map((id) => valueName(k, id, names)).join(', ')}`);
	}
	if (!parts.length) parts.push(T.all);
	if (s.level === 'country') parts.push(T.country);
	if (s.domain) parts.push(T.zoomed(names.range(s.domain[0], s.domain[1])));
	if (s.camera) parts.push(T.mapMoved);
	return parts.join(' · ');
}
