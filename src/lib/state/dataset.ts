// Which dataset the page loads: the bundled one under data/, or another folder named by the URL's `data` parameter (e.g. the benchmark's data/bench-10000/).

const TEXT = {
	en: { bad: (shown: string) => `data="${shown}" is not a dataset name (a-z, 0-9, -): the bundled data is shown` },
	ru: { bad: (shown: string) => `data="${shown}" — недопустимое имя набора данных (a-z, 0-9, -): показаны встроенные данные` }
};

/** A folder name only: no slash, dot or scheme, so the parameter can never point outside data/ or at another host. */
const NAME = /^[a-z0-9-]+$/;

export interface DatasetChoice {
	/** Folder of manifest.json, summary.json and the Arrow files, relative to the site root, without slashes around it. */
	dir: string;
	/** Set when the URL named a dataset that cannot be used; the bundled data is loaded instead. */
	notice: string | null;
}

export function datasetFromSearch(search: URLSearchParams, lang: 'en' | 'ru' = 'en'): DatasetChoice {
	const name = search.get('data');
	if (name === null || name === '') return { dir: 'data', notice: null };
	if (!NAME.test(name)) {
		const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
		return { dir: 'data', notice: TEXT[lang].bad(shown) };
	}
	return { dir: `data/${name}`, notice: null };
}
