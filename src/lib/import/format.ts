// Which reader a file needs: by its extension, else by its first bytes (Parquet and Arrow files say what they are).

export type Format = 'csv' | 'json' | 'arrow' | 'parquet' | 'text';

const BY_EXTENSION: Record<string, Format> = {
	csv: 'csv',
	tsv: 'csv',
	json: 'json',
	arrow: 'arrow',
	arrows: 'arrow',
	feather: 'arrow',
	ipc: 'arrow',
	parquet: 'parquet',
	pq: 'parquet',
	txt: 'text',
	md: 'text'
};

/** What the file picker offers; the reader still decides by content when the name says nothing. */
export const ACCEPT = Object.keys(BY_EXTENSION)
	.map((e) => `.${e}`)
	.join(',');

const startsWith = (bytes: Uint8Array, magic: string) => [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));

/** `head`: the file's first bytes (16 are enough). null when neither the name nor the content tells. */
export function formatOf(name: string, head: Uint8Array): Format | null {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
	if (startsWith(head, 'PAR1')) return 'parquet';
	// An Arrow file starts ARROW1; a stream starts with the continuation marker 0xFFFFFFFF.
	if (startsWith(head, 'ARROW1') || (head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff)) return 'arrow';
	const first = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart()[0];
	if (first === '[' || first === '{') return 'json';
	return null;
}
