// The import's words in English and Russian: the header's data controls, the dialog, and the preview of extracted news.
import type { Duplicate, Mode } from '$lib/import/stage';
import type { ImportColumn } from '$lib/import/schema';

export const CONTROLS = {
	en: {
		open: 'Import data',
		openTitle: 'Add your own events from a file or pasted news, or replace the data',
		reset: 'Reset to the bundled data',
		resetTitle: 'Forget every imported event and show the data the atlas was built with',
		confirm: 'Remove every imported event?',
		yes: 'Reset',
		no: 'Keep',
		imported: 'Imported data',
		restored: (imports: number, events: number) =>
			`Your imported data was loaded again (${imports} ${imports === 1 ? 'import' : 'imports'}, ${events} ${events === 1 ? 'event' : 'events'}).`,
		corrupt: 'The imported data kept in this browser could not be read, so it was cleared; the bundled data is shown.',
		partial: (imports: number, events: number, lost: number) =>
			`Your imported data was loaded again (${imports} ${imports === 1 ? 'import' : 'imports'}, ${events} ${events === 1 ? 'event' : 'events'}), but ${lost} damaged ${lost === 1 ? 'import' : 'imports'} could not be read and ${lost === 1 ? 'was' : 'were'} removed.`,
		kept: 'Your imported data is still kept in this browser but could not be loaded this time; the bundled data is shown. Reload to try again.',
		unavailable: 'Importing is not available in this browser:',
		dismiss: 'Dismiss'
	},
	ru: {
		open: 'Импорт данных',
		openTitle: 'Добавить свои события из файла или текста новостей либо заменить данные',
		reset: 'Вернуть встроенные данные',
		resetTitle: 'Удалить все импортированные события и показать данные, с которыми собран атлас',
		confirm: 'Удалить все импортированные события?',
		yes: 'Вернуть',
		no: 'Оставить',
		imported: 'Импортированные данные',
		restored: (imports: number, events: number) => `Импортированные данные загружены снова (импортов: ${imports}, событий: ${events}).`,
		corrupt: 'Сохранённые в браузере импортированные данные не удалось прочитать, поэтому они удалены; показаны встроенные данные.',
		partial: (imports: number, events: number, lost: number) =>
			`Импортированные данные загружены снова (импортов: ${imports}, событий: ${events}), но повреждённые импорты (${lost}) прочитать не удалось, они удалены.`,
		kept: 'Импортированные данные сохранены в браузере, но сейчас их не удалось загрузить; показаны встроенные данные. Перезагрузите страницу, чтобы попробовать снова.',
		unavailable: 'Импорт в этом браузере недоступен:',
		dismiss: 'Скрыть'
	}
};

