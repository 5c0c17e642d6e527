import { describe, expect, it } from 'vitest';
import { ingest, ingestFile } from '../../../src/lib/ingest/index';
import type { Event } from '../../../src/lib/model/event';
import { registry } from './registries';

const one = (text: string, name = 'news.txt') => ingestFile({ name, text }, registry);
const only = (text: string): Event => {
	const r = one(text);
	expect(r.events).toHaveLength(1);
	return r.events[0];
};
const at = (text: string, span: [number, number] | undefined) => (span ? text.slice(...span) : undefined);

describe('items and sessions', () => {
	it('makes one event per date and city pair of one item', () => {
		const text = 'On March 28th-30th in Bishkek and April 2nd-4th in Astana, experts met with border management actors.';
		const { events } = one(text);
		// No year anywhere: both sessions are kept without a date (never a guessed year), flagged year_unknown.
		expect(events.map((e) => [e.item_id, e.session, e.place?.id, e.date_start, e.flags])).toEqual([
			['news-1', 1, 'bishkek', null, ['year_unknown']],
			['news-1', 2, 'astana', null, ['year_unknown']]
		]);
		expect(at(text, events[1].spans.place)).toBe('Astana');
		expect(at(text, events[1].spans.date)).toBe('April 2nd-4th');
	});

	it('pairs dates and places written place-first', () => {
		const { events } = one('Workshops were held in Osh on 3-5 June 2019 and in Khujand on 10-12 June 2019.');
		expect(events.map((e) => [e.place?.id, e.date_start])).toEqual([
			['osh', '2019-06-03'],
			['khujand', '2019-06-10']
		]);
	});

	it('gives one session per venue when one date names several cities', () => {
		const { events } = one('On 5 May 2019 simultaneous trainings took place in Termez and Nukus.');
		expect(events.map((e) => e.place?.id)).toEqual(['termez', 'nukus']);
		expect(new Set(events.map((e) => e.date_start))).toEqual(new Set(['2019-05-05']));
	});

	it('continues an item with a following paragraph that has no date', () => {
		const text = 'On 5 May 2019 a workshop was held in Osh.\n\nDuring the visit the participants saw the checkpoint; FRONTEX experts presented tools.\n\nOn 1 May 2019 a meeting was held in Bishkek.';
		const { events } = one(text);
		expect(events).toHaveLength(2);
		expect(events[0].partners.map((p) => p.id)).toEqual(['FRONTEX']);
		expect(events[1].partners).toEqual([]);
	});

	it('splits two items glued by a missing line break', () => {
		const { events } = one('On 28 November 2018 a meeting was held in Dushanbe.On 3 December 2018 a workshop was held in Osh.');
		expect(events.map((e) => e.item_id)).toEqual(['news-1', 'news-2']);
	});

	it('reads the source and context-year headers; the context year dates items that state none', () => {
		const text = '# source: https://example.org/news\n# context-year: 2016\n\nOn 3-5 March a workshop was held in Osh.';
		const e = only(text);
		expect(e.date_start).toBe('2016-03-03');
		expect(e.year_explicit).toBe(false);
		expect(at(text, e.spans.place)).toBe('Osh');
	});
});

describe('places', () => {
	it('places an item that names only a country at the country', () => {
		const e = only('On January 22-24, 2019 in Kyrgyzstan a workshop on e-learning took place.');
		expect(e.place).toBeNull();
		expect(e.country).toBe('KGZ');
	});

	it('knows former names and spelling variants', () => {
		expect(only('On 3 May 2018 a seminar was held in Khudzhand.').place?.id).toBe('khujand');
		expect(only('On 3 May 2018 a seminar was held in Nur-Sultan.').place?.id).toBe('astana');
		expect(only('On 3 May 2018 a seminar was held in Alma-Ata.').place?.id).toBe('almaty');
		expect(only('On 3 May 2018 a seminar was held in Ashkhabad.').place?.id).toBe('ashgabat');
	});

	it('keeps events outside the region with their own country', () => {
		const e = only('On 15-17 May 2019 BOMCA organised a study visit to Riga, Latvia for officers of the State Border Service of Tajikistan.');
		expect(e.place).toMatchObject({ id: 'riga', country: 'LVA' });
		expect(e.country).toBe('LVA');
		expect(e.kind).toBe('study_visit');
		expect(e.participant_countries).toEqual(['TJK']);
	});

	it('does not take an origin city for the venue', () => {
		const e = only('On 13-15 February 2018 trainers from Almaty visited Bishkek.');
		expect(e.place?.id).toBe('bishkek');
	});

	it('warns about an unknown place and keeps the event without one', () => {
		const r = one('Line one is not news.\nOn 3 May 2018 a seminar was held in Zzyzxville for customs officers.');
		expect(r.events).toHaveLength(1);
		expect(r.events[0].place).toBeNull();
		expect(r.warnings).toContainEqual(expect.objectContaining({ file: 'news.txt', line: 2, message: expect.stringContaining('Zzyzxville') }));
	});
});

