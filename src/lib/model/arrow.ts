// Arrow encoding of the dataset's tables: the typed columnar form DuckDB-WASM inserts with no network.
import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Table,
	Utf8,
	DataType,
	tableFromIPC,
	tableToIPC,
	makeData,
	makeVector,
	Precision,
	type Vector
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

/**
 * A vector of `values` (null or undefined for a missing one) written straight into Arrow buffers. Not `vectorFromArray`:
 * its builder compiles a null test with `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval')
 * forbids; filling the buffers directly is also several times faster for an import's large batches.
 */
export function vectorOf<T extends DataType>(values: readonly unknown[], type: T): Vector<T> {
	const n = values.length;
	const validity = new Uint8Array((n + 7) >> 3);
	let nullCount = 0;
	for (let i = 0; i < n; i++) {
		if (values[i] == null) nullCount++;
		else validity[i >> 3] |= 1 << (i & 7);
	}
	const common = { type, length: n, nullCount, nullBitmap: nullCount ? validity : undefined };
	if (DataType.isUtf8(type)) {
		const encoder = new TextEncoder();
		const offsets = new Int32Array(n + 1);
		let bytes = new Uint8Array(1024);
		let at = 0;
		for (let i = 0; i < n; i++) {
			const v = values[i];
			if (v != null) {
				const text = String(v);
				// UTF-8 needs at most 3 bytes per UTF-16 unit.
				if (at + text.length * 3 > bytes.length) {
					const grown = new Uint8Array(Math.max(bytes.length * 2, at + text.length * 3));
					grown.set(bytes.subarray(0, at));
					bytes = grown;
				}
				at += encoder.encodeInto(text, bytes.subarray(at)).written;
			}
			offsets[i + 1] = at;
		}
		return makeVector(makeData({ ...common, type: type as Utf8, valueOffsets: offsets, data: bytes.slice(0, at) })) as unknown as Vector<T>;
	}
	if (DataType.isBool(type)) {
		const bits = new Uint8Array((n + 7) >> 3);
		for (let i = 0; i < n; i++) if (values[i]) bits[i >> 3] |= 1 << (i & 7);
		return makeVector(makeData({ ...common, type: type as Bool, data: bits })) as unknown as Vector<T>;
	}
	if (DataType.isDate(type)) {
		const days = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			const v = values[i];
			if (v != null) days[i] = Math.floor((v instanceof Date ? v.getTime() : Number(v)) / DAY_MS);
		}
		return makeVector(makeData({ ...common, type: type as DateDay, data: days })) as unknown as Vector<T>;
	}
	if (DataType.isInt(type) && type.bitWidth === 32) {
		const ints = new Int32Array(n);
		for (let i = 0; i < n; i++) if (values[i] != null) ints[i] = Number(values[i]);
		return makeVector(makeData({ ...common, type: type as Int32, data: ints })) as unknown as Vector<T>;
	}
	if (DataType.isFloat(type) && type.precision === Precision.DOUBLE) {
		const floats = new Float64Array(n);
		for (let i = 0; i < n; i++) if (values[i] != null) floats[i] = Number(values[i]);
		return makeVector(makeData({ ...common, type: type as Float64, data: floats })) as unknown as Vector<T>;
	}
	throw new Error(`vectorOf: no writer for Arrow type ${type}`);
}

export function toArrowTable(name: TableName, rows: Row[]): Table {
	const columns: Record<string, Vector> = {};
	for (const [col, type] of Object.entries(TABLES[name]) as [string, ColumnType][]) {
		const values = rows.map((r) => (type === 'DATE' ? toDate(r[col]) : (r[col] ?? null)));
		columns[col] = vectorOf(values, arrowType(type));
	}
	return new Table(columns);
}

export function toArrowIPC(name: TableName, rows: Row[]): Uint8Array {
	return tableToIPC(toArrowTable(name, rows), 'file');
}

export function fromArrowIPC(bytes: Uint8Array): Table {
	return tableFromIPC(bytes);
}
