import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/lib/db/manifest';
import { TABLE_NAMES } from '../../../src/lib/model/tables';

const files = Object.fromEntries(TABLE_NAMES.map((name) => [name, `${name}.arrow`]));

describe('parseManifest', () => {
	it('keeps the file of every table, the generation time and the counts', () => {
		const m = parseManifest({ tables: files, generated: '2024-05-01T10:00:00Z', counts: { events: 7 } });
		expect(m.tables).toEqual(files);
		expect(m.generated).toBe('2024-05-01T10:00:00Z');
		expect(m.counts.events).toBe(7);
	});

	it('names the tables that have no file', () => {
		expect(() => parseManifest({ tables: { events: 'events.arrow' } })).toThrow(/no file for table\(s\): places, orgs/);
	});

	it('refuses file names that point elsewhere', () => {
		for (const file of ['../secret.arrow', 'https://example.org/e.arrow', '/data/e.arrow']) {
			expect(() => parseManifest({ tables: { ...files, events: file } })).toThrow(/not a plain file name/);
		}
	});

	it('refuses something that is not an object', () => {
		expect(() => parseManifest(null)).toThrow(/not a JSON object/);
		expect(() => parseManifest({ counts: {} })).toThrow(/no "tables" object/);
	});
});
