// This browser's saved scenes as reactive state: read from localStorage, written back on every change, kept in step with other tabs.
import type { Lang } from '$lib/i18n/lang';
import type { Scene } from './scenes';
import { loadScenes, loadTheme, STORAGE_KEY, storeProblemText, storeScenes, type StoreProblem, type StorageLike } from './storage';
import { DEFAULT_THEME, type Theme } from './theme';

type Worded = Record<Lang, string> | null;

function storage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// A browser that blocks storage throws on the mere access.
		return null;
	}
}

export class SavedScenes {
	scenes = $state.raw<Scene[]>([]);
	/** The projector theme this browser's deck is presented in, stored with it. */
	theme = $state<Theme>(DEFAULT_THEME);
	/** What reading the store left out, worded in both languages so a language switch rewords it. */
	#loadNotice = $state<Worded>(null);
	/** Why the last change could not be written (storage full or refused). */
	#writeError = $state<StoreProblem | null>(null);

	/** Reads the store at once in the browser, so a `?present=1` link finds the scenes on its first render. */
	constructor() {
		if (typeof window !== 'undefined') this.reload();
	}

	notice(lang: Lang): string | null {
		return this.#loadNotice?.[lang] ?? null;
	}

	error(lang: Lang): string | null {
		return this.#writeError && storeProblemText(this.#writeError, lang);
	}

	reload() {
		const s = storage();
		const en = loadScenes(s, 'en');
		const ru = loadScenes(s, 'ru');
		this.scenes = en.scenes;
		this.theme = loadTheme(s);
		this.#loadNotice = en.notice && ru.notice ? { en: en.notice, ru: ru.notice } : null;
	}

	/** Replaces the list and writes it; the list changes even when writing fails, so the page keeps working. */
	set(next: Scene[]) {
		this.scenes = next;
		this.#writeError = storeScenes(storage(), next, this.theme);
		// Once written, the store holds only valid scenes: what it left out before is gone for good.
		if (!this.#writeError) this.#loadNotice = null;
	}

	/** Chooses the deck's theme and stores it with the scenes. */
	setTheme(theme: Theme) {
		this.theme = theme;
		this.set(this.scenes);
	}

	/** Another tab saved scenes: take its list. Returns the listener's remover. */
	follow(): () => void {
		const onStorage = (e: StorageEvent) => {
			if (e.key === STORAGE_KEY || e.key === null) this.reload();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}
}
