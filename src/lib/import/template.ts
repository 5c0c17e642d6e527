// The downloadable CSV template: the import format's header and two example rows (checked against the registries by a unit test).
import { IMPORT_COLUMNS, type ImportColumn } from './schema';

/** A city event with partners and agencies, and a country-only one written the way a spreadsheet might (place by name, kind in words). */
const EXAMPLES: Record<ImportColumn, string>[] = [
	{
		id: 'office-2024-001',
		date_start: '2024-03-12',
		date_end: '2024-03-14',
		title: 'Training on risk analysis for border guards',
		kind: 'training',
		topic: 'risk_analysis',
		place_id: 'bishkek',
		country: 'KGZ',
		partners: 'OSCE;FRONTEX',
		agencies: 'kgz-border;kgz-customs',
		participant_countries: 'KGZ;KAZ',
		participants_count: '24',
		source: 'Programme office activity log, March 2024',
		source_url: 'https://www.bomca-eu.org/en/news',
		flags: ''
	},
	{
		id: 'office-2024-002',
		date_start: '2024-05-20',
		date_end: '2024-05-24',
		title: 'Study visit of Tajik border troops to the State Border Guard of Latvia',
		kind: 'study visit',
		topic: '',
		place_id: 'Riga',
		country: '',
		partners: 'SBG-LV',
		agencies: 'tjk-border',
		participant_countries: 'TJK',
		participants_count: '',
		source: '',
		source_url: '',
		flags: ''
	}
];

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function templateCsv(): string {
	const lines = [IMPORT_COLUMNS.join(','), ...EXAMPLES.map((r) => IMPORT_COLUMNS.map((c) => quote(r[c])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}

export const TEMPLATE_FILE_NAME = 'bomca-import-template.csv';
