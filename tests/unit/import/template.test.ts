// The downloadable template: the format's header and two example rows that pass validation against the real registries.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { templateCsv } from '../../../src/lib/import/template';
import { checkColumns, validateRecord } from '../../../src/lib/import/validate';
import { IMPORT_COLUMNS } from '../../../src/lib/import/schema';
import { ctx } from './registry';

describe('templateCsv', () => {
	const rows = csvParse(templateCsv());
	it('has every column of the format, in order, and two rows', () => {
		expect(rows.columns).toEqual([...IMPORT_COLUMNS]);
		expect(checkColumns(rows.columns)).toEqual([]);
		expect(rows).toHaveLength(2);
	});
	it('its examples are valid: a city event and a country found by place name', () => {
		const events = rows.map((r, i) => validateRecord(r, i + 1, ctx, 'template.csv'));
		expect(events.flatMap((e) => e.errors)).toEqual([]);
		expect(events[0].event?.place?.id).toBe('bishkek');
		expect(events[1].event).toMatchObject({ kind: 'study_visit', country: 'LVA', place: { id: 'riga' } });
	});
});
