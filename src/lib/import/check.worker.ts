// The import's row checks off the page's thread: raw rows in (Arrow IPC from DuckDB), problems and staging rows out (Arrow IPC for DuckDB), so a 100 MB file never stalls the page.
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { toRows } from '../db/rows';
import { parseRegistry } from '../ingest/registry';
import { checkBatch, ROW_TABLES, type RowTable } from './batch';
import type { ImportRecord } from './schema';
import { importContext, type ImportContext, type ImportError } from './validate';

export type CheckRequest =
	| { type: 'init'; registry: { places: string; orgs: string; topics: string }; source: string }
	| { type: 'batch'; id: number; bytes: Uint8Array; build: boolean };

export type CheckReply =
	| { type: 'batch'; id: number; errors: ImportError[]; errorCount: number; events: number; tables: Partial<Record<RowTable, Uint8Array>> | null }
	| { type: 'failed'; id: number; message: string };

let ctx: ImportContext | null = null;
let source = '';

self.onmessage = (e: MessageEvent<CheckRequest>) => {
	const msg = e.data;
	if (msg.type === 'init') {
		ctx = importContext(parseRegistry(msg.registry));
		source = msg.source;
		return;
	}
	try {
		if (!ctx) throw new Error('the check worker has no registry');
		const raw = toRows<ImportRecord & { __row: number }>(tableFromIPC(msg.bytes));
		const res = checkBatch(raw, ctx, source, msg.build);
		const tables: Partial<Record<RowTable, Uint8Array>> | null = res.tables ? {} : null;
		const transfer: ArrayBuffer[] = [];
		if (res.tables && tables) {
			for (const t of ROW_TABLES) {
				if (!res.tables[t].numRows) continue;
				const bytes = tableToIPC(res.tables[t], 'stream');
				tables[t] = bytes;
				transfer.push(bytes.buffer as ArrayBuffer);
			}
		}
		const reply: CheckReply = { type: 'batch', id: msg.id, errors: res.errors, errorCount: res.errorCount, events: res.events, tables };
		(self as unknown as Worker).postMessage(reply, transfer);
	} catch (err) {
		const reply: CheckReply = { type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) };
		(self as unknown as Worker).postMessage(reply);
	}
};
