// Import validation: header problems and every kind of bad cell are reported with row and column; valid rows become model events.
import { describe, expect, it } from 'vitest';
import { checkColumns, isIsoDay, validateRecord, toRecord, type ImportError } from '../../../src/lib/import/validate';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, type ImportRecord } from '../../../src/lib/import/schema';
import { TABLES } from '../../../src/lib/model/tables';
import { ctx } from './registry';

const good: ImportRecord = {
	id: 'x-1',
	date_start: '2021-04-05',
	date_end: '2021-04-07',
	title: 'Workshop on  risk analysis',
	kind: 'workshop',
	topic: 'risk_analysis',
	place_id: 'bishkek',
	country: 'KGZ',
	partners: 'OSCE; frontex',
	agencies: 'kgz-border;kgz-customs',
	participant_countries: 'KGZ;KAZ',
	participants_count: '24',
	source: 'log.xlsx'
};

const only = (errors: ImportError[]) => errors.map((e) => [e.row, e.column, e.code, e.value]);

describe('checkColumns', () => {
	it('accepts the full header and the required columns alone', () => {
		expect(checkColumns(IMPORT_COLUMNS)).toEqual([]);
		expect(checkColumns(REQUIRED_COLUMNS)).toEqual([]);
	});
	it('names an unknown column, a repeated one and each missing required one', () => {
		const errors = checkColumns(['id', 'date', 'title', 'title']);
		expect(only(errors)).toEqual([
			[null, 'date', 'unknown_column', 'date'],
			[null, 'title', 'duplicate_column', 'title'],
			[null, 'date_start', 'missing_column', 'date_start'],
			[null, 'kind', 'missing_column', 'kind']
		]);
	});
	it('only uses names of the model (events table or event fields)', () => {
		const events = Object.keys(TABLES.events);
		for (const c of IMPORT_COLUMNS) {
			expect(events.includes(c) || ['partners', 'agencies', 'participant_countries'].includes(c)).toBe(true);
		}
	});
});

describe('isIsoDay', () => {
	it('takes real calendar days only', () => {
		expect(isIsoDay('2020-02-29')).toBe(true);
		expect(isIsoDay('2019-02-29')).toBe(false);
		expect(isIsoDay('2019-13-01')).toBe(false);
		expect(isIsoDay('05.04.2021')).toBe(false);
		expect(isIsoDay('2021-4-5')).toBe(false);
	});
});

