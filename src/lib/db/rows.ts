// Arrow query results as plain rows: BIGINT → number, DATE → 'YYYY-MM-DD', lists → arrays, structs → objects.
import { DataType, type Table } from 'apache-arrow';

/** One row per record of `table`, keyed by column name. */
export function toRows<T>(table: Table): T[] {
	const fields = table.schema.fields;
	const columns = fields.map((_, i) => table.getChildAt(i));
	const rows: Record<string, unknown>[] = [];
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		fields.forEach((field, c) => {
			row[field.name] = toPlain(columns[c]?.get(r), field.type);
		});
		rows.push(row);
	}
	return rows as T[];
}

/** A value as read from an Arrow vector, made safe for JSON, Svelte and d3. */
export function toPlain(value: unknown, type: DataType): unknown {
	if (value == null) return null;
	if (DataType.isDate(type)) return toIsoDay(value);
	if (typeof value === 'bigint') return Number(value);
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
		const child = type.children[0].type;
		return Array.from(value as Iterable<unknown>, (v) => toPlain(v, child));
	}
	if (DataType.isStruct(type)) {
		const record = value as Record<string, unknown>;
		return Object.fromEntries(type.children.map((f) => [f.name, toPlain(record[f.name], f.type)]));
	}
	return value;
}

/** Arrow gives dates as epoch milliseconds (or a Date); the dataset's dates are calendar days in UTC. */
function toIsoDay(value: unknown): string {
	const ms = value instanceof Date ? value.getTime() : Number(value);
	return new Date(ms).toISOString().slice(0, 10);
}
