// The network's canvas picture: what is painted for edges, nodes and labels, recorded from the calls a 2D context receives.
import { describe, expect, it } from 'vitest';
import { LABEL_PX, paintedLabels, paintNetwork, type Paintable, type PaintedLabel } from '../../../../src/lib/views/network/paint';
import type { DrawnEdge, DrawnNode } from '../../../../src/lib/views/network/style';

/** A 2D context that keeps every call and every state it was in at each call. */
function recorder() {
	const calls: { op: string; args: unknown[]; alpha: number; font: string; align: string; fill: string; stroke: string }[] = [];
	const state = { globalAlpha: 1, font: '', textAlign: 'start', fillStyle: '#000', strokeStyle: '#000' };
	const ctx: Record<string, unknown> = { ...state, lineWidth: 1, lineCap: 'butt', lineJoin: 'miter', textBaseline: 'alphabetic', direction: 'inherit' };
	for (const op of ['setTransform', 'clearRect', 'beginPath', 'moveTo', 'lineTo', 'arc', 'fill', 'stroke', 'fillText', 'strokeText'])
		ctx[op] = (...args: unknown[]) =>
			calls.push({
				op,
				args,
				alpha: ctx.globalAlpha as number,
				font: ctx.font as string,
				align: ctx.textAlign as string,
				fill: ctx.fillStyle as string,
				stroke: ctx.strokeStyle as string
			});
	return { ctx: ctx as unknown as Paintable, calls };
}

const node = (id: string, x: number, extra: Partial<DrawnNode> = {}): DrawnNode => ({
	id,
	n: 4,
	total: 4,
	x,
	y: 50,
	r: 10,
	colour: '#0072b2',
	opacity: 1,
	selected: false,
	partial: false,
	inner: 0,
	summary: id,
	...extra
});
const edge = (a: DrawnNode, b: DrawnNode, extra: Partial<DrawnEdge> = {}): DrawnEdge => ({
	source: a.id,
	target: b.id,
	n: 2,
	total: 2,
	key: `${a.id}|${b.id}`,
	a,
	b,
	hot: false,
	width: 2,
	opacity: 0.22,
	...extra
});
const label = (id: string, text: string, anchor: PaintedLabel['anchor'] = 'start'): PaintedLabel & { alpha: number } => ({
	id,
	text,
	x: 0,
	y: 0,
	anchor,
	box: { x0: 0, y0: 0, x1: 1, y1: 1 },
	form: 0,
	alpha: 1
});

describe('paintedLabels', () => {
	const nodes = [node('a', 10), node('b', 40, { opacity: 0.2 })];
	const labels = [label('a', 'Alpha'), label('b', 'Beta')];

	it('fades a faded node’s label with it on the dashboard', () => {
		expect(paintedLabels(labels, nodes, false).map((l) => [l.text, l.alpha])).toEqual([
			['Alpha', 1],
			['Beta', 0.2]
		]);
	});

	it('leaves a faded node unlabelled on a slide', () => {
		expect(paintedLabels(labels, nodes, true).map((l) => l.text)).toEqual(['Alpha']);
	});
});

describe('paintNetwork', () => {
	const a = node('a', 10);
	const b = node('b', 60, { selected: true });
	const c = node('c', 110, { partial: true, n: 1, inner: 5, colour: '#d55e00' });

	it('clears the whole canvas, then paints at the picture’s ratio', () => {
		const { ctx, calls } = recorder();
		paintNetwork(ctx, { edges: [], nodes: [], labels: [], active: null, width: 100, height: 50, ratio: 2 });
		expect(calls.slice(0, 3).map((c) => [c.op, c.args])).toEqual([
			['setTransform', [1, 0, 0, 1, 0, 0]],
			['clearRect', [0, 0, 200, 100]],
			['setTransform', [2, 0, 0, 2, 0, 0]]
		]);
	});

	it('draws edges first, each once, from node to node at its opacity', () => {
		const { ctx, calls } = recorder();
		paintNetwork(ctx, { edges: [edge(a, b), edge(b, c, { hot: true, opacity: 0.85 })], nodes: [a, b, c], labels: [], active: 'b', width: 200, height: 100, ratio: 1 });
		const lines = calls.filter((c) => c.op === 'moveTo' || c.op === 'lineTo').slice(0, 4);
		expect(lines.map((c) => c.args)).toEqual([
			[10, 50],
			[60, 50],
			[60, 50],
			[110, 50]
		]);
		const strokes = calls.filter((c) => c.op === 'stroke');
		expect(strokes.slice(0, 2).map((s) => [s.alpha, s.stroke])).toEqual([
			[0.22, '#5b6475'],
			[0.85, '#1d2433']
		]);
		// Every node's disc comes after the last edge.
		const lastEdge = calls.findIndex((c) => c.op === 'lineTo' && (c.args as number[])[0] === 110);
		expect(calls.findIndex((c) => c.op === 'arc')).toBeGreaterThan(lastEdge);
	});

	it('rings a selected node, draws a partial node’s share inside and outlines the active node', () => {
		const { ctx, calls } = recorder();
		paintNetwork(ctx, { edges: [], nodes: [a, b, c], labels: [], active: 'a', width: 200, height: 100, ratio: 1 });
		const radii = (x: number) => calls.filter((c) => c.op === 'arc' && (c.args as number[])[0] === x).map((c) => (c.args as number[])[2]);
		expect(radii(10)).toEqual([10, 10]);
		expect(radii(60)).toEqual([10, 13, 10]);
		expect(radii(110)).toEqual([10, 10, 5]);
		const fills = calls.filter((c) => c.op === 'fill' && c.fill === '#d55e00').map((c) => c.alpha);
		expect(fills).toEqual([0.3, 1]);
		const outline = calls.filter((c) => c.op === 'stroke' && c.stroke === '#1d2433');
		expect(outline).toHaveLength(1);
	});

	it('sets each label with a white halo under the ink, aligned to its anchor, in the label font', () => {
		const { ctx, calls } = recorder();
		const labels = [label('a', 'Alpha', 'end'), { ...label('c', 'Gamma', 'middle'), alpha: 0.3 }];
		paintNetwork(ctx, { edges: [], nodes: [a, c], labels, active: null, width: 200, height: 100, ratio: 1 });
		const text = calls.filter((c) => c.op === 'strokeText' || c.op === 'fillText');
		expect(text.map((c) => [c.op, c.args[0], c.align, c.alpha])).toEqual([
			['strokeText', 'Alpha', 'right', 1],
			['fillText', 'Alpha', 'right', 1],
			['strokeText', 'Gamma', 'center', 0.3],
			['fillText', 'Gamma', 'center', 0.3]
		]);
		expect(text[0].stroke).toBe('#ffffff');
		expect(text[1].fill).toBe('#1d2433');
		expect(text[0].font).toContain(`${LABEL_PX}px`);
	});
});
