// The scenes' file format: strict parsing (every problem says where and why; nothing is half-read) and serialising in a fixed field order.
import { isIsoDate } from '../crossfilter/url';
import type { Lang } from '../i18n/lang';
import { MAX_CAPTION, MAX_NAME, MAX_SCENES, MAX_SEARCH, SCENES_FORMAT, SCENES_VERSION, SceneFileError, sceneSearch, type Camera, type Scene, type ScenesFile } from './scenes';
import { TEXT, type Texts } from './texts';
import { DEFAULT_THEME, isTheme, type Theme } from './theme';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => {
	const s = JSON.stringify(v) ?? String(v);
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** Parses a scenes file (its text or its parsed JSON). Throws SceneFileError at the first problem; nothing is half-read. */
export function parseScenes(json: string | unknown, lang: Lang = 'en'): Scene[] {
	return parseDeck(json, lang).scenes;
}

/** A scenes file's scenes and the theme it is presented in. Throws like parseScenes. */
export function parseDeck(json: string | unknown, lang: Lang = 'en'): { scenes: Scene[]; theme: Theme } {
	const T = TEXT[lang];
	let data = json;
	if (typeof json === 'string') {
		try {
			data = JSON.parse(json);
		} catch (e) {
			throw new SceneFileError('', T.notJson(e instanceof Error ? e.message : String(e)));
		}
	}
	return { scenes: checkFile(data, T), theme: checkTheme(data, T) };
}

/** The envelope's theme (checkEnvelope has checked the rest): the default when the file has none. */
export function checkTheme(data: unknown, T: Texts): Theme {
	const theme = isRecord(data) ? data.theme : undefined;
	if (theme === undefined) return DEFAULT_THEME;
	if (!isTheme(theme)) throw new SceneFileError('theme', T.notTheme);
	return theme;
}

/** Every scene of a file's data, validated: a file and a link's deck are checked alike. */
export function checkFile(data: unknown, T: Texts): Scene[] {
	return checkEnvelope(data, T).map((s, i) => checkScene(s, `scenes[${i}]`, T));
}

/** The envelope's format and version, returning its raw `scenes` list. */
export function checkEnvelope(data: unknown, T: Texts): unknown[] {
	if (!isRecord(data)) throw new SceneFileError('', T.notObject);
	if (!('format' in data)) throw new SceneFileError('format', T.missing);
	if (data.format !== SCENES_FORMAT) throw new SceneFileError('format', T.notFormat(shown(data.format)));
	if (!('version' in data)) throw new SceneFileError('version', T.missing);
	const v = data.version;
	if (typeof v !== 'number' || !Number.isInteger(v)) throw new SceneFileError('version', T.notVersion);
	if (v > SCENES_VERSION) throw new SceneFileError('version', T.newer(v));
	if (v < SCENES_VERSION) throw new SceneFileError('version', T.outdated(v));
	for (const key of Object.keys(data)) if (!['format', 'version', 'theme', 'scenes'].includes(key)) throw new SceneFileError(key, T.unknownField);
	if (!('scenes' in data)) throw new SceneFileError('scenes', T.missing);
	if (!Array.isArray(data.scenes)) throw new SceneFileError('scenes', T.notArray);
	if ('theme' in data && !isTheme(data.theme)) throw new SceneFileError('theme', T.notTheme);
	if (data.scenes.length > MAX_SCENES) throw new SceneFileError('scenes', T.tooMany(data.scenes.length));
	return data.scenes;
}

const SCENE_FIELDS = ['name', 'caption', 'search', 'camera', 'domain', 'level'] as const;
const CAMERA_FIELDS = ['center', 'zoom', 'bearing', 'pitch'] as const;

export function checkScene(raw: unknown, path: string, T: Texts): Scene {
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
export function serialiseScenes(scenes: readonly Scene[], theme?: Theme): string {
	return `${JSON.stringify(toFile(scenes, theme), null, 2)}\n`;
}

/** The file's object, as the file, a link's deck and the browser's store all hold it. */
export function toFile(scenes: readonly Scene[], theme?: Theme): ScenesFile {
	return {
		format: SCENES_FORMAT,
		version: SCENES_VERSION,
		...(theme ? { theme } : {}),
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
