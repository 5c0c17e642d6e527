// The timeline's words in English and Russian, and the names it gives lanes, countries and places.
import type { TimelineRow } from '$lib/crossfilter/rows';
import type { Names } from '../format';
import { OTHER_LANE } from './binning';

export const TEXT = {
	en: {
		label: 'Timeline of events by host country',
		loading: 'Loading…',
		invalid: 'the source gives an impossible date; day clamped',
		endUnknown: 'only the first day is known',
		noPlace: 'No place',
		elsewhere: 'Other countries / no place',
		faint: 'faint = outside the other filters',
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
		binsCaption: 'Events per year and host country (a large dataset: the timeline draws weekly densities)',
		colYear: 'Year',
		colEvents: 'Events',
		colActiveEvents: 'Of them matching the other filters',
		undated: (n: string) => `${n} undated`,
		undatedLeftOut: (n: string) => `${n} undated, left out`,
		undatedShow: 'Events the source gives no day for: not drawn on the timeline, counted everywhere else. Show them in the list.',
		undatedClear: 'Events with no day are left out by the time window. Clear the window to include them.'
	},
	ru: {
		label: 'Хронология событий по странам проведения',
		loading: 'Загрузка…',
		invalid: 'в источнике несуществующая дата; день исправлен',
		endUnknown: 'известен только первый день',
		noPlace: 'Без места',
		elsewhere: 'Другие страны / без места',
		faint: 'бледные — вне остальных фильтров',
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
		binsCaption: 'События по годам и странам проведения (большой набор данных: шкала показывает плотность по неделям)',
		colYear: 'Год',
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

/** A lane's label: a country, the shared lane of the density view's other countries, or the events without a place. */
export function laneName(key: string, names: Names, T: TimelineText): string {
	return key === OTHER_LANE ? T.elsewhere : countryName(key || null, names, T);
}

/** Where an event took place, as the tooltip says it: "City, Country", the country alone, or no place. */
export function placeLabel(row: Pick<TimelineRow, 'country' | 'place_id'>, names: Names, T: TimelineText): string {
	const country = row.country ? countryName(row.country, names, T) : null;
	if (!row.place_id || row.place_id === row.country) return country ?? T.noPlace;
	return country ? `${names.place(row.place_id)}, ${country}` : names.place(row.place_id);
}
