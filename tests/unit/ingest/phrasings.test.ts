// Phrasings of the programme's news the ingest once missed: a year written once for a series, a host given through an
// agency, one visit to several countries, per-country dates in brackets, venues outside Central Asia, and no year at all.
// Every text here is written for this test in the style of BOMCA news, not taken from the seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestFile } from '../../../src/lib/ingest/index';
import type { Event, IngestResult } from '../../../src/lib/model/event';
import { registry } from './registries';

const read = (text: string, name = 'x.txt'): IngestResult => ingestFile({ name, text }, registry);
const at = (text: string, span: [number, number] | undefined) => (span ? text.slice(...span) : undefined);

/** The facts each test checks, one row per session. */
const rows = (events: Event[]) =>
	events.map((e) => ({
		date_start: e.date_start,
		date_end: e.date_end,
		place: e.place?.id ?? null,
		country: e.country,
		flags: e.flags,
		year_explicit: e.year_explicit
	}));
const row = (date_start: string | null, date_end: string | null, place: string | null, country: string | null, year_explicit = true, flags: string[] = []) => ({
	date_start,
	date_end,
	place,
	country,
	flags,
	year_explicit
});

describe('1. a year stated once for a series of sessions', () => {
	it('gives "In May 2018" to every session, each with its own day and city', () => {
		const text = 'In May 2018 experts held workshops on 16 May in Bishkek, 18 May in Dushanbe, with a third following on 1 June in Tashkent.';
		const r = read(text);
		expect(rows(r.events)).toEqual([
			row('2018-05-16', '2018-05-16', 'bishkek', 'KGZ'),
			row('2018-05-18', '2018-05-18', 'dushanbe', 'TJK'),
			row('2018-06-01', '2018-06-01', 'tashkent', 'UZB')
		]);
		expect(r.events.map((e) => at(text, e.spans.date))).toEqual(['16 May', '18 May', '1 June']);
		expect(r.warnings).toEqual([]);
	});

	it('reads a bare "In 2019" before the sessions', () => {
		const r = read('In 2019, BOMCA ran national seminars on border checks on 4-5 March in Khujand and 12-13 March in Termez.');
		expect(rows(r.events)).toEqual([row('2019-03-04', '2019-03-05', 'khujand', 'TJK'), row('2019-03-12', '2019-03-13', 'termez', 'UZB')]);
	});

	it('rolls the year over when the series runs into January', () => {
		const r = read('In December 2018 and January 2019 courses on document security took place on 20 December in Osh and 15 January in Naryn.');
		expect(rows(r.events)).toEqual([row('2018-12-20', '2018-12-20', 'osh', 'KGZ'), row('2019-01-15', '2019-01-15', 'naryn', 'KGZ')]);
	});

	it('lets the neighbours of the item take its year', () => {
		const name = 'phrasings-years.txt';
		const r = read(readFileSync(`tests/fixtures/news/${name}`, 'utf8'), name);
		expect(rows(r.events)).toEqual([
			row('2018-06-25', '2018-06-26', 'khorog', 'TJK', false),
			row('2018-06-11', '2018-06-11', 'almaty', 'KAZ'),
			row('2018-06-14', '2018-06-14', 'osh', 'KGZ'),
			row('2018-07-02', '2018-07-02', 'samarkand', 'UZB'),
			row('2018-05-07', '2018-05-09', 'ashgabat', 'TKM')
		]);
		expect(r.warnings).toEqual([]);
	});

	it('does not take a year that tells of something else: after the sessions, or in another month', () => {
		for (const text of [
			'On 21-22 October a seminar was held in Osh, building upon the assessment completed in 2016.',
			'Following the plan adopted in December 2017, on 16 May a workshop was held in Osh.'
		]) {
			const r = read(text);
			expect(rows(r.events), text).toEqual([row(null, null, 'osh', 'KGZ', false, ['year_unknown'])]);
		}
	});
});

