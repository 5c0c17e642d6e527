// The network's matrix: agencies as rows and partners as columns in the nodes' order, counts and shades per pair, unlinked rows and columns left out.
import { describe, expect, it } from 'vitest';
import { buildMatrix, cellPaint } from '../../../../src/lib/views/network/matrix';
import type { Link } from '../../../../src/lib/views/network/links';

const link = (source: string, target: string, n: number, total = n): Link => ({ source, target, n, total });
const partners = new Set(['eu', 'osce', 'unodc']);
const isPartner = (id: string) => partners.has(id);

describe('buildMatrix', () => {
	const ranked = ['eu', 'kaz-bg', 'osce', 'kgz-bg', 'unodc', 'tjk-cs'];
	const links = [link('kaz-bg', 'eu', 4, 6), link('eu', 'kgz-bg', 2), link('osce', 'kgz-bg', 8, 10), link('kaz-bg', 'kgz-bg', 5), link('eu', 'osce', 3)];
	const m = buildMatrix(ranked, isPartner, links);

	it('puts agencies in rows and partners in columns, in rank order, leaving out those without a cross link', () => {
		expect(m.cols).toEqual(['eu', 'osce']);
		expect(m.rows.map((r) => r.id)).toEqual(['kaz-bg', 'kgz-bg']);
	});

	it('fills each cell from the link whichever end is the partner, shading by the largest count', () => {
		const kgz = m.rows[1];
		expect(kgz.cells.map((c) => [c.col, c.n, c.total])).toEqual([
			['eu', 2, 2],
			['osce', 8, 10]
		]);
		expect(kgz.sum).toBe(10);
		expect(m.max).toBe(8);
		expect(kgz.cells[1].shade).toBe(1);
		expect(m.rows[0].cells[1]).toEqual({ col: 'osce', n: 0, total: 0, shade: 0 });
	});

	it('is empty without links between the two sides', () => {
		expect(buildMatrix(ranked, isPartner, [link('kaz-bg', 'kgz-bg', 3)])).toEqual({ cols: [], rows: [], max: 1 });
	});
});

describe('cellPaint', () => {
	it('white for none, darker with more, light text on the dark cells', () => {
		expect(cellPaint(0)).toEqual({ background: 'rgb(255, 255, 255)', light: false });
		expect(cellPaint(1)).toEqual({ background: 'rgb(47, 74, 122)', light: true });
		expect(cellPaint(0.05).light).toBe(false);
	});
});
