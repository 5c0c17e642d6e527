// The timeline's words in English and Russian, and the names it gives series, countries, places and periods.
import type { TimelineRow } from '$lib/crossfilter/rows';
import type { Lang } from '$lib/i18n/lang';
import { monthName, ruForm, type Names } from '../format';
import { OTHER_LANE, type BinUnit } from './binning';

export const TEXT = {
	en: {
		label: 'Timeline: events over time',
		loading: 'Loading…',
		invalid: 'the source gives an impossible date; day clamped',
		endUnknown: 'only the first day is known',
		noPlace: 'No place',
		elsewhere: 'Other countries',
		faint: 'faint = outside the other filters',
		selectedKey: 'dark = selected',
		matchingKey: 'medium = matching the other filters, outside the time window',
		perUnit: { month: 'Events per month', quarter: 'Events per quarter', year: 'Events per year' } as Record<BinUnit, string>,
		byCountry: 'By country',
		byCountryTitle: 'Stack each bar by host country, with a colour per country',
		from: 'From',
		to: 'To',
		setRange: 'Set',
		setRangeTitle: 'Select the dates typed (Enter in a date does the same)',
		year: 'Year…',
		yearTitle: 'Select one year of the data',
		lastYear: 'Last 12 months',
		lastYearTitle: 'The twelve months up to the data’s last date',
		all: 'All dates',
		allTitle: 'Clear the time window',
		unparsable: 'Enter both dates as YYYY-MM-DD; nothing was changed.',
		order: 'The “From” date is after the “To” date; nothing was changed.',
		events: (n: number, s: string) => `${s} ${n === 1 ? 'event' : 'events'}`,
		selected: (n: string) => `${n} selected`,
		matching: (n: string) => `${n} match the other filters`,
		quarter: (q: number, y: number) => `Q${q} ${y}`,
		play: 'Play',
		pause: 'Pause',
		playTitle: 'Sweep a time window through the data',
		mode: 'Playback',
		modeWindow: 'Moving window',
		modeCumulative: 'Cumulative',
		speed: 'Speed',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		zoomReset: 'Reset zoom',
		earlier: 'Earlier',
		later: 'Later',
		allTime: 'All dates',
		window: 'Window:',
		help: 'Keyboard and mouse help',
		helpLines: [
			'Drag across the plot to select dates; click without dragging to clear.',
			'Wheel or pinch to zoom the time axis; drag the axis to pan.',
			'Plot focused: ←/→ move the window a week, Shift+←/→ shrink or grow it, Home/End jump to the start or end, Esc clears, + − 0 zoom.',
			'On a bar (Tab): ←/→ step through the events, Enter selects its dates.'
		],
		tableCaption: 'Events on the timeline',
		colDates: 'Dates',
		colTitle: 'Title',
		colCountry: 'Country',
		colActive: 'Matches the other filters',
		yes: 'yes',
		no: 'no',
		binsCaption: 'Events per period and host country, as the bars show them',
		colPeriod: 'Period',
		colSelected: 'Selected',
		colEvents: 'Events',
		colActiveEvents: 'Of them matching the other filters',
		undated: (n: string) => `${n} undated`,
		undatedLeftOut: (n: string) => `${n} undated, left out`,
		undatedShow: 'Events the source gives no day for: not drawn on the timeline, counted everywhere else. Show them in the list.',
		undatedClear: 'Events with no day are left out by the time window. Clear the window to include them.'
	},
	ru: {
		label: 'Хронология: события во времени',
		loading: 'Загрузка…',
		invalid: 'в источнике несуществующая дата; день исправлен',
		endUnknown: 'известен только первый день',
		noPlace: 'Без места',
		elsewhere: 'Другие страны',
		faint: 'бледные — вне остальных фильтров',
		selectedKey: 'тёмные — выбранные',
		matchingKey: 'средние — соответствуют остальным фильтрам, вне периода',
		perUnit: { month: 'Событий в месяц', quarter: 'Событий в квартал', year: 'Событий в год' } as Record<BinUnit, string>,
		byCountry: 'По странам',
		byCountryTitle: 'Разделить каждый столбец по странам проведения, у каждой страны свой цвет',
		from: 'С',
		to: 'По',
		setRange: 'Выбрать',
		setRangeTitle: 'Выбрать введённые даты (Enter в поле даты делает то же)',
		year: 'Год…',
		yearTitle: 'Выбрать один год данных',
		lastYear: 'Последние 12 месяцев',
		lastYearTitle: 'Двенадцать месяцев до последней даты в данных',
		all: 'Все даты',
		allTitle: 'Снять выбор периода',
		unparsable: 'Введите обе даты в виде ГГГГ-ММ-ДД; ничего не изменено.',
		order: 'Дата «С» позже даты «По»; ничего не изменено.',
		events: (n: number, s: string) => `${s} ${ruForm(n, 'событие', 'события', 'событий')}`,
		selected: (n: string) => `выбрано: ${n}`,
		matching: (n: string) => `соответствуют остальным фильтрам: ${n}`,
		quarter: (q: number, y: number) => `${q} кв. ${y}`,
		play: 'Пуск',
		pause: 'Пауза',
		playTitle: 'Провести окно времени по всем данным',
		mode: 'Воспроизведение',
		modeWindow: 'Скользящее окно',
		modeCumulative: 'Накопительно',
		speed: 'Скорость',
		zoomIn: 'Увеличить',
		zoomOut: 'Уменьшить',
		zoomReset: 'Сбросить масштаб',
		earlier: 'Раньше',
		later: 'Позже',
		allTime: 'Все даты',
		window: 'Окно:',
		help: 'Справка: клавиатура и мышь',
		helpLines: [
			'Проведите по графику, чтобы выбрать даты; щелчок без перетаскивания снимает выбор.',
			'Колесо мыши или щипок меняют масштаб оси времени; перетаскивание оси сдвигает её.',
			'График в фокусе: ←/→ сдвигают окно на неделю, Shift+←/→ сужают или расширяют его, Home/End — к началу или концу, Esc снимает выбор, + − 0 — масштаб.',
			'На полосе (Tab): ←/→ переходят между событиями, Enter выбирает даты события.'
		],
		tableCaption: 'События на шкале времени',
		colDates: 'Даты',
		colTitle: 'Название',
		colCountry: 'Страна',
		colActive: 'Соответствует остальным фильтрам',
		yes: 'да',
		no: 'нет',
		binsCaption: 'События по периодам и странам проведения, как на столбцах',
		colPeriod: 'Период',
		colSelected: 'Выбрано',
		colEvents: 'Событий',
		colActiveEvents: 'Из них соответствуют остальным фильтрам',
		undated: (n: string) => `${n} без даты`,
		undatedLeftOut: (n: string) => `${n} без даты не учтены`,
		undatedShow: 'События, для которых в источнике не указан день: их нет на шкале времени, но они учтены во всех остальных видах. Показать их в списке.',
		undatedClear: 'События без даты не входят в выбранный период. Снимите период, чтобы их учесть.'
	}
};
export type TimelineText = (typeof TEXT)['en'];

