// The words of a tooltip's listing of events, in both languages.
import type { Lang } from '$lib/i18n/lang';
import { formatNumber } from '../format';

export const TEXT: Record<Lang, { heading: string; more: (n: number) => string }> = {
	en: {
		heading: 'Latest events',
		more: (n) => `and ${formatNumber(n, 'en')} more`
	},
	ru: {
		heading: 'Последние события',
		more: (n) => `и ещё ${formatNumber(n, 'ru')}`
	}
};
