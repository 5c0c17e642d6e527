// Scenes file format: round trip, strict errors that say where and why, outdated versions, the URL deck, and a tolerant browser store.
import { describe, expect, it } from 'vitest';
import { MAX_SCENES, SCENES_FORMAT, SceneFileError, sceneSearch, type Scene } from '../../../src/lib/scenes/scenes';
import { parseScenes, serialiseScenes } from '../../../src/lib/scenes/file';
import { decodeDeck, encodeDeck, sceneQuery } from '../../../src/lib/scenes/url';
import { STORAGE_KEY, loadScenes, storeProblemText, storeScenes, type StorageLike } from '../../../src/lib/scenes/storage';

const deck: Scene[] = [
	{
		name: 'FRONTEX in 2018',
		caption: 'Every event FRONTEX facilitated that year',
		search: 'from=2018-01-01&to=2018-12-31&partner=FRONTEX',
		camera: { center: [68.5, 41.2], zoom: 4.25, bearing: 0, pitch: 0 },
		domain: ['2017-10-01', '2019-03-31'],
		level: 'org'
	},
	{ name: 'Таджикистан', caption: '', search: 'country=TJK,KGZ', camera: null, domain: null, level: 'country' }
];

const file = (scenes: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: SCENES_FORMAT, version: 1, scenes, ...extra });
const scene = (patch: Record<string, unknown>) => ({ ...deck[0], ...patch });

/** The error parseScenes throws, for asserting its path and message. */
function failure(fn: () => unknown): SceneFileError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(SceneFileError);
		return e as SceneFileError;
	}
	throw new Error('expected a SceneFileError');
}

class MemoryStorage implements StorageLike {
	items = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('quota', 'QuotaExceededError');
		this.items.set(key, value);
	}
}

describe('scenes file', () => {
	it('round-trips a deck through its file text, Cyrillic included', () => {
		const text = serialiseScenes(deck);
		expect(JSON.parse(text)).toMatchObject({ format: 'bomca-atlas-scenes', version: 1 });
		expect(parseScenes(text)).toEqual(deck);
		expect(serialiseScenes(parseScenes(text))).toBe(text);
	});

	it('accepts parsed JSON as well as text, and an empty deck', () => {
		expect(parseScenes(JSON.parse(serialiseScenes(deck)))).toEqual(deck);
		expect(parseScenes(file([]))).toEqual([]);
	});

	it('says where and why a field is wrong', () => {
		const cases: [unknown, string, RegExp][] = [
			[[deck[0], deck[1], scene({ camera: { center: [1, 2], zoom: 'near', bearing: 0, pitch: 0 } })], 'scenes[2].camera.zoom', /not a number/],
			[[scene({ name: '   ' })], 'scenes[0].name', /empty/],
			[[scene({ name: 7 })], 'scenes[0].name', /not a text/],
			[[scene({ level: 'agency' })], 'scenes[0].level', /"org"/],
			[[scene({ domain: ['2019-02-30', '2019-03-01'] })], 'scenes[0].domain[0]', /not a date/],
			[[scene({ domain: ['2019-05-01', '2019-03-01'] })], 'scenes[0].domain', /after/],
			[[scene({ camera: { center: [200, 40], zoom: 4, bearing: 0, pitch: 0 } })], 'scenes[0].camera.center[0]', /outside/],
			[[scene({ camera: { center: [60], zoom: 4, bearing: 0, pitch: 0 } })], 'scenes[0].camera.center', /pair/],
			[[scene({ camera: { center: [60, 40], zoom: 4, bearing: 0 } })], 'scenes[0].camera.pitch', /missing/],
			[[scene({ extra: true })], 'scenes[0].extra', /does not have/],
			[[{ ...deck[0], caption: undefined }], 'scenes[0].caption', /missing/],
			[[scene({ caption: 'x'.repeat(601) })], 'scenes[0].caption', /longer than 600/],
			[['a scene'], 'scenes[0]', /not an object/]
		];
		for (const [scenes, path, why] of cases) {
			const e = failure(() => parseScenes(file(scenes)));
			expect(e.path).toBe(path);
			expect(e.message).toMatch(why);
			expect(e.message.startsWith(`${path}: `)).toBe(true);
		}
	});

	it('rejects what is not a scenes file at all', () => {
		expect(failure(() => parseScenes('{"format": "bomca-atlas-scenes", ')).message).toMatch(/not a JSON file/);
		expect(failure(() => parseScenes('[1, 2]')).message).toMatch(/not an object/);
		expect(failure(() => parseScenes(JSON.stringify({ type: 'FeatureCollection', features: [] }))).path).toBe('format');
		expect(failure(() => parseScenes(JSON.stringify({ format: 'other', version: 1, scenes: [] }))).message).toMatch(/not a scenes file/);
		expect(failure(() => parseScenes(file({ a: 1 }))).path).toBe('scenes');
		expect(failure(() => parseScenes(file([], { notes: 'x' }))).path).toBe('notes');
		expect(failure(() => parseScenes(file(new Array(MAX_SCENES + 1).fill(deck[1])))).message).toMatch(/at most 100/);
	});

	it('names an outdated or a newer version instead of guessing at it', () => {
		const old = failure(() => parseScenes(JSON.stringify({ format: SCENES_FORMAT, version: 0, scenes: [] })));
		expect(old.path).toBe('version');
		expect(old.message).toMatch(/version 0 is outdated/);
		expect(failure(() => parseScenes(JSON.stringify({ format: SCENES_FORMAT, version: 2, scenes: [] }))).message).toMatch(/newer/);
		expect(failure(() => parseScenes(JSON.stringify({ format: SCENES_FORMAT, version: '1', scenes: [] }))).message).toMatch(/whole number/);
		expect(failure(() => parseScenes(JSON.stringify({ format: SCENES_FORMAT, scenes: [] }))).message).toBe('version: missing');
	});

	it('explains in Russian when asked', () => {
		const e = failure(() => parseScenes(file([scene({ camera: { center: [1, 2], zoom: null, bearing: 0, pitch: 0 } })]), 'ru'));
		expect(e.message).toBe('scenes[0].camera.zoom: не число');
		expect(failure(() => parseScenes(JSON.stringify({ format: SCENES_FORMAT, version: 0, scenes: [] }), 'ru')).message).toMatch(/устарела/);
	});

	it('keeps the page’s own parameters out of a scene’s search', () => {
		expect(sceneSearch(new URLSearchParams('partner=OSCE,INL&lang=ru&net=country&present=1&deck=abc&scene=2&data=bench&tag=a&tag=b'))).toBe(
			'partner=OSCE,INL&tag=a&tag=b'
		);
		const parsed = parseScenes(file([scene({ search: '?partner=OSCE&lang=ru&net=country' })]));
		expect(parsed[0].search).toBe('partner=OSCE');
	});

	it('builds the URL of a scene in the reader’s language and dataset, with the deck and position when presenting', () => {
		const none = new URLSearchParams();
		expect(sceneQuery(deck[0], none)).toBe('from=2018-01-01&to=2018-12-31&partner=FRONTEX');
		expect(sceneQuery(deck[1], new URLSearchParams('lang=ru&partner=OSCE&net=country&data=bench-10000'))).toBe(
			'country=TJK,KGZ&net=country&lang=ru&data=bench-10000'
		);
		expect(sceneQuery(deck[1], none, { deck: 'AbC', index: 1 })).toBe('country=TJK,KGZ&net=country&present=1&deck=AbC&scene=2');
		expect(sceneQuery(deck[0], new URLSearchParams('present=1&deck=x&scene=4'), { deck: null, index: 0 })).toBe(
			'from=2018-01-01&to=2018-12-31&partner=FRONTEX&present=1&scene=1'
		);
	});
});