/** A host country's name; events without one say so. */
export function countryName(iso3: string | null, names: Names, T: TimelineText): string {
	return iso3 ? names.country(iso3) : T.noPlace;
}

/** A series' label: a country, the series of every country outside the five, or the events without a place. */
export function laneName(key: string, names: Names, T: TimelineText): string {
	return key === OTHER_LANE ? T.elsewhere : countryName(key || null, names, T);
}

/** Where an event took place, as the tooltip says it: "City, Country", the country alone, or no place. */
export function placeLabel(row: Pick<TimelineRow, 'country' | 'place_id'>, names: Names, T: TimelineText): string {
	const country = row.country ? countryName(row.country, names, T) : null;
	if (!row.place_id || row.place_id === row.country) return country ?? T.noPlace;
	return country ? `${names.place(row.place_id)}, ${country}` : names.place(row.place_id);
}

/** A bin's name: "Mar 2019", "Q1 2019", "2019" (in Russian "март 2019", "1 кв. 2019"). */
export function periodLabel(start: string, unit: BinUnit, lang: Lang): string {
	const year = Number(start.slice(0, 4));
	const month = Number(start.slice(5, 7));
	if (unit === 'year') return String(year);
	if (unit === 'quarter') return TEXT[lang].quarter(Math.ceil(month / 3), year);
	return `${monthName(month, lang, true)} ${year}`;
}
