// The page's scenes and presentation state: the saved list, the views' camera and zoom, and the deck a `?present=1` URL shows.
import { untrack } from 'svelte';
import type { NetworkLevel } from '$lib/crossfilter/queries';
import { queryOf } from '$lib/crossfilter/url';
import type { Lang } from '$lib/i18n/lang';
import { enterFullscreen } from './fullscreen';
import { SavedScenes } from './saved.svelte';
import { slideScale } from './slide';
import { sceneSearch, type Camera, type Scene } from './scenes';
import { DEFAULT_THEME, type Theme } from './theme';
import { readDeck, sceneQuery } from './url';

const TEXT = {
	en: {
		open: 'Scenes',
		openTitle: 'Save this view as a scene; list, export and present scenes',
		badDeck: (why: string) => `The presentation link’s scenes could not be read (${why}). Showing the dashboard instead.`,
		noScenes: 'There are no saved scenes to present in this browser. Showing the dashboard instead.'
	},
	ru: {
		open: 'Сцены',
		openTitle: 'Сохранить этот вид как сцену; список, экспорт и показ сцен',
		badDeck: (why: string) => `Не удалось прочитать сцены из ссылки для показа (${why}). Вместо показа открыта панель.`,
		noScenes: 'В этом браузере нет сохранённых сцен для показа. Вместо показа открыта панель.'
	}
};

/** What the presenter needs of the page's URL owner. */
export interface PresenterUrl {
	/** The address's parameters as the page's URL owner reads them (a brush stream's write included). */
	readonly params: URLSearchParams;
	/** The address itself: what the deck export puts back, character for character. */
	readonly url: URL;
	go(search: string, replaceState: boolean): Promise<void>;
	back(): void;
}

type Deck = { scenes: Scene[]; theme: Theme; problem: null } | { scenes: null; problem: string };

export class Presenter {
	readonly saved = new SavedScenes();
	/** Bound to the map and the timeline: what they show now, and what a scene asks them to show. */
	camera = $state<Camera | null>(null);
	domain = $state<[string, string] | null>(null);
	panelOpen = $state(false);
	/** The scene a key press asked for, shown at once while the URL catches up (so a double press steps twice). */
	#pending = $state<number | null>(null);
	/** The window's size while presenting (the views' scale follows it); 0 × 0 otherwise. */
	#screen = $state({ width: 0, height: 0 });

	/** Given by the page; read lazily by the deriveds below, once the constructor has set them. */
	#active: () => boolean = () => false;
	#lang: () => Lang = () => 'en';
	/** The page's URL writer (the Location): a whole query string as a new entry or replacing the current one; one step back. */
	#url: PresenterUrl = { params: new URLSearchParams(), url: new URL('http://localhost/'), go: async () => {}, back: () => {} };
	/** The dashboard's map and timeline when this page started the show: Escape (or Back) returns to exactly them. */
	#before: { camera: Camera | null; domain: [string, string] | null } | null = null;

