// Scenes: saved views (selection, map camera, timeline zoom, network level), the limits of their file format, and what of a page's query a scene keeps.
import type { NetworkLevel } from '../crossfilter/queries';
import type { Theme } from './theme';

export const SCENES_FORMAT = 'bomca-atlas-scenes';
export const SCENES_VERSION = 1;

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
	/** The projector theme the deck is presented in; absent: the default (dark). */
	theme?: Theme;
	scenes: Scene[];
}

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

/** Parameters that belong to the page, not to a scene: the language, the dataset, the network level and presenting. */
export const NOT_SCENE = new Set(['lang', 'data', 'net', 'present', 'deck', 'scene']);

/** A scene's `search` from the page's query: everything but the page's own parameters. */
export function sceneSearch(params: URLSearchParams): string {
	const out = new URLSearchParams();
	for (const [k, v] of params) if (!NOT_SCENE.has(k)) out.append(k, v);
	return out.toString().replace(/%2C/g, ',');
}
