// The list's pages and order, as data: which rows page one takes from the views, the next order on a header click, the "1–100 of 2,345" words.
import type { ListSort, SortDir } from '$lib/crossfilter/listpage';
import type { ListRow } from '$lib/crossfilter/rows';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber } from '../format';

/** Rows per page: the views' own list holds as many dated events (LIST_LIMIT), so page one under the default order needs no query. */
export const PAGE_SIZE = 100;

export interface ListOrder {
	sort: ListSort;
	dir: SortDir;
}

export const DEFAULT_ORDER: ListOrder = { sort: 'date', dir: 'desc' };

/** Whether the page is the one the views already hold: page one, newest first. */
export function isViewsPage(order: ListOrder, offset: number): boolean {
	return order.sort === 'date' && order.dir === 'desc' && offset === 0;
}

/**
 * Page one under the default order from the views' rows: the newest dated events, and when they are fewer than a
 * page, the undated ones after them (unless a time window leaves those out), exactly as listPageQuery orders them.
 */
export function viewsPage(dated: ListRow[], undated: ListRow[], windowed: boolean, size = PAGE_SIZE): ListRow[] {
	const head = dated.slice(0, size);
	return head.length < size && !windowed ? [...head, ...undated.slice(0, size - head.length)] : head;
}

/** A header pressed: the same column reverses its direction; another starts newest first (dates) or A to Z. */
export function nextOrder(current: ListOrder, sort: ListSort): ListOrder {
	if (current.sort === sort) return { sort, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { sort, dir: sort === 'date' ? 'desc' : 'asc' };
}

/** Under a date order the undated rows come last: split there, so they get their own section. Other orders mix them in. */
export function splitUndated(rows: ListRow[], order: ListOrder): [ListRow[], ListRow[]] {
	if (order.sort !== 'date') return [rows, []];
	const i = rows.findIndex((r) => r.date_start === null);
	return i < 0 ? [rows, []] : [rows.slice(0, i), rows.slice(i)];
}

/** Where the undated events begin under a date order: after every dated one. */
export function undatedOffset(count: number, undated: number): number {
	return Math.max(0, count - undated);
}

/** The offset a step back or forward goes to; null when there is no such page. */
export function stepOffset(offset: number, total: number, step: -1 | 1, size = PAGE_SIZE): number | null {
	if (step < 0) return offset > 0 ? Math.max(0, offset - size) : null;
	return offset + size < total ? offset + size : null;
}

/** "1–100 of 2,345" ("1–100 из 2 345"); "0 of 0" when nothing is there. */
export function pageLabel(offset: number, shown: number, total: number, lang: Lang): string {
	const of = lang === 'ru' ? 'из' : 'of';
	const n = (v: number) => formatNumber(v, lang);
	if (shown === 0) return `0 ${of} ${n(total)}`;
	return `${n(offset + 1)}–${n(offset + shown)} ${of} ${n(total)}`;
}
