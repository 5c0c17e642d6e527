// Arrow encoding of the dataset's tables: the typed columnar form DuckDB-WASM inserts with no network.
import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Table,
	Utf8,
	tableFromIPC,
	tableToIPC,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import { TABLES, type ColumnType, type Row, type TableName } from './tables';

const DAY_MS = 86_400_000;

function arrowType(t: ColumnType): DataType {
	switch (t) {
		case 'VARCHAR':
			return new Utf8();
		case 'INTEGER':
			return new Int32();
		case 'DOUBLE':
			return new Float64();
		case 'BOOLEAN':
			return new Bool();
		case 'DATE':
			return new DateDay();
	}
}

/** YYYY-MM-DD → a UTC Date, the value Arrow's DateDay builder expects. */
function toDate(v: unknown): Date | null {
	if (v == null || v === '') return null;
	const ms = Date.parse(`${String(v)}T00:00:00Z`);
	return Number.isNaN(ms) ? null : new Date(Math.round(ms / DAY_MS) * DAY_MS);
}

export function toArrowTable(name: TableName, rows: Row[]): Table {
	const columns: Record<string, ReturnType<typeof vectorFromArray>> = {};
	for (const [col, type] of Object.entries(TABLES[name]) as [string, ColumnType][]) {
		const values = rows.map((r) => (type === 'DATE' ? toDate(r[col]) : (r[col] ?? null)));
		columns[col] = vectorFromArray(values, arrowType(type) as never);
	}
	return new Table(columns);
}

export function toArrowIPC(name: TableName, rows: Row[]): Uint8Array {
	return tableToIPC(toArrowTable(name, rows), 'file');
}

export function fromArrowIPC(bytes: Uint8Array): Table {
	return tableFromIPC(bytes);
}
