// Stored imports are checked in the page before DuckDB reads them: damaged bytes and foreign columns fail with a reason; file and stream IPC both load.
import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { storedStream } from '../../../src/lib/import/stage';
import { toArrowTable } from '../../../src/lib/model/arrow';
import { TABLES } from '../../../src/lib/model/tables';

const rows = [
	{ event_id: 'a-1', org_id: 'osce', role: 'partner' },
	{ event_id: 'a-1', org_id: 'kgz-border', role: 'agency' }
];

describe('storedStream', () => {
	it('turns an IPC file (what DuckDB answers) into a stream with the same rows', () => {
		const file = tableToIPC(toArrowTable('event_orgs', rows), 'file');
		const { stream, complete } = storedStream(file, 'event_orgs');
		expect(complete).toBe(true);
		expect(String.fromCharCode(...stream.slice(0, 6))).not.toBe('ARROW1');
		expect(tableFromIPC(stream).toArray().map((r) => r.toJSON())).toEqual(rows);
	});

	it('keeps a stream a stream', () => {
		const { stream } = storedStream(tableToIPC(toArrowTable('event_orgs', rows), 'stream'), 'event_orgs');
		expect(tableFromIPC(stream).numRows).toBe(2);
	});

	it('rejects damaged bytes', () => {
		expect(() => storedStream(new Uint8Array([1, 2, 3, 4, 5]), 'event_orgs')).toThrow();
		const good = tableToIPC(toArrowTable('event_orgs', rows), 'file');
		expect(() => storedStream(good.slice(0, Math.floor(good.length / 2)), 'event_orgs')).toThrow();
	});

	it('reads an import stored before the events table gained its last columns (source_url, record_line)', () => {
		const cols = Object.keys(TABLES.events).filter((c) => c !== 'source_url' && c !== 'record_line');
		const older = tableFromArrays(Object.fromEntries(cols.map((c) => [c, [c === 'session' || c.startsWith('span') ? 1 : 'x']])));
		const { stream, complete } = storedStream(tableToIPC(older, 'stream'), 'events');
		expect(complete).toBe(false);
		expect(tableFromIPC(stream).numRows).toBe(1);
	});

	it("rejects a table whose columns are not the model's", () => {
		const other = tableToIPC(tableFromArrays({ event_id: ['a-1'], who: ['osce'] }), 'stream');
		expect(() => storedStream(other, 'event_orgs')).toThrow(/not the model's/);
	});
});
