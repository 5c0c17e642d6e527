// The scenes in the browser's storage: read tolerantly (a damaged store still gives back its valid scenes), written whole.
import type { Lang } from '../i18n/lang';
import { checkEnvelope, checkScene, checkTheme, toFile } from './file';
import type { Scene } from './scenes';
import { TEXT } from './texts';
import { DEFAULT_THEME, type Theme } from './theme';

export const STORAGE_KEY = 'bomca-atlas/scenes';

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

/** The stored deck's projector theme; the default when there is none or it cannot be read (the scenes say why). */
export function loadTheme(storage: StorageLike | null): Theme {
	try {
		const raw = storage?.getItem(STORAGE_KEY);
		return raw ? checkTheme(JSON.parse(raw), TEXT.en) : DEFAULT_THEME;
	} catch {
		return DEFAULT_THEME;
	}
}

export type StoreProblem = 'unavailable' | 'full';

/** Writes the scenes; returns why it could not (no storage, or the browser refused: quota), or null. */
export function storeScenes(storage: StorageLike | null, scenes: readonly Scene[], theme?: Theme): StoreProblem | null {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(toFile(scenes, theme)));
		return null;
	} catch {
		return 'full';
	}
}

export function storeProblemText(problem: StoreProblem, lang: Lang = 'en'): string {
	return problem === 'full' ? TEXT[lang].storageFull : TEXT[lang].storageUnavailable;
}
