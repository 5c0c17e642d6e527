// The scenes' messages in English and Russian: why a file, a link or the store does not hold valid scenes, and what storing them did.
import { MAX_SCENES, SCENES_FORMAT, SCENES_VERSION } from './scenes';

export const TEXT = {
	en: {
		notJson: (why: string) => `not a JSON file (${why})`,
		notObject: 'not an object',
		notArray: 'not a list',
		missing: 'missing',
		unknownField: 'a field this format does not have',
		notFormat: (found: string) => `not a scenes file (format is ${found}, expected "${SCENES_FORMAT}")`,
		notVersion: 'not a whole number',
		newer: (v: number) => `version ${v} is newer than this atlas reads (${SCENES_VERSION}); open it with a newer atlas`,
		outdated: (v: number) => `version ${v} is outdated; this atlas reads version ${SCENES_VERSION} only`,
		tooMany: (n: number) => `${n} scenes; at most ${MAX_SCENES} are allowed`,
		notString: 'not a text',
		empty: 'empty',
		tooLong: (max: number) => `longer than ${max} characters`,
		notNumber: 'not a number',
		range: (lo: number, hi: number) => `outside ${lo}…${hi}`,
		notPair: 'not a pair [longitude, latitude]',
		notDomain: 'not a pair [from, to] of dates',
		notDate: 'not a date (YYYY-MM-DD)',
		order: 'the first date is after the second',
		notLevel: 'neither "org" nor "country"',
		notTheme: 'neither "dark" nor "light"',
		notDeck: 'not a valid encoded deck',
		storageUnavailable: 'This browser does not allow saving here; scenes last until the page is closed.',
		storageUnreadable: 'The saved scenes could not be read and were set aside; saving a scene replaces them.',
		storageDropped: (n: number, first: string) =>
			`${n} saved ${n === 1 ? 'scene' : 'scenes'} could not be read and ${n === 1 ? 'was' : 'were'} left out (${first}).`,
		storageFull: 'The browser refused to store the scenes (storage full?); they last until the page is closed.'
	},
	ru: {
		notJson: (why: string) => `это не файл JSON (${why})`,
		notObject: 'не объект',
		notArray: 'не список',
		missing: 'отсутствует',
		unknownField: 'такого поля в этом формате нет',
		notFormat: (found: string) => `это не файл сцен (format = ${found}, ожидается "${SCENES_FORMAT}")`,
		notVersion: 'не целое число',
		newer: (v: number) => `версия ${v} новее той, что читает этот атлас (${SCENES_VERSION}); откройте файл в более новой версии атласа`,
		outdated: (v: number) => `версия ${v} устарела; этот атлас читает только версию ${SCENES_VERSION}`,
		tooMany: (n: number) => `${n} сцен; допускается не более ${MAX_SCENES}`,
		notString: 'не текст',
		empty: 'пусто',
		tooLong: (max: number) => `длиннее ${max} символов`,
		notNumber: 'не число',
		range: (lo: number, hi: number) => `вне диапазона ${lo}…${hi}`,
		notPair: 'не пара [долгота, широта]',
		notDomain: 'не пара дат [с, по]',
		notDate: 'не дата (ГГГГ-ММ-ДД)',
		order: 'первая дата позже второй',
		notLevel: 'ни "org", ни "country"',
		notTheme: 'ни "dark", ни "light"',
		notDeck: 'закодированный набор сцен повреждён',
		storageUnavailable: 'Этот браузер не разрешает сохранять данные; сцены сохранятся только до закрытия страницы.',
		storageUnreadable: 'Сохранённые сцены не удалось прочитать, они отложены; новая сохранённая сцена заменит их.',
		storageDropped: (n: number, first: string) => `Не удалось прочитать сохранённых сцен: ${n}; они пропущены (${first}).`,
		storageFull: 'Браузер не сохранил сцены (нет места?); они сохранятся только до закрытия страницы.'
	}
};
export type Texts = (typeof TEXT)['en'];
