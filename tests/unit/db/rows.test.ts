import { DateDay, Int32, Int64, List, Field, Utf8, Struct, Table, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { toRows } from '../../../src/lib/db/rows';

describe('toRows', () => {
	it('turns BIGINT into numbers and DATE into YYYY-MM-DD strings, keeping nulls', () => {
		const table = new Table({
			n: vectorFromArray([3n, null], new Int64()),
			day: vectorFromArray([new Date(Date.UTC(2018, 2, 28)), null], new DateDay()),
			name: vectorFromArray(['Bishkek', 'Astana'], new Utf8())
		});
		expect(toRows(table)).toEqual([
			{ n: 3, day: '2018-03-28', name: 'Bishkek' },
			{ n: null, day: null, name: 'Astana' }
		]);
	});

	it('converts values inside lists and structs too', () => {
		const list = new List(new Field('item', new Int64(), true));
		const struct = new Struct([new Field('count', new Int32()), new Field('day', new DateDay())]);
		const table = new Table({
			ids: vectorFromArray([[1n, 2n]], list),
			info: vectorFromArray([{ count: 4, day: new Date(Date.UTC(2019, 0, 1)) }], struct)
		});
		expect(toRows(table)).toEqual([{ ids: [1, 2], info: { count: 4, day: '2019-01-01' } }]);
	});

	it('gives no rows for an empty result', () => {
		expect(toRows(new Table({ n: vectorFromArray([], new Int32()) }))).toEqual([]);
	});
});