	/** `active`: false until the page runs in the browser (the prerendered page has no query string to present). */
	constructor(active: () => boolean, lang: () => Lang, url: PresenterUrl) {
		this.#active = active;
		this.#lang = lang;
		this.#url = url;

		$effect(() => this.saved.follow());

		$effect(() => {
			if (!this.presenting) return;
			const measure = () => (this.#screen = { width: window.innerWidth, height: window.innerHeight });
			measure();
			window.addEventListener('resize', measure);
			return () => window.removeEventListener('resize', measure);
		});

		// Entering the deck or moving in it (the URL's `scene`) shows that scene; the same scene twice is left alone.
		let shown = '';
		$effect(() => {
			const scenes = this.deck.scenes;
			if (!this.present || !scenes) {
				shown = '';
				return;
			}
			const i = this.index;
			const key = `${i}|${JSON.stringify(scenes[i])}`;
			if (key === shown) return;
			shown = key;
			untrack(() => this.show(scenes[i], i));
		});

		// The show is over however it ended (Escape, the browser's Back, a link): the map and the timeline go back to
		// where they were before it, the URL's selection came back with the history entry.
		$effect(() => {
			if (this.present) return;
			untrack(() => {
				if (!this.#before) return;
				this.camera = this.#before.camera;
				this.domain = this.#before.domain;
				this.#before = null;
			});
		});
	}

	get text() {
		return TEXT[this.#lang()];
	}

	readonly present = $derived(this.#active() && this.#url.params.get('present') === '1');
	readonly #deckParam = $derived(this.#active() ? this.#url.params.get('deck') : null);

	/** The link's own deck, validated like a file, or this browser's saved scenes; a problem instead of an empty show. */
	readonly deck: Deck = $derived.by((): Deck => {
		if (!this.present) return { scenes: null, problem: '' };
		const T = TEXT[this.#lang()];
		let deck = { scenes: this.saved.scenes, theme: this.saved.theme };
		if (this.#deckParam !== null) {
			try {
				deck = readDeck(this.#deckParam, this.#lang());
			} catch (e) {
				return { scenes: null, problem: T.badDeck(e instanceof Error ? e.message : String(e)) };
			}
		}
		return deck.scenes.length ? { ...deck, problem: null } : { scenes: null, problem: T.noScenes };
	});

	readonly presenting = $derived(this.deck.scenes !== null);
	/** The projector theme of the deck shown (a link's own, or this browser's). */
	readonly theme: Theme = $derived(this.deck.scenes ? this.deck.theme : DEFAULT_THEME);
	/** How much larger the views draw while presenting: every label readable from the back of the room. */
	readonly scale = $derived(this.presenting ? slideScale(this.#screen.width, this.#screen.height) : 1);
	/** Why a `?present=1` link shows the dashboard instead, for the page's notices. */
	readonly notice = $derived(this.deck.problem || null);

	/** The URL's 1-based `scene`, clamped to the deck. */
	readonly index = $derived.by(() => {
		const n = this.deck.scenes?.length ?? 0;
		const raw = Number.parseInt(this.#url.params.get('scene') ?? '1', 10);
		return Math.max(0, Math.min(n - 1, Number.isFinite(raw) ? raw - 1 : 0));
	});
	readonly current = $derived(this.#pending ?? this.index);

	/** The view to save: the page's normalised query (its own parameters dropped), the camera, the zoom, the level. */
	capture(search: string | null, level: NetworkLevel): Omit<Scene, 'name' | 'caption'> | null {
		if (search === null) return null;
		return { search: sceneSearch(new URLSearchParams(search)), camera: this.camera, domain: this.domain, level };
	}

	/** Shows a scene: the URL takes its selection and level, the map and the timeline its camera and zoom. */
	show(scene: Scene, at: number | null = null) {
		this.camera = scene.camera;
		this.domain = scene.domain;
		const present = at === null ? null : { deck: this.#deckParam, index: at };
		void this.#url.go(sceneQuery(scene, this.#url.params, present), at !== null);
	}

	/**
	 * For the deck export: shows each scene in turn without adding history entries, runs `each` once `settled` says the
	 * views have drawn it, then puts the page's URL, map camera and timeline zoom back exactly as they were (also when
	 * `each` fails).
	 */
	async visit<T>(list: readonly Scene[], settled: () => Promise<void>, each: (scene: Scene, i: number) => Promise<T>): Promise<T[]> {
		const before = { search: this.#url.url.search.replace(/^\?/, ''), camera: this.camera, domain: this.domain };
		const out: T[] = [];
		try {
			for (const [i, scene] of list.entries()) {
				this.camera = scene.camera;
				this.domain = scene.domain;
				await this.#url.go(sceneQuery(scene, this.#url.params), true);
				await settled();
				out.push(await each(scene, i));
			}
		} finally {
			this.camera = before.camera;
			this.domain = before.domain;
			await this.#url.go(before.search, true);
			await settled();
		}
		return out;
	}

	/** Presents this browser's scenes from `index`; full screen is asked for now, while the click still counts as a gesture. */
	start(index: number) {
		const scene = this.saved.scenes[index];
		if (!scene) return;
		void enterFullscreen();
		this.panelOpen = false;
		this.#before = { camera: this.camera, domain: this.domain };
		void this.#url.go(sceneQuery(scene, this.#url.params, { deck: null, index }), false);
	}

	/** Steps in the deck; the history entry is replaced, so Back leaves the show instead of replaying it. */
	step(index: number) {
		const scenes = this.deck.scenes;
		if (!scenes?.[index]) return;
		this.#pending = index;
		this.#stepping = this.#url.go(sceneQuery(scenes[index], this.#url.params, { deck: this.#deckParam, index }), true).finally(() => {
			if (this.#pending === index) this.#pending = null;
		});
	}

	/** The newest step's navigation: leaving waits for it, else its replace could land on the entry Back returned to. */
	#stepping: Promise<void> = Promise.resolve();

	/**
	 * Leaves the show. Started here: one step back, to the entry the show was pushed from, so the dashboard is exactly as
	 * it was and the whole show was one history entry. Opened from a link (or reloaded): the current scene's view stays
	 * as a dashboard URL, in place of the show's entry, so Back does not reopen it.
	 */
	leave() {
		this.#pending = null;
		if (this.#before) {
			void this.#stepping.then(() => this.#url.back());
			return;
		}
		void this.#stepping.then(() => {
			const next = new URLSearchParams(this.#url.params);
			for (const k of ['present', 'deck', 'scene']) next.delete(k);
			return this.#url.go(queryOf(next), true);
		});
	}
}