export const DIALOG = {
	en: {
		title: 'Import data',
		close: 'Close',
		mode: 'The imported events',
		add: 'are added to the current data',
		replace: 'replace the current data',
		fromFile: 'From a file',
		drop: 'Drop a file here, or',
		choose: 'choose a file',
		formats: 'CSV, JSON, Arrow or Parquet in the import format (one row per event); a .txt news file opens the preview below.',
		template: 'Download the CSV template',
		columns: 'Columns of the import format',
		column: 'Column',
		required: 'Required',
		meaning: 'What it holds',
		yes: 'yes',
		rows: 'Rows are counted from the first row after the header. Lists inside a cell are separated by “;”.',
		paste: 'Paste news text',
		pasteLabel: 'News items, as published: each starts with a dated sentence',
		extract: 'Extract events',
		addEvents: (n: number) => `Add ${n} ${n === 1 ? 'event' : 'events'}`,
		discard: 'Discard',
		busy: { reading: 'Reading the file', checking: 'Checking the rows', saving: 'Saving' } as Record<string, string>,
		failed: (label: string, n: number) =>
			`Nothing was imported${label ? ` from ${label}` : ''}: ${n} ${n === 1 ? 'problem' : 'problems'}. The current data is unchanged.`,
		more: (n: number) => `… and ${n} more`,
		added: (n: number, label: string, mode: Mode) =>
			mode === 'replace' ? `The data was replaced by ${n} ${n === 1 ? 'event' : 'events'} from ${label}.` : `Added ${n} ${n === 1 ? 'event' : 'events'} from ${label}.`,
		nothingNew: (label: string) => `Nothing was added from ${label}: every event is already in the data.`,
		duplicates: (n: number) => `${n} ${n === 1 ? 'duplicate was' : 'duplicates were'} not added:`,
		reason: {
			same_id: (o: string) => `same id as ${o}`,
			same_event: (o: string) => `same date, place and title as ${o}`,
			repeat_id: (o: string) => `repeats the id of row ${o}`,
			repeat_event: (o: string) => `repeats row ${o} (same date, place and title)`
		} as Record<Duplicate['reason'], (o: string) => string>,
		row: (n: number) => `row ${n}`,
		unsaved: 'The browser refused to keep a copy: the imported data will be gone after a reload.',
		notReady: 'Importing is possible once the database has started.',
		meanings: {
			id: 'A stable id of your own (a repeated id is a duplicate)',
			date_start: 'First day, YYYY-MM-DD',
			date_end: 'Last day, YYYY-MM-DD (empty: one day)',
			title: 'Short title',
			kind: 'workshop, training, meeting, mission, study_visit, handover, conference or other',
			topic: 'A topic id of the registry (e.g. risk_analysis), or empty',
			place_id: 'A place id or name (bishkek, Riga); a country name for the country only',
			country: 'ISO3 code of the host country (KGZ); taken from the place when empty',
			partners: 'International partners by short name, “;”-separated (OSCE;FRONTEX)',
			agencies: 'Agencies by organisation id, “;”-separated (kgz-border;kgz-customs)',
			participant_countries: 'ISO3 codes of the countries taking part, “;”-separated',
			participants_count: 'Number of participants, or empty',
			source: 'Where it comes from (empty: the file’s name)',
			source_url: 'The public page it was read from (http:// or https://), shown as a link; or empty',
			flags: 'Date notes, “;”-separated: undated or year_unknown (then the dates may be empty), end_unknown, invalid_date'
		} as Record<ImportColumn, string>
	},
	ru: {
		title: 'Импорт данных',
		close: 'Закрыть',
		mode: 'Импортированные события',
		add: 'добавляются к текущим данным',
		replace: 'заменяют текущие данные',
		fromFile: 'Из файла',
		drop: 'Перетащите файл сюда или',
		choose: 'выберите файл',
		formats: 'CSV, JSON, Arrow или Parquet в формате импорта (одна строка — одно событие); текстовый файл новостей (.txt) открывается в предпросмотре ниже.',
		template: 'Скачать шаблон CSV',
		columns: 'Столбцы формата импорта',
		column: 'Столбец',
		required: 'Обязательный',
		meaning: 'Что содержит',
		yes: 'да',
		rows: 'Строки считаются с первой строки после заголовка. Списки внутри ячейки разделяются знаком «;».',
		paste: 'Вставить текст новостей',
		pasteLabel: 'Новостные сообщения в опубликованном виде: каждое начинается с предложения с датой',
		extract: 'Извлечь события',
		addEvents: (n: number) => `Добавить: ${n}`,
		discard: 'Отменить',
		busy: { reading: 'Чтение файла', checking: 'Проверка строк', saving: 'Сохранение' } as Record<string, string>,
		failed: (label: string, n: number) =>
			`Ничего не импортировано${label ? ` из ${label}` : ''}: проблем — ${n}. Текущие данные не изменились.`,
		more: (n: number) => `… и ещё ${n}`,
		added: (n: number, label: string, mode: Mode) =>
			mode === 'replace' ? `Данные заменены событиями из ${label}: ${n}.` : `Добавлено событий из ${label}: ${n}.`,
		nothingNew: (label: string) => `Из ${label} ничего не добавлено: все события уже есть в данных.`,
		duplicates: (n: number) => `Не добавлены повторы: ${n}.`,
		reason: {
			same_id: (o: string) => `тот же код, что у ${o}`,
			same_event: (o: string) => `та же дата, место и название, что у ${o}`,
			repeat_id: (o: string) => `повторяет код строки ${o}`,
			repeat_event: (o: string) => `повторяет строку ${o} (та же дата, место и название)`
		} as Record<Duplicate['reason'], (o: string) => string>,
		row: (n: number) => `строка ${n}`,
		unsaved: 'Браузер не позволил сохранить копию: после перезагрузки импортированные данные пропадут.',
		notReady: 'Импорт станет доступен, когда запустится база данных.',
		meanings: {
			id: 'Ваш постоянный код события (повтор кода — дубликат)',
			date_start: 'Первый день, ГГГГ-ММ-ДД',
			date_end: 'Последний день, ГГГГ-ММ-ДД (пусто — один день)',
			title: 'Краткое название',
			kind: 'workshop, training, meeting, mission, study_visit, handover, conference или other',
			topic: 'Код темы из справочника (например, risk_analysis) или пусто',
			place_id: 'Код или название места (bishkek, Riga); название страны — только страна',
			country: 'Код ISO3 страны проведения (KGZ); если пусто — по месту',
			partners: 'Международные партнёры по краткому названию через «;» (OSCE;FRONTEX)',
			agencies: 'Ведомства по коду организации через «;» (kgz-border;kgz-customs)',
			participant_countries: 'Коды ISO3 стран-участниц через «;»',
			participants_count: 'Число участников или пусто',
			source: 'Источник (пусто — имя файла)',
			source_url: 'Публичная страница, откуда взяты сведения (http:// или https://), показывается ссылкой; или пусто',
			flags: 'Отметки даты через «;»: undated или year_unknown (тогда даты могут быть пустыми), end_unknown, invalid_date'
		} as Record<ImportColumn, string>
	}
};