describe('validateRecord', () => {
	it('builds the event with registry organisations, sorted countries and the row as one session', () => {
		const { event, errors } = validateRecord(good, 1, ctx, 'file.csv');
		expect(errors).toEqual([]);
		expect(event).toMatchObject({
			id: 'x-1',
			item_id: 'x-1',
			session: 1,
			title: 'Workshop on risk analysis',
			kind: 'workshop',
			place: { id: 'bishkek', country: 'KGZ' },
			country: 'KGZ',
			participant_countries: ['KAZ', 'KGZ'],
			participants_count: 24,
			source: 'log.xlsx',
			year_explicit: true
		});
		expect(event!.partners.map((p) => p.id)).toEqual(['OSCE', 'FRONTEX']);
		expect(event!.agencies.map((a) => a.id)).toEqual(['kgz-border', 'kgz-customs']);
	});

	it('resolves a place by name or alias, fills the country from it, takes kinds written in words, defaults the end and source', () => {
		const { event, errors } = validateRecord(
			{ id: 'a', date_start: '2019-06-01', title: 'Visit', kind: 'Study visit', place_id: 'Nur-Sultan' },
			2,
			ctx,
			'file.csv'
		);
		expect(errors).toEqual([]);
		expect(event).toMatchObject({ kind: 'study_visit', country: 'KAZ', date_end: '2019-06-01', source: 'file.csv' });
		expect(event!.place?.name).toBe('Astana');
	});

	it('a country named as the place is a country-only event', () => {
		const { event } = validateRecord({ id: 'a', date_start: '2019-06-01', title: 'T', kind: 'other', place_id: 'Kyrgyzstan' }, 1, ctx, 'f');
		expect(event).toMatchObject({ place: null, country: 'KGZ' });
	});

	it('reports each bad cell with its row and column, and builds nothing', () => {
		const rec: ImportRecord = {
			...good,
			date_start: '2021-02-30',
			date_end: 'soon',
			kind: 'party',
			topic: 'astrology',
			place_id: 'Atlantis',
			country: 'XYZ',
			partners: 'OSCE;ACME',
			agencies: 'nobody',
			participant_countries: 'KAZ;GBR',
			participants_count: 'many'
		};
		const { event, errors } = validateRecord(rec, 7, ctx, 'f');
		expect(event).toBeNull();
		expect(only(errors)).toEqual([
			[7, 'date_start', 'bad_date', '2021-02-30'],
			[7, 'date_end', 'bad_date', 'soon'],
			[7, 'kind', 'unknown_kind', 'party'],
			[7, 'topic', 'unknown_topic', 'astrology'],
			[7, 'place_id', 'unknown_place', 'Atlantis'],
			[7, 'country', 'unknown_country', 'XYZ'],
			[7, 'partners', 'unknown_partner', 'ACME'],
			[7, 'agencies', 'unknown_agency', 'nobody'],
			[7, 'participant_countries', 'unknown_country', 'GBR'],
			[7, 'participants_count', 'bad_count', 'many']
		]);
	});

	it('reports missing required values, an end before the start, and a place in another country', () => {
		const a = validateRecord({ id: ' ', date_start: '2021-01-01', title: '', kind: 'training' }, 3, ctx, 'f');
		expect(only(a.errors)).toEqual([
			[3, 'id', 'missing_value', null],
			[3, 'title', 'missing_value', null]
		]);
		const b = validateRecord({ ...good, date_end: '2021-04-01' }, 4, ctx, 'f');
		expect(only(b.errors)).toEqual([[4, 'date_end', 'end_before_start', '2021-04-01']]);
		const c = validateRecord({ ...good, country: 'TJK' }, 5, ctx, 'f');
		expect(only(c.errors)).toEqual([[5, 'country', 'place_country_mismatch', 'TJK']]);
	});

	it('a partner must be an international partner, not a national agency', () => {
		const { errors } = validateRecord({ ...good, partners: 'kgz-border' }, 1, ctx, 'f');
		expect(only(errors)).toEqual([[1, 'partners', 'unknown_partner', 'kgz-border']]);
	});

	it('a page link must be a web address: javascript:, data: and bare words are refused', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'www.bomca-eu.org', 'https://']) {
			const { errors, event } = validateRecord({ ...good, source_url: url }, 2, ctx, 'f');
			expect(only(errors), url).toEqual([[2, 'source_url', 'bad_url', url]]);
			expect(event).toBeNull();
		}
		expect(validateRecord({ ...good, source_url: 'https://www.bomca-eu.org/en/news?start=8' }, 2, ctx, 'f').event?.source_url).toBe(
			'https://www.bomca-eu.org/en/news?start=8'
		);
	});

	it('dates may be empty only in a row flagged undated or year_unknown; other flags are checked', () => {
		const undated = validateRecord({ ...good, date_start: '', date_end: '', flags: 'undated' }, 3, ctx, 'f');
		expect(undated.errors).toEqual([]);
		expect(undated.event).toMatchObject({ date_start: null, date_end: null, flags: ['undated'], year_explicit: true });
		expect(validateRecord({ ...good, date_start: '', date_end: '', flags: 'year_unknown' }, 3, ctx, 'f').event?.year_explicit).toBe(false);
		expect(only(validateRecord({ ...good, date_start: '', date_end: '' }, 4, ctx, 'f').errors)).toEqual([[4, 'date_start', 'missing_value', null]]);
		expect(only(validateRecord({ ...good, date_start: '', flags: 'undated' }, 5, ctx, 'f').errors)).toEqual([[5, 'date_start', 'missing_value', null]]);
		expect(only(validateRecord({ ...good, flags: 'someday' }, 6, ctx, 'f').errors)).toEqual([[6, 'flags', 'unknown_flag', 'someday']]);
	});

	it('round-trips an event through the flat record', () => {
		const { event } = validateRecord(good, 1, ctx, 'f');
		const again = validateRecord(toRecord(event!), 1, ctx, 'f');
		expect(again.errors).toEqual([]);
		expect(again.event).toEqual(event);
	});
});
