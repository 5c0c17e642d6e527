// How the network's marks look: edge widths by the square root of shared events, the active node's edges and neighbourhood, faded and partly filtered nodes.
import { describe, expect, it } from 'vitest';
import type { NetworkEdgeRow, NetworkNodeRow } from '../../../../src/lib/crossfilter/rows';
import type { NodeInfo } from '../../../../src/lib/views/network/graph';
import { DIMMED_OPACITY } from '../../../../src/lib/views/palette';
import { drawEdges, drawNodes, EDGE_OPACITY, EDGE_WIDTH, edgeWidth } from '../../../../src/lib/views/network/style';
import { TEXT } from '../../../../src/lib/views/network/text';

const pos = new Map([
	['a', { x: 0, y: 0, r: 5 }],
	['b', { x: 10, y: 0, r: 5 }],
	['c', { x: 0, y: 10, r: 5 }]
]);
const edges: NetworkEdgeRow[] = [
	{ source: 'a', target: 'b', n: 16, total: 16 },
	{ source: 'b', target: 'c', n: 0, total: 4 },
	{ source: 'a', target: 'gone', n: 1, total: 1 }
];
const info = (name: string): NodeInfo => ({ dim: 'org', label: name, name: `${name} full`, country: 'Kazakhstan', colour: '#0072b2', group: 'KAZ' });
const infos = new Map(['a', 'b', 'c'].map((id) => [id, info(id)]));

describe('edges', () => {
	it('widths grow by the square root of the share of the heaviest edge; none left is a hairline', () => {
		expect(edgeWidth(16, 16)).toBe(EDGE_WIDTH.max);
		expect(edgeWidth(4, 16)).toBeCloseTo((EDGE_WIDTH.min + EDGE_WIDTH.max) / 2);
		expect(edgeWidth(0, 16)).toBe(EDGE_WIDTH.faded);
	});

	it('draws edges between drawn nodes only, light at rest and fainter with no event left', () => {
		const drawn = drawEdges(edges, pos, null);
		expect(drawn.map((e) => [e.key, e.hot, e.opacity])).toEqual([
			['a|b', false, EDGE_OPACITY],
			['b|c', false, DIMMED_OPACITY / 2]
		]);
		expect(drawn[0].width).toBe(EDGE_WIDTH.max);
	});

	it('with a node active, its edges stand out, drawn last (on top), and the rest almost vanish', () => {
		const drawn = drawEdges(edges, pos, 'a');
		expect(drawn.map((e) => [e.key, e.hot, e.opacity])).toEqual([
			['b|c', false, 0.04],
			['a|b', true, 0.85]
		]);
	});

	it('keeps the lines in one order whatever the ranking, so a re-ranked step moves no element', () => {
		const weak = { ...edges[0], n: 0 };
		const strong = { ...edges[1], n: 9 };
		expect(drawEdges([strong, weak], pos, null).map((e) => e.key)).toEqual(drawEdges([weak, strong], pos, null).map((e) => e.key));
	});
});

describe('drawNodes', () => {
	const rows: NetworkNodeRow[] = [
		{ id: 'a', n: 4, total: 16 },
		{ id: 'b', n: 3, total: 3 },
		{ id: 'c', n: 0, total: 2 },
		{ id: 'nowhere', n: 1, total: 1 }
	];

	it('fades nodes with no event left, and partly filtered ones show their share as an inner disc of that area', () => {
		const drawn = drawNodes(rows, pos, infos, null, new Set(), TEXT.en);
		expect(drawn.map((d) => [d.id, d.opacity, d.partial])).toEqual([
			['a', 1, true],
			['b', 1, false],
			['c', DIMMED_OPACITY, false]
		]);
		expect(drawn[0].inner).toBeCloseTo(2.5);
		expect(drawn[0].summary).toBe('a full, Kazakhstan, 4 of 16 events');
	});

	it('with a neighbourhood shown, fades the nodes outside it; the selected say so', () => {
		const drawn = drawNodes(rows, pos, infos, new Set(['a', 'b']), new Set(['b']), TEXT.ru);
		expect(drawn.map((d) => [d.id, d.opacity, d.selected])).toEqual([
			['a', 1, false],
			['b', 1, true],
			['c', DIMMED_OPACITY, false]
		]);
		expect(drawn[1].summary).toBe('b full, Kazakhstan, 3 события, выбрано');
	});
});
