// Where a scene lives in the URL: its query string on the page, and a whole deck packed into a link.
import type { Lang } from '../i18n/lang';
import { checkFile, checkTheme, toFile } from './file';
import { NOT_SCENE, SceneFileError, type Scene } from './scenes';
import { TEXT } from './texts';
import type { Theme } from './theme';

/** The page's own parameters (NOT_SCENE) a scene's URL takes over from the page it is shown in: the reader's language and dataset. */
const KEPT = ['lang', 'data'];

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
export function encodeDeck(scenes: readonly Scene[], theme?: Theme): string {
	const bytes = new TextEncoder().encode(JSON.stringify(toFile(scenes, theme)));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The scenes of a link's `deck`, validated exactly like a file. */
export function decodeDeck(deck: string, lang: Lang = 'en'): Scene[] {
	return readDeck(deck, lang).scenes;
}

/** A link's deck: its scenes and the theme it is presented in, validated exactly like a file. */
export function readDeck(deck: string, lang: Lang = 'en'): { scenes: Scene[]; theme: Theme } {
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
	return { scenes: checkFile(data, T), theme: checkTheme(data, T) };
}