describe('2. a host given only through an agency of its country', () => {
	it('takes the country of the agency experts worked with, with no city; the agency stays an agency', () => {
		const text = 'On 5-7 March 2019 BOMCA experts worked with the State Customs Service of Kyrgyzstan on the risk profiling of air cargo.';
		const r = read(text);
		expect(rows(r.events)).toEqual([row('2019-03-05', '2019-03-07', null, 'KGZ')]);
		const e = r.events[0];
		expect(e.agencies.map((a) => a.id)).toEqual(['kgz-customs']);
		expect(e.participant_countries).toEqual(['KGZ']);
		expect(at(text, e.spans.place)).toBe('State Customs Service of Kyrgyzstan');
	});

	it('reads an agency named by its country adjective ("a course for the Kyrgyz Customs Service")', () => {
		const e = read('On 4-6 September 2018 a course on post-clearance audit was delivered for the Kyrgyz Customs Service.').events[0];
		expect([e.country, e.place, e.agencies.map((a) => a.id)]).toEqual(['KGZ', null, ['kgz-customs']]);
	});

	it('takes a foreign agency that was visited as a venue abroad', () => {
		const e = read('On 10-12 April 2017 officers of the Customs Service of Tajikistan visited the State Revenue Service of Latvia to learn about post-clearance audit.').events[0];
		expect([e.country, e.place, e.partners.map((p) => p.id), e.participant_countries]).toEqual(['LVA', null, ['SRS-LV'], ['TJK']]);
	});

	it('keeps a city named later in the item when it lies in the agency\'s country', () => {
		const e = read('On 4-6 September 2018 a course for the Kyrgyz Customs Service was held. The course took place in Osh.').events[0];
		expect([e.country, e.place?.id]).toEqual(['KGZ', 'osh']);
	});

	it('gives no host when the agencies belong to two countries, or the lead names a venue the registry lacks', () => {
		const two = read('On 2-3 May 2019 experts worked with the State Customs Service of Kyrgyzstan and the Border Service of Kazakhstan.');
		expect(rows(two.events)).toEqual([row('2019-05-02', '2019-05-03', null, null)]);
		const unknown = read('Intro line.\n\nOn 2-3 May 2019 a training for the Kyrgyz Customs Service was held in Karamyk.');
		expect(rows(unknown.events)).toEqual([row('2019-05-02', '2019-05-03', null, null)]);
		expect(unknown.warnings).toContainEqual({ file: 'x.txt', line: 3, message: expect.stringContaining('"Karamyk"') });
	});
});

describe('3. one date range for a visit to several countries', () => {
	it('makes one session per country with the same dates', () => {
		const text = 'A delegation of the Kazakh border service travelled to Latvia and Lithuania on July 17-20, 2017 to study the surveillance of the EU external border.';
		const r = read(text);
		expect(rows(r.events)).toEqual([row('2017-07-17', '2017-07-20', null, 'LVA'), row('2017-07-17', '2017-07-20', null, 'LTU')]);
		expect(r.events.map((e) => at(text, e.spans.place))).toEqual(['Latvia', 'Lithuania']);
		// The host countries are venues, not participants.
		expect(r.events[0].participant_countries).toEqual(['KAZ']);
	});

	it('reads lists of three, and "and the …"', () => {
		const three = read('From 8 to 12 October 2018 a study visit to Poland, Germany and Belgium was organised for Tajik migration officials.');
		expect(three.events.map((e) => e.country)).toEqual(['POL', 'DEU', 'BEL']);
		expect(new Set(three.events.map((e) => e.date_start))).toEqual(new Set(['2018-10-08']));
		const the = read('On 3-5 April 2017 Uzbek customs officers made a study visit to Hungary and the Czech Republic.');
		expect(the.events.map((e) => e.country)).toEqual(['HUN', 'CZE']);
	});

	it('does not take a country that names people after the list joint', () => {
		const r = read('On 12-14 May 2017 a workshop took place in Kyrgyzstan and Tajikistan border guards attended it.');
		expect(r.events.map((e) => e.country)).toEqual(['KGZ']);
	});
});

describe('4. per-country dates in brackets', () => {
	it('pairs each country with its bracketed dates, the year written after the last bracket', () => {
		const text = 'BOMCA experts carried out assessment missions to Tajikistan (1-3 June) and Kazakhstan (6-8 June) 2016 on the management of border crossing points.';
		const r = read(text);
		expect(rows(r.events)).toEqual([row('2016-06-01', '2016-06-03', null, 'TJK'), row('2016-06-06', '2016-06-08', null, 'KAZ')]);
		expect(r.events.map((e) => at(text, e.spans.date))).toEqual(['1-3 June', '6-8 June']);
		expect(r.warnings).toEqual([]);
	});

	it('pairs them when each bracket holds its own year', () => {
		const r = read('BOMCA experts carried out assessment missions to Tajikistan (1-3 June 2016) and Kazakhstan (6-8 June 2016).');
		expect(rows(r.events)).toEqual([row('2016-06-01', '2016-06-03', null, 'TJK'), row('2016-06-06', '2016-06-08', null, 'KAZ')]);
	});

	it('reads three countries and a year written before them', () => {
		const r = read('In June 2016 expert missions went to Tajikistan (1-3 June), Kazakhstan (6-8 June) and Uzbekistan (10-12 June).');
		expect(rows(r.events)).toEqual([
			row('2016-06-01', '2016-06-03', null, 'TJK'),
			row('2016-06-06', '2016-06-08', null, 'KAZ'),
			row('2016-06-10', '2016-06-12', null, 'UZB')
		]);
	});

	it('reads bracketed dates after cities', () => {
		const r = read('During October 2017 the programme organised seminars in Termez (3-4 October) and Nukus (10-11 October).');
		expect(rows(r.events)).toEqual([row('2017-10-03', '2017-10-04', 'termez', 'UZB'), row('2017-10-10', '2017-10-11', 'nukus', 'UZB')]);
	});
});

