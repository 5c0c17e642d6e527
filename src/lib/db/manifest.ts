// The dataset manifest (static/data/manifest.json): which Arrow file holds each table, when it was generated, row counts.
import { TABLE_NAMES, type TableName } from '$lib/model/tables';

export interface Manifest {
	tables: Record<TableName, string>;
	generated: string;
	counts: Partial<Record<string, number>>;
}

/** A plain file name next to the manifest: no path, no scheme, so nothing is fetched from another place. */
const FILE_NAME = /^[\w][\w.-]*$/;

/** Checks the manifest's shape; every table of the model must have a file. Throws with the first problem found. */
export function parseManifest(json: unknown): Manifest {
	if (typeof json !== 'object' || json === null) throw new Error('manifest.json is not a JSON object');
	const { tables, generated, counts } = json as Record<string, unknown>;
	if (typeof tables !== 'object' || tables === null) throw new Error('manifest.json has no "tables" object');
	const files = tables as Record<string, unknown>;
	const missing = TABLE_NAMES.filter((name) => typeof files[name] !== 'string');
	if (missing.length > 0) throw new Error(`manifest.json lists no file for table(s): ${missing.join(', ')}`);
	for (const name of TABLE_NAMES) {
		const file = files[name] as string;
		if (!FILE_NAME.test(file)) throw new Error(`manifest.json: file "${file}" of table ${name} is not a plain file name`);
	}
	if (counts !== undefined && (typeof counts !== 'object' || counts === null)) {
		throw new Error('manifest.json: "counts" is not an object');
	}
	return {
		tables: Object.fromEntries(TABLE_NAMES.map((name) => [name, files[name] as string])) as Record<TableName, string>,
		generated: typeof generated === 'string' ? generated : '',
		counts: (counts ?? {}) as Partial<Record<string, number>>
	};
}
