// The page's shared facts for every component below it: the language, the display names, the views' handles, their text scale, when the first picture is up and a mark's events (peek), through Svelte context.
import { getContext, setContext } from 'svelte';
import type { Lang } from '$lib/i18n/lang';
import type { Peek, PeekTarget } from '$lib/crossfilter/indexpeek';
import { namesOf, type Names } from '$lib/views/format';
import { ViewHandles } from '$lib/views/handles';

/** Read through getters, so a component reading `atlas.lang` in a $derived follows the page's language. */
export interface Atlas {
	readonly lang: Lang;
	readonly names: Names;
	readonly handles: ViewHandles;
	/** Resolves once the first picture is painted: views load their heavy libraries (MapLibre) only after it. */
	readonly firstPicture: Promise<void>;
	/** The events behind a view's mark under the shown selection (a tooltip's listing); null while the index cannot tell yet. */
	peek(target: PeekTarget, limit: number): Peek | null;
	/** How much larger the views draw their text (1 on the dashboard; larger while presenting, see scenes/slide.ts). */
	readonly scale: number;
}

const KEY = Symbol('atlas');

/** Called once by the page (or a test harness) before its children are created. */
export function provideAtlas(atlas: Atlas): Atlas {
	return setContext(KEY, atlas);
}

/** Where no page provides one (a component mounted alone): English, ids as names, no handles registered elsewhere. */
const ALONE: Atlas = { lang: 'en', names: namesOf([], [], 'en'), handles: new ViewHandles(), scale: 1, firstPicture: Promise.resolve(), peek: () => null };

export function useAtlas(): Atlas {
	return getContext<Atlas | undefined>(KEY) ?? ALONE;
}
