// Scenes: saved views (selection, map camera, timeline zoom, network level), their versioned file format, strict validation, storage and the URL deck.
import type { NetworkLevel } from '../crossfilter/queries';
import { isIsoDate } from '../crossfilter/url';
import type { Lang } from '../i18n/lang';

export const SCENES_FORMAT = 'bomca-atlas-scenes';
export const SCENES_VERSION = 1;
export const STORAGE_KEY = 'bomca-atlas/scenes';

/** Limits keep a file or a link from a stranger small enough to show and to store; real decks are far below them. */
export const MAX_SCENES = 100;
export const MAX_NAME = 120;
export const MAX_CAPTION = 600;
export const MAX_SEARCH = 2000;

/** The map's view: MapLibre's own camera fields. */
export interface Camera {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface Scene {
	name: string;
	caption: string;
	/** The selection's query string without "?", lang or the network level (e.g. "from=2018-01-01&partner=OSCE"). */
	search: string;
	/** null: the map framed on Central Asia, whatever the screen's shape. */
	camera: Camera | null;
	/** Visible [from, to] of the timeline's zoom (YYYY-MM-DD); null: not zoomed, all dates. */
	domain: [string, string] | null;
	level: NetworkLevel;
}

export interface ScenesFile {
	format: typeof SCENES_FORMAT;
	version: typeof SCENES_VERSION;
	scenes: Scene[];
}

const TEXT = {
	en: {
		notJson: (why: string) => `not a JSON file (${why})`,
		notObject: 'not an object',
		notArray: 'not a list',
		missing: 'missing',
		unknownField: 'a field this format does not have',
		notFormat: (found: string) => `not a scenes file (format is ${found}, expected "${SCENES_FORMAT}")`,
		notVersion: 'not a whole number',
		newer: (v: number) => `version ${v} is newer than this atlas reads (${SCENES_VERSION}); open it with a newer atlas`,
		outdated: (v: number) => `version ${v} is outdated; this atlas reads version ${SCENES_VERSION} only`,
		tooMany: (n: number) => `${n} scenes; at most ${MAX_SCENES} are allowed`,
		notString: 'not a text',
		empty: 'empty',
		tooLong: (max: number) => `longer than ${max} characters`,
		notNumber: 'not a number',
		range: (lo: number, hi: number) => `outside ${lo}…${hi}`,
		notPair: 'not a pair [longitude, latitude]',
		notDomain: 'not a pair [from, to] of dates',
		notDate: 'not a date (YYYY-MM-DD)',
		order: 'the first date is after the second',
		notLevel: 'neither "org" nor "country"',
		notDeck: 'not a valid encoded deck',
		storageUnavailable: 'This browser does not allow saving here; scenes last until the page is closed.',
		storageUnreadable: 'The saved scenes could not be read and were set aside; saving a scene replaces them.',
		storageDropped: (n: number, first: string) =>
			`${n} saved ${n === 1 ? 'scene' : 'scenes'} could not be read and ${n === 1 ? 'was' : 'were'} left out (${first}).`,
		storageFull: 'The browser refused to store the scenes (storage full?); they last until the page is closed.'
	},
	ru: {
		notJson: (why: string) => `это не файл JSON (${why})`,
		notObject: 'не объект',
		notArray: 'не список',
		missing: 'отсутствует',
		unknownField: 'такого поля в этом формате нет',
		notFormat: (found: string) => `это не файл сцен (format = ${found}, ожидается "${SCENES_FORMAT}")`,
		notVersion: 'не целое число',
		newer: (v: number) => `версия ${v} новее той, что читает этот атлас (${SCENES_VERSION}); откройте файл в более новой версии атласа`,
		outdated: (v: number) => `версия ${v} устарела; этот атлас читает только версию ${SCENES_VERSION}`,
		tooMany: (n: number) => `${n} сцен; допускается не более ${MAX_SCENES}`,
		notString: 'не текст',
		empty: 'пусто',
		tooLong: (max: number) => `длиннее ${max} символов`,
		notNumber: 'не число',
		range: (lo: number, hi: number) => `вне диапазона ${lo}…${hi}`,
		notPair: 'не пара [долгота, широта]',
		notDomain: 'не пара дат [с, по]',
		notDate: 'не дата (ГГГГ-ММ-ДД)',
		order: 'первая дата позже второй',
		notLevel: 'ни "org", ни "country"',
		notDeck: 'закодированный набор сцен повреждён',
		storageUnavailable: 'Этот браузер не разрешает сохранять данные; сцены сохранятся только до закрытия страницы.',
		storageUnreadable: 'Сохранённые сцены не удалось прочитать, они отложены; новая сохранённая сцена заменит их.',
		storageDropped: (n: number, first: string) => `Не удалось прочитать сохранённых сцен: ${n}; они пропущены (${first}).`,
		storageFull: 'Браузер не сохранил сцены (нет места?); они сохранятся только до закрытия страницы.'
	}
};
type Texts = (typeof TEXT)['en'];

/** A file, a link or the store that does not hold valid scenes: `path` says where ("scenes[2].camera.zoom"), `reason` why. */
export class SceneFileError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string
	) {
		super(path ? `${path}: ${reason}` : reason);
		this.name = 'SceneFileError';
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => {
	const s = JSON.stringify(v) ?? String(v);
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** Parses a scenes file (its text or its parsed JSON). Throws SceneFileError at the first problem; nothing is half-read. */
export function parseScenes(json: string | unknown, lang: Lang = 'en'): Scene[] {
	const T = TEXT[lang];
	let data = json;
	if (typeof json === 'string') {
		try {
			data = JSON.parse(json);
		} catch (e) {
			throw new SceneFileError('', T.notJson(e instanceof Error ? e.message : String(e)));
		}
	}
	return checkFile(data, T);
}

function checkFile(data: unknown, T: Texts): Scene[] {
	return checkEnvelope(data, T).map((s, i) => checkScene(s, `scenes[${i}]`, T));
}

/** The envelope's format and version, returning its raw `scenes` list. */
function checkEnvelope(data: unknown, T: Texts): unknown[] {
	if (!isRecord(data)) throw new SceneFileError('', T.notObject);
	if (!('format' in data)) throw new SceneFileError('format', T.missing);
	if (data.format !== SCENES_FORMAT) throw new SceneFileError('format', T.notFormat(shown(data.format)));
	if (!('version' in data)) throw new SceneFileError('version', T.missing);
	const v = data.version;
	if (typeof v !== 'number' || !Number.isInteger(v)) throw new SceneFileError('version', T.notVersion);
	if (v > SCENES_VERSION) throw new SceneFileError('version', T.newer(v));
	if (v < SCENES_VERSION) throw new SceneFileError('version', T.outdated(v));
	for (const key of Object.keys(data)) if (!['format', 'version', 'scenes'].includes(key)) throw new SceneFileError(key, T.unknownField);
	if (!('scenes' in data)) throw new SceneFileError('scenes', T.missing);
	if (!Array.isArray(data.scenes)) throw new SceneFileError('scenes', T.notArray);
	if (data.scenes.length > MAX_SCENES) throw new SceneFileError('scenes', T.tooMany(data.scenes.length));
	return data.scenes;
}

const SCENE_FIELDS = ['name', 'caption', 'search', 'camera', 'domain', 'level'] as const;
const CAMERA_FIELDS = ['center', 'zoom', 'bearing', 'pitch'] as const;

function checkScene(raw: unknown, path: string, T: Texts): Scene {
	if (!isRecord(raw)) throw new SceneFileError(path, T.notObject);
	for (const key of Object.keys(raw)) if (!(SCENE_FIELDS as readonly string[]).includes(key)) throw new SceneFileError(`${path}.${key}`, T.unknownField);
	for (const key of SCENE_FIELDS) if (!(key in raw)) throw new SceneFileError(`${path}.${key}`, T.missing);
	const name = text(raw.name, `${path}.name`, MAX_NAME, T).trim();
	if (!name) throw new SceneFileError(`${path}.name`, T.empty);
	const caption = text(raw.caption, `${path}.caption`, MAX_CAPTION, T).trim();
	const search = text(raw.search, `${path}.search`, MAX_SEARCH, T).replace(/^\?/, '');
	const level = raw.level;
	if (level !== 'org' && level !== 'country') throw new SceneFileError(`${path}.level`, T.notLevel);
	return {
		name,
		caption,
		search: sceneSearch(new URLSearchParams(search)),
		camera: raw.camera === null ? null : checkCamera(raw.camera, `${path}.camera`, T),
		domain: raw.domain === null ? null : checkDomain(raw.domain, `${path}.domain`, T),
		level
	};
}

function text(v: unknown, path: string, max: number, T: Texts): string {
	if (typeof v !== 'string') throw new SceneFileError(path, T.notString);
	if (v.length > max) throw new SceneFileError(path, T.tooLong(max));
	return v;
}

function num(v: unknown, path: string, lo: number, hi: number, T: Texts): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) throw new SceneFileError(path, T.notNumber);
	if (v < lo || v > hi) throw new SceneFileError(path, T.range(lo, hi));
	return v;
}

