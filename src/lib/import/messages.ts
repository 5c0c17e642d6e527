// Import problems in words, English and Russian: where (row, column) and what was wrong.
import { KINDS } from '../model/event';
import type { ErrorCode, ImportError } from './validate';

type Lang = 'en' | 'ru';
type Say = (value: string, detail: string) => string;

const TEXT: Record<Lang, { where: { cell: (row: number, column: string) => string; row: (row: number) => string; column: (c: string) => string; file: string }; code: Record<ErrorCode, Say> }> = {
	en: {
		where: {
			cell: (row, column) => `Row ${row}, column ${column}`,
			row: (row) => `Row ${row}`,
			column: (c) => `Column ${c}`,
			file: 'File'
		},
		code: {
			unknown_column: (v) => `“${v}” is not a column of the import format (see the template)`,
			missing_column: (v) => `the required column “${v}” is missing`,
			duplicate_column: (v) => `“${v}” appears twice`,
			missing_value: () => 'is empty, but every row needs it',
			bad_date: (v) => `“${v}” is not a date written YYYY-MM-DD`,
			end_before_start: (v) => `the end “${v}” is before the start`,
			unknown_kind: (v) => `“${v}” is not a kind of event (${KINDS.join(', ')})`,
			unknown_topic: (v) => `“${v}” is not a topic of the registry`,
			unknown_place: (v) => `“${v}” is not a place of the registry (id, name or spelling)`,
			unknown_country: (v) => `“${v}” is not a country code of the registry (ISO 3166 alpha-3, e.g. KGZ)`,
			place_country_mismatch: (v) => `“${v}” is not the country of the place given`,
			unknown_partner: (v) => `“${v}” is not the short name of an international partner (e.g. OSCE, FRONTEX)`,
			unknown_agency: (v) => `“${v}” is not an organisation id of the registry (e.g. kgz-border)`,
			bad_count: (v) => `“${v}” is not a whole number`,
			unknown_flag: (v) => `“${v}” is not a date flag (invalid_date, year_unknown, end_unknown, undated)`,
			bad_url: (v) => `“${v}” is not a web address (http:// or https://)`,
			no_rows: () => 'the file has no rows of data',
			unsupported_format: (v) => `“${v}” is not a CSV, JSON, Arrow, Parquet or news text file`,
			unreadable: (_, d) => `the file could not be read: ${d}`
		}
	},
	ru: {
		where: {
			cell: (row, column) => `Строка ${row}, столбец ${column}`,
			row: (row) => `Строка ${row}`,
			column: (c) => `Столбец ${c}`,
			file: 'Файл'
		},
		code: {
			unknown_column: (v) => `«${v}» — не столбец формата импорта (см. шаблон)`,
			missing_column: (v) => `нет обязательного столбца «${v}»`,
			duplicate_column: (v) => `«${v}» встречается дважды`,
			missing_value: () => 'не заполнено, а это обязательно в каждой строке',
			bad_date: (v) => `«${v}» — не дата в виде ГГГГ-ММ-ДД`,
			end_before_start: (v) => `окончание «${v}» раньше начала`,
			unknown_kind: (v) => `«${v}» — не вид мероприятия (${KINDS.join(', ')})`,
			unknown_topic: (v) => `«${v}» — нет такой темы в справочнике`,
			unknown_place: (v) => `«${v}» — нет такого места в справочнике (код, название или написание)`,
			unknown_country: (v) => `«${v}» — нет такого кода страны в справочнике (ISO 3166 alpha-3, например KGZ)`,
			place_country_mismatch: (v) => `«${v}» — не страна указанного места`,
			unknown_partner: (v) => `«${v}» — не краткое название международного партнёра (например, OSCE, FRONTEX)`,
			unknown_agency: (v) => `«${v}» — нет такого кода организации в справочнике (например, kgz-border)`,
			bad_count: (v) => `«${v}» — не целое число`,
			unknown_flag: (v) => `«${v}» — не отметка даты (invalid_date, year_unknown, end_unknown, undated)`,
			bad_url: (v) => `«${v}» — не веб-адрес (http:// или https://)`,
			no_rows: () => 'в файле нет строк с данными',
			unsupported_format: (v) => `«${v}» — не файл CSV, JSON, Arrow, Parquet и не текст новостей`,
			unreadable: (_, d) => `файл не удалось прочитать: ${d}`
		}
	}
};

/** Where the problem is, in words: "Row 3, column date_start", "Column kind", or "File". */
export function placeOf(e: ImportError, lang: Lang): string {
	const w = TEXT[lang].where;
	if (e.row !== null && e.column) return w.cell(e.row, e.column);
	if (e.row !== null) return w.row(e.row);
	if (e.column) return w.column(e.column);
	return w.file;
}

/** What was wrong, without where: "“2019-02-30” is not a date written YYYY-MM-DD". */
export function reasonOf(e: ImportError, lang: Lang): string {
	return TEXT[lang].code[e.code](e.value ?? '', e.detail ?? '');
}

export function describeError(e: ImportError, lang: Lang): string {
	return `${placeOf(e, lang)}: ${reasonOf(e, lang)}`;
}