describe('deck in a link', () => {
	it('round-trips through URL-safe characters only', () => {
		const encoded = encodeDeck(deck);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeDeck(encoded)).toEqual(deck);
		const params = new URLSearchParams(`present=1&deck=${encoded}`);
		expect(decodeDeck(params.get('deck')!)).toEqual(deck);
	});

	it('rejects a damaged deck with a clear error', () => {
		expect(failure(() => decodeDeck('not a deck!')).path).toBe('deck');
		expect(failure(() => decodeDeck(encodeDeck(deck).slice(0, 30))).path).toBe('deck');
		const wrong = Buffer.from(JSON.stringify({ format: SCENES_FORMAT, version: 1, scenes: [scene({ level: 3 })] })).toString('base64url');
		expect(failure(() => decodeDeck(wrong)).message).toBe('scenes[0].level: neither "org" nor "country"');
	});
});

describe('browser store', () => {
	it('saves and loads the scenes under its key', () => {
		const storage = new MemoryStorage();
		expect(loadScenes(storage)).toEqual({ scenes: [], notice: null });
		expect(storeScenes(storage, deck)).toBeNull();
		expect(storage.items.has(STORAGE_KEY)).toBe(true);
		expect(loadScenes(storage)).toEqual({ scenes: deck, notice: null });
	});

	it('keeps the valid scenes of a damaged store, with a notice of what was left out', () => {
		const storage = new MemoryStorage();
		storage.items.set(STORAGE_KEY, file([deck[0], scene({ camera: { center: [1, 2], zoom: 'x', bearing: 0, pitch: 0 } }), 'junk', deck[1]]));
		const loaded = loadScenes(storage);
		expect(loaded.scenes).toEqual(deck);
		expect(loaded.notice).toMatch(/^2 saved scenes could not be read/);
		expect(loaded.notice).toMatch(/scenes\[1\]\.camera\.zoom/);
	});

	it('loads an unreadable store as empty with a notice, never throwing', () => {
		const storage = new MemoryStorage();
		for (const junk of ['{not json', '[]', JSON.stringify({ format: SCENES_FORMAT, version: 9, scenes: [] })]) {
			storage.items.set(STORAGE_KEY, junk);
			const loaded = loadScenes(storage);
			expect(loaded.scenes).toEqual([]);
			expect(loaded.notice).toMatch(/could not be read/);
		}
		const broken: StorageLike = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(loadScenes(broken).notice).toMatch(/does not allow saving/);
		expect(loadScenes(null).notice).toMatch(/does not allow saving/);
	});

	it('reports a full store instead of throwing', () => {
		const storage = new MemoryStorage();
		storage.full = true;
		expect(storeScenes(storage, deck)).toBe('full');
		expect(storeProblemText('full')).toMatch(/refused/);
		expect(storeProblemText('full', 'ru')).toMatch(/не сохранил/);
		expect(storeScenes(null, deck)).toBe('unavailable');
	});
});