function checkCamera(raw: unknown, path: string, T: Texts): Camera {
	if (!isRecord(raw)) throw new SceneFileError(path, T.notObject);
	for (const key of Object.keys(raw)) if (!(CAMERA_FIELDS as readonly string[]).includes(key)) throw new SceneFileError(`${path}.${key}`, T.unknownField);
	for (const key of CAMERA_FIELDS) if (!(key in raw)) throw new SceneFileError(`${path}.${key}`, T.missing);
	const c = raw.center;
	if (!Array.isArray(c) || c.length !== 2) throw new SceneFileError(`${path}.center`, T.notPair);
	return {
		center: [num(c[0], `${path}.center[0]`, -180, 180, T), num(c[1], `${path}.center[1]`, -90, 90, T)],
		zoom: num(raw.zoom, `${path}.zoom`, 0, 24, T),
		bearing: num(raw.bearing, `${path}.bearing`, -360, 360, T),
		pitch: num(raw.pitch, `${path}.pitch`, 0, 90, T)
	};
}

function checkDomain(raw: unknown, path: string, T: Texts): [string, string] {
	if (!Array.isArray(raw) || raw.length !== 2) throw new SceneFileError(path, T.notDomain);
	for (let i = 0; i < 2; i++) {
		if (typeof raw[i] !== 'string' || !isIsoDate(raw[i])) throw new SceneFileError(`${path}[${i}]`, T.notDate);
	}
	const [from, to] = raw as [string, string];
	if (from > to) throw new SceneFileError(path, T.order);
	return [from, to];
}