describe('5. hosts outside Central Asia', () => {
	it('keeps a city abroad with its country', () => {
		const text = 'A study visit to Vienna, Austria took place on 3-5 April 2017 for customs officers of Uzbekistan.';
		const e = read(text).events[0];
		expect(rows([e])).toEqual([row('2017-04-03', '2017-04-05', 'vienna', 'AUT')]);
		expect(at(text, e.spans.place)).toBe('Vienna, Austria');
		expect(e.participant_countries).toEqual(['UZB']);
	});

	it('reads "Ankara (Turkey)" as one venue, Turkey not a participant', () => {
		const text = 'On 18-20 September 2017 officers of the Uzbek customs travelled to Ankara (Turkey) for a study visit.';
		const e = read(text).events[0];
		expect([e.place?.id, e.country, e.participant_countries, at(text, e.spans.place)]).toEqual(['ankara', 'TUR', ['UZB'], 'Ankara (Turkey)']);
	});

	it('does not count the venue\'s country as a participant when the lead names it apart from the city', () => {
		const e = read('On 3-5 April 2017 a study visit to Austria for customs officers from Uzbekistan took place in Vienna.').events[0];
		expect([e.place?.id, e.country, e.participant_countries]).toEqual(['vienna', 'AUT', ['UZB']]);
	});

	it('keeps a country abroad named alone', () => {
		const e = read('On 3-5 April 2017 a study visit of Kyrgyz border guards took place in Poland.').events[0];
		expect(rows([e])).toEqual([row('2017-04-03', '2017-04-05', null, 'POL')]);
		expect(e.participant_countries).toEqual(['KGZ']);
	});

	it('is not replaced by a participant country named later in the item', () => {
		const e = read(
			'On 3-5 April 2017 Kyrgyz border guards made a study visit to the Polish Border Guard. They will apply what they saw at the posts in Kyrgyzstan.'
		).events[0];
		expect([e.place, e.country, e.participant_countries]).toEqual([null, 'POL', ['KGZ']]);
		const academy = read('On 3-5 April 2017 Kazakh and Turkmen customs officers were trained at the Estonian Academy of Security Sciences.').events[0];
		expect([academy.place, academy.country]).toEqual([null, 'EST']);
	});
});

describe('6. no silent default year', () => {
	it('keeps an item with no year anywhere without a date, flagged year_unknown, and says where', () => {
		const name = 'phrasings-unknown.txt';
		const r = read(readFileSync(`tests/fixtures/news/${name}`, 'utf8'), name);
		expect(rows(r.events)).toEqual([
			row(null, null, 'jalal-abad', 'KGZ', false, ['year_unknown']),
			row(null, null, null, null, false, ['year_unknown'])
		]);
		const noYear = r.warnings.filter((w) => /no year/.test(w.message));
		expect(noYear.map((w) => [w.file, w.line])).toEqual([
			[name, 3],
			[name, 5]
		]);
		expect(noYear[0].message).toContain('the event is kept without a date and flagged year_unknown');
		expect(r.warnings.every((w) => !/20\d\d/.test(w.message))).toBe(true);
	});

	it('never uses the current year, whatever a caller passes', () => {
		const r = ingest([{ name: 'dir/a.txt', text: 'On 3-5 March a seminar was held in Osh.' }], registry);
		expect(rows(r.events)).toEqual([row(null, null, 'osh', 'KGZ', false, ['year_unknown'])]);
		expect(r.warnings).toEqual([{ file: 'a.txt', line: 1, message: expect.stringContaining('no year stated or inferable') }]);
	});

	it('still takes the year from the "# context-year:" header or a neighbour', () => {
		const header = read('# context-year: 2016\n\nOn 3-5 March a seminar was held in Osh.');
		expect(rows(header.events)).toEqual([row('2016-03-03', '2016-03-05', 'osh', 'KGZ', false)]);
		const neighbour = read('On 3-5 March a seminar was held in Osh.\n\nOn 20 February 2015 a seminar was held in Naryn.');
		expect(rows(neighbour.events)[0]).toEqual(row('2015-03-03', '2015-03-05', 'osh', 'KGZ', false));
	});
});