export const PREVIEW = {
	en: {
		caption: (n: number, name: string) => `${n} ${n === 1 ? 'event' : 'events'} found in ${name}`,
		none: 'No event was found in the text: every item must start with a dated sentence (“On 12-14 March 2019 in Bishkek …”).',
		warnings: 'What the reading of the text could not settle',
		line: (n: number) => `Line ${n}`,
		row: '#',
		title: 'Title',
		start: 'Start',
		end: 'End',
		place: 'Place',
		kind: 'Kind',
		partners: 'Partners',
		source: 'Source',
		showSource: 'Show the text',
		hideSource: 'Hide the text',
		duplicate: (id: string) => `Already in the data (${id}): will not be added again`,
		field: (f: string, row: number) => `${f}, event ${row}`,
		placeHint: 'A place id or name; empty for the country only',
		facts: 'Highlighted: dates, places, partners, agencies, kind and topic as the reading found them.'
	},
	ru: {
		caption: (n: number, name: string) => `Найдено событий: ${n} (${name})`,
		none: 'В тексте не найдено событий: каждое сообщение должно начинаться с предложения с датой («12–14 марта 2019 г. в Бишкеке …»).',
		warnings: 'Что не удалось однозначно прочитать в тексте',
		line: (n: number) => `Строка ${n}`,
		row: '№',
		title: 'Название',
		start: 'Начало',
		end: 'Окончание',
		place: 'Место',
		kind: 'Вид',
		partners: 'Партнёры',
		source: 'Источник',
		showSource: 'Показать текст',
		hideSource: 'Скрыть текст',
		duplicate: (id: string) => `Уже есть в данных (${id}): повторно не добавляется`,
		field: (f: string, row: number) => `${f}, событие ${row}`,
		placeHint: 'Код или название места; пусто — только страна',
		facts: 'Выделено: даты, места, партнёры, ведомства, вид и тема — так, как их прочитала программа.'
	}
};