/** The file's text: the envelope and the scenes, fields in a fixed order so equal decks give equal files. */
export function serialiseScenes(scenes: readonly Scene[]): string {
	return `${JSON.stringify(toFile(scenes), null, 2)}\n`;
}

function toFile(scenes: readonly Scene[]): ScenesFile {
	return {
		format: SCENES_FORMAT,
		version: SCENES_VERSION,
		scenes: scenes.map((s) => ({
			name: s.name,
			caption: s.caption,
			search: s.search,
			camera: s.camera && { center: [s.camera.center[0], s.camera.center[1]], zoom: s.camera.zoom, bearing: s.camera.bearing, pitch: s.camera.pitch },
			domain: s.domain && [s.domain[0], s.domain[1]],
			level: s.level
		}))
	};
}

// ---- the URL ------------------------------------------------------------------------------------------------------

/** Parameters that belong to the page, not to a scene: the language, the dataset, the network level and presenting. */
const NOT_SCENE = new Set(['lang', 'data', 'net', 'present', 'deck', 'scene']);
/** Of those, the ones a scene's URL takes over from the page it is shown in: the reader's language and dataset. */
const KEPT = ['lang', 'data'];

/** A scene's `search` from the page's query: everything but the page's own parameters. */
export function sceneSearch(params: URLSearchParams): string {
	const out = new URLSearchParams();
	for (const [k, v] of params) if (!NOT_SCENE.has(k)) out.append(k, v);
	return out.toString().replace(/%2C/g, ',');
}