describe('organisations and countries', () => {
	it('resolves a generic mention to each named country\'s agencies of those types', () => {
		const e = only('On 3-5 June 2019 a workshop was held in Osh. A total of 15 border guards and customs officers from Kazakhstan and Uzbekistan took part.');
		const agencies = e.agencies.map((a) => [a.country, a.type]);
		expect(agencies).toEqual(expect.arrayContaining([['KAZ', 'border'], ['KAZ', 'customs'], ['UZB', 'border'], ['UZB', 'customs']]));
		expect(e.participant_countries).toEqual(['KAZ', 'UZB']);
		expect(e.participants_count).toBe(15);
	});

	it('reads "each Central Asian country" as all five', () => {
		const e = only('On 28 November 2018 a meeting was held in Dushanbe. Representatives of the foreign ministries of each Central Asian country attended.');
		expect(e.participant_countries).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
		expect(e.agencies.filter((a) => a.type === 'foreign_affairs')).toHaveLength(5);
	});

	it('names partners by their canonical short name, with the span of their mention', () => {
		const text = 'On 09-11 April 2019 a regional conference on drug trafficking was held in Almaty in cooperation with UNODC and the OSCE Programme Office.';
		const e = only(text);
		expect(e.kind).toBe('conference');
		expect(e.topic).toBe('drug_control');
		expect(e.partners.map((p) => p.id).sort()).toEqual(['OSCE', 'UNODC']);
		expect(at(text, e.spans['partner:OSCE'])).toBe('OSCE Programme Office');
	});

	it('does not count the host country as a participant only because it is the venue', () => {
		const e = only('On 3 May 2018 a workshop on risk analysis was held in Kyrgyzstan.');
		expect(e.country).toBe('KGZ');
		expect(e.participant_countries).toEqual([]);
	});
});

describe('kinds, topics and counts', () => {
	it.each([
		['On 3 May 2018 a two-day seminar on border checks was held in Osh.', 'workshop'],
		['On 3 May 2018 a training course for dog handlers was held in Osh.', 'training'],
		['On 3 May 2018 BOMCA handed over equipment to the border troops in Khorog.', 'handover'],
		['On 3 May 2018 the 5th Regional Steering Group meeting took place in Tashkent.', 'meeting'],
		['On 3 May 2018 a Technical Assistance Mission took place in Osh.', 'mission'],
		['On 3 May 2018 an expert team came to Osh to assess the checkpoint.', 'mission'],
		['On 3 May 2018 officers of the customs visited Riga.', 'study_visit'],
		['On 3 May 2018 a conference on migration was held in Vienna.', 'conference'],
		['On 3 May 2018 something happened in Osh.', 'other']
	])('%j is a %s', (text, kind) => {
		expect(only(text).kind).toBe(kind);
	});

	it.each([
		['On 3 May 2018 twenty-five participants gathered in Osh.', 25],
		['On 3 May 2018 more than 40 customs officers were trained in Osh.', 40],
		['On 3 May 2018 the 11 th meeting was held in Osh.', null],
		['On 3 May 2018 a three-day course was held in Osh.', null]
	])('%j counts %s participants', (text, n) => {
		expect(only(text).participants_count).toBe(n);
	});
});

describe('bad input never throws, and says where and why', () => {
	it('reports an empty file', () => {
		expect(one('   \n\n')).toEqual({ events: [], warnings: [{ file: 'news.txt', line: 1, message: expect.stringContaining('empty') }] });
	});

	it('reports a binary file', () => {
		const r = one('PK\u0003\u0004\u0000\u0000garbage\u0000\u0001\u0002');
		expect(r.events).toEqual([]);
		expect(r.warnings[0].message).toMatch(/binary/);
	});

	it('reports a paragraph that is not a news item and keeps the good ones around it', () => {
		const r = one('Archive of news\n\nOn 3 May 2018 a seminar was held in Osh.\n\nOn 1 May 2018 a seminar was held in Naryn.');
		expect(r.events.map((e) => e.place?.id)).toEqual(['osh', 'naryn']);
		expect(r.warnings).toEqual([{ file: 'news.txt', line: 1, message: expect.stringContaining('does not start a news item') }]);
	});

	it('keeps an impossible date, clamped and flagged, and reports its line', () => {
		const r = one('On 3 March 2018 a seminar was held in Osh.\n\nOn February 30-31, 2018 a seminar was held in Naryn.');
		const e = r.events[1];
		expect([e.date_start, e.date_end, e.flags]).toEqual(['2018-02-28', '2018-02-28', ['invalid_date']]);
		expect(r.warnings).toEqual([{ file: 'news.txt', line: 3, message: expect.stringContaining('February 30-31') }]);
	});

	it('flags an item whose year cannot be known', () => {
		const r = one('On 3-5 March a seminar was held in Osh.');
		expect(r.events[0].flags).toEqual(['year_unknown']);
		expect([r.events[0].date_start, r.events[0].date_end, r.events[0].year_explicit]).toEqual([null, null, false]);
		expect(r.warnings[0].message).toMatch(/no year/);
	});

	it('goes on past a bad file to the good ones', () => {
		const r = ingest([{ name: 'a.txt', text: '\u0000\u0001' }, { name: 'b.txt', text: 'On 3 May 2018 a seminar was held in Osh.' }], registry);
		expect(r.events.map((e) => e.source)).toEqual(['b.txt']);
		expect(r.warnings.map((w) => w.file)).toEqual(['a.txt']);
	});
});
