// Arrow vectors written without apache-arrow's builders (which need eval, forbidden by the page's CSP) hold the same values.
import { describe, expect, it } from 'vitest';
import { Bool, DateDay, Float64, Int32, Utf8, vectorFromArray } from 'apache-arrow';
import { toArrowTable, vectorOf } from '../../../src/lib/model/arrow';

const same = (values: unknown[], type: Utf8 | Int32 | Float64 | Bool | DateDay) =>
	expect([...vectorOf(values, type)]).toEqual([...vectorFromArray(values as never, type as never)]);

describe('vectorOf', () => {
	it('strings, with nulls, empties and non-ASCII text', () => {
		same(['a', null, '', 'Худжанд – “Khujand”', 'x'.repeat(5000), '😀'], new Utf8());
	});
	it('integers, doubles, booleans and days', () => {
		same([1, null, -7, 2_147_483_647], new Int32());
		same([1.5, null, -0.25], new Float64());
		same([true, false, null, true, true, false, false, true, true], new Bool());
		same([new Date('2021-04-05T00:00:00Z'), null, new Date('1999-12-31T00:00:00Z')], new DateDay());
	});
	it('counts nulls; undefined is missing too', () => {
		expect(vectorOf(['a', null, undefined], new Utf8()).nullCount).toBe(2);
		expect([...vectorOf(['a', undefined], new Utf8())]).toEqual(['a', null]);
		expect(vectorOf([1, 2], new Int32()).nullCount).toBe(0);
	});
	it('a whole table round-trips its rows', () => {
		const rows = [
			{ event_id: 'e1', org_id: 'OSCE', role: 'partner' },
			{ event_id: 'e2', org_id: 'kgz-border', role: 'participant' }
		];
		expect(toArrowTable('event_orgs', rows).toArray().map((r) => r.toJSON())).toEqual(rows);
	});
});