/**
 * Where a scene lives, as a query string without "?": its selection and level, the current page's language and
 * dataset, and when presenting the deck (null: this browser's scenes) and the 1-based position.
 */
export function sceneQuery(scene: Scene, page: URLSearchParams, present: { deck: string | null; index: number } | null = null): string {
	const out = new URLSearchParams(scene.search);
	for (const k of NOT_SCENE) out.delete(k);
	if (scene.level === 'country') out.set('net', 'country');
	for (const k of KEPT) for (const v of page.getAll(k)) out.append(k, v);
	if (present) {
		out.set('present', '1');
		if (present.deck !== null) out.set('deck', present.deck);
		out.set('scene', String(present.index + 1));
	}
	return out.toString().replace(/%2C/g, ',');
}

/** A deck for a link: base64url of the file's compact JSON (UTF-8, so Cyrillic names survive). */
export function encodeDeck(scenes: readonly Scene[]): string {
	const bytes = new TextEncoder().encode(JSON.stringify(toFile(scenes)));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The scenes of a link's `deck`, validated exactly like a file. */
export function decodeDeck(deck: string, lang: Lang = 'en'): Scene[] {
	const T = TEXT[lang];
	if (!/^[A-Za-z0-9_-]*$/.test(deck) || deck.length % 4 === 1) throw new SceneFileError('deck', T.notDeck);
	let data: unknown;
	try {
		const binary = atob(deck.replace(/-/g, '+').replace(/_/g, '/'));
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
	} catch {
		// A link cut short by a mail client lands here: the deck is damaged as a whole, not a JSON file with an error.
		throw new SceneFileError('deck', T.notDeck);
	}
	return checkFile(data, T);
}

// ---- the browser's storage ----------------------------------------------------------------------------------------

/** The part of the Web Storage API used here, so tests can pass a stand-in. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export interface StoredScenes {
	scenes: Scene[];
	/** Why some or all stored scenes are missing; null when everything was read. */
	notice: string | null;
}

/**
 * Tolerant on purpose, unlike a file: a store damaged by an old version or a hand edit still gives back every scene
 * that is valid on its own, with a notice of what was left out.
 */
export function loadScenes(storage: StorageLike | null, lang: Lang = 'en'): StoredScenes {
	const T = TEXT[lang];
	let raw: string | null;
	try {
		if (!storage) return { scenes: [], notice: T.storageUnavailable };
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return { scenes: [], notice: T.storageUnavailable };
	}
	if (raw === null) return { scenes: [], notice: null };
	let list: unknown[];
	try {
		list = checkEnvelope(JSON.parse(raw), T);
	} catch {
		return { scenes: [], notice: T.storageUnreadable };
	}
	const scenes: Scene[] = [];
	const problems: string[] = [];
	list.forEach((s, i) => {
		try {
			scenes.push(checkScene(s, `scenes[${i}]`, T));
		} catch (e) {
			problems.push(e instanceof Error ? e.message : String(e));
		}
	});
	return { scenes, notice: problems.length ? T.storageDropped(problems.length, problems[0]) : null };
}

export type StoreProblem = 'unavailable' | 'full';

/** Writes the scenes; returns why it could not (no storage, or the browser refused: quota), or null. */
export function storeScenes(storage: StorageLike | null, scenes: readonly Scene[]): StoreProblem | null {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(toFile(scenes)));
		return null;
	} catch {
		return 'full';
	}
}

export function storeProblemText(problem: StoreProblem, lang: Lang = 'en'): string {
	return problem === 'full' ? TEXT[lang].storageFull : TEXT[lang].storageUnavailable;
}
