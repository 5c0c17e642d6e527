// The browser's copy of the imports (IndexedDB): each committed import's staged tables, replayed on the bundled data after a reload.
import type { Mode, StagedTables } from './stage';

export const DB_NAME = 'bomca-atlas';
export const STORE = 'imports';
const VERSION = 1;

/** One committed import. `scope` is the dataset folder it was made on: imports on a benchmark dataset stay there. */
export interface StoredImport {
	scope: string;
	mode: Mode;
	/** The file name or "pasted text", for the notice after a reload. */
	label: string;
	at: string;
	events: number;
	tables: StagedTables;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

function open(): Promise<IDBDatabase> {
	const r = indexedDB.open(DB_NAME, VERSION);
	r.onupgradeneeded = () => {
		const db = r.result;
		if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { autoIncrement: true }).createIndex('scope', 'scope');
	};
	return request(r);
}

async function withStore<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
	const db = await open();
	try {
		const tx = db.transaction(STORE, mode);
		const [result] = await Promise.all([body(tx.objectStore(STORE)), done(tx)]);
		return result;
	} finally {
		db.close();
	}
}

/** Whether anything is stored for `scope`, readable or not; cheap: counts keys only. */
export async function hasImports(scope: string): Promise<boolean> {
	return withStore('readonly', async (s) => (await request(s.index('scope').count(scope))) > 0);
}

/** The stored imports of `scope`, oldest first, each with its key (to remove it alone if it cannot be read). */
export async function loadImports(scope: string): Promise<(StoredImport & { key: IDBValidKey })[]> {
	return withStore('readonly', async (s) => {
		const index = s.index('scope');
		const [values, keys] = await Promise.all([request(index.getAll(scope) as IDBRequest<StoredImport[]>), request(index.getAllKeys(scope))]);
		return values.map((v, i) => ({ ...v, key: keys[i] }));
	});
}

/** Removes some stored imports by key (the unreadable ones), keeping the rest. */
export async function deleteImports(keys: IDBValidKey[]): Promise<void> {
	await withStore('readwrite', async (s) => {
		for (const k of keys) s.delete(k);
	});
}

/** Keeps one more import; a replacing one makes every earlier one of its scope moot, so they go. */
export async function appendImport(entry: StoredImport): Promise<void> {
	await withStore('readwrite', async (s) => {
		if (entry.mode === 'replace') await deleteScope(s, entry.scope);
		await request(s.add(entry));
	});
}

export async function clearImports(scope: string): Promise<void> {
	await withStore('readwrite', (s) => deleteScope(s, scope));
}

async function deleteScope(s: IDBObjectStore, scope: string): Promise<void> {
	const keys = await request(s.index('scope').getAllKeys(scope));
	for (const k of keys) s.delete(k);
}

/** Last resort when the store itself is unreadable: the whole database goes. */
export function deleteStore(): Promise<void> {
	return new Promise((resolve, reject) => {
		const r = indexedDB.deleteDatabase(DB_NAME);
		r.onsuccess = () => resolve();
		r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be deleted'));
		r.onblocked = () => resolve();
	});
}
