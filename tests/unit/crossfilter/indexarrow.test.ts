// The index read from the Arrow files (before DuckDB is up) holds what the index read through DuckDB's SQL holds: same order, columns and answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSourceFromArrow } from '../../../src/lib/crossfilter/indexarrow';
import { TimeIndex } from '../../../src/lib/crossfilter/timeindex';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { LIST_LIMIT } from '../../../src/lib/crossfilter/views';
import type { OrgRow, PlaceRow } from '../../../src/lib/crossfilter/rows';
import { fromArrowIPC, toArrowIPC } from '../../../src/lib/model/arrow';
import type { Dataset } from '../../../src/lib/model/tables';
import { openNodeDb, type NodeDb } from '../../../scripts/nodedb';
import { generateDataset } from '../../../scripts/bench/generate';
import { registry } from '../ingest/registries';
import { loadSeed } from './db';
import { indexOf } from './indexdb';

/** The Arrow files as the build writes them, read back as the page reads them; rows shuffled so the index must sort them. */
function arrowIndex(data: Dataset, orgs: OrgRow[], places: PlaceRow[], shuffle: boolean): TimeIndex {
	const rows = shuffle ? [...data.events].reverse() : data.events;
	const src = indexSourceFromArrow({
		events: fromArrowIPC(toArrowIPC('events', rows)),
		eventCountries: fromArrowIPC(toArrowIPC('event_countries', data.event_countries)),
		eventOrgs: fromArrowIPC(toArrowIPC('event_orgs', data.event_orgs))
	});
	return new TimeIndex(src, orgs, places);
}

const cases: [string, Dataset][] = [];
const dbs: NodeDb[] = [];
beforeAll(() => {
	cases.push(['generated', generateDataset(registry, 500, 7)], ['bundled', loadSeed().dataset]);
});
afterAll(() => dbs.forEach((d) => d.close()));

const SELECTIONS: Partial<Selection>[] = [{}, { partner: ['OSCE', 'FRONTEX'] }, { country: ['KGZ', 'TJK'], kind: ['training'] }, { partner: ['OSCE', 'FRONTEX'], pmode: 'all' }];
const WINDOWS: ([string, string] | null)[] = [null, ['2016-01-01', '2019-12-31'], ['2019-02-12', '2019-02-12']];

describe('the index from the Arrow files', () => {
	it('answers every selection and window as the index read through SQL does, in either row order', async () => {
		for (const [name, data] of cases) {
			const db = await openNodeDb(data, { threads: 1 });
			dbs.push(db);
			const viaSql = await indexOf(db);
			const orgs = await db.query<OrgRow>('SELECT id, short, name, name_ru, country, type, is_partner FROM orgs ORDER BY id');
			const places = await db.query<PlaceRow>('SELECT id, name, name_ru, country, kind, lat, lon FROM places ORDER BY id');
			for (const shuffle of [false, true]) {
				const viaArrow = arrowIndex(data, orgs, places, shuffle);
				expect(viaArrow.n).toBe(viaSql.n);
				for (const base of SELECTIONS) {
					const sel = { ...emptySelection(), ...base };
					const where = `${name} ${shuffle ? 'shuffled' : 'as written'} ${JSON.stringify(base)}`;
					const flags = viaArrow.passFlags(sel);
					expect(flags, where).toEqual(viaSql.passFlags(sel));
					const a = viaArrow.prepare('org', Object.keys(base).length ? flags : null);
					const b = viaSql.prepare('org', Object.keys(base).length ? flags : null);
					for (const time of WINDOWS) {
						expect(a.answer(time), `${where} ${time}`).toEqual(b.answer(time));
						expect(a.list(time, LIST_LIMIT), `${where} ${time}`).toEqual(b.list(time, LIST_LIMIT));
					}
					expect(a.undated(LIST_LIMIT), where).toEqual(b.undated(LIST_LIMIT));
					expect(a.timeline(), where).toEqual(b.timeline());
					expect(a.timelineBins(), where).toEqual(b.timelineBins());
				}
			}
		}
	}, 60_000);

	it('names the row and the event when a country row points at no event', () => {
		const data = generateDataset(registry, 20, 3);
		const bad = [...data.event_countries, { event_id: 'no-such-event', country: 'KGZ', role: 'host' }];
		expect(() =>
			indexSourceFromArrow({
				events: fromArrowIPC(toArrowIPC('events', data.events)),
				eventCountries: fromArrowIPC(toArrowIPC('event_countries', bad)),
				eventOrgs: fromArrowIPC(toArrowIPC('event_orgs', data.event_orgs))
			})
		).toThrow(/row \d+ names event no-such-event/);
	});
});
