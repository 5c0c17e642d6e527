// Importing a scenes file: new scenes appended in order, duplicates of saved or repeated scenes skipped and counted.
import { describe, expect, it } from 'vitest';
import { addNewScenes } from '../../../src/lib/scenes/merge';
import type { Scene } from '../../../src/lib/scenes/scenes';

const scene = (name: string, search = ''): Scene => ({ name, caption: '', search, camera: null, domain: null, level: 'org' });

describe('addNewScenes', () => {
	it('appends new scenes after the saved ones, in the file order', () => {
		const r = addNewScenes([scene('A')], [scene('B', 'partner=OSCE'), scene('C')]);
		expect(r.scenes.map((s) => s.name)).toEqual(['A', 'B', 'C']);
		expect([r.added, r.skipped]).toEqual([2, 0]);
	});

	it('skips a scene already saved and one repeated in the file', () => {
		const r = addNewScenes([scene('A', 'country=KAZ')], [scene('A', 'country=KAZ'), scene('B'), scene('B')]);
		expect(r.scenes.map((s) => s.name)).toEqual(['A', 'B']);
		expect([r.added, r.skipped]).toEqual([1, 2]);
	});

	it('keeps a scene of the same name with another view', () => {
		const r = addNewScenes([scene('A', 'country=KAZ')], [scene('A', 'country=TJK')]);
		expect(r.added).toBe(1);
	});
});
