// The network's link threshold and neighbourhoods: ranking by strength with fixed tie-breaks, the default count, the active node's own links, a node's partners in order.
import { describe, expect, it } from 'vitest';
import {
	clampThreshold,
	DEFAULT_MAX,
	DEFAULT_MIN,
	defaultThreshold,
	neighbourhood,
	rankLinks,
	thresholdStep,
	visibleLinks,
	type Link
} from '../../../../src/lib/views/network/links';
import { network } from './fixture';

const link = (source: string, target: string, n: number, total = n): Link => ({ source, target, n, total });

describe('rankLinks', () => {
	it('orders by filtered shared events, then by all shared events, then by the pair of ids', () => {
		const links = [link('a', 'b', 2, 9), link('c', 'd', 5, 5), link('b', 'c', 2, 12), link('d', 'e', 2, 9), link('a', 'c', 2, 9)];
		expect(rankLinks(links).map((e) => `${e.source}-${e.target}`)).toEqual(['c-d', 'b-c', 'a-b', 'a-c', 'd-e']);
	});

	it('gives the same order whatever the input order, and whichever end is the source', () => {
		const { edges } = network();
		const links = edges.map((e, i) => link(e.source, e.target, e.total % 4, e.total + (i % 2)));
		const forward = rankLinks(links).map((e) => [e.source, e.target].sort().join('|'));
		const flipped = rankLinks([...links].reverse().map((e) => link(e.target, e.source, e.n, e.total))).map((e) =>
			[e.source, e.target].sort().join('|')
		);
		expect(flipped).toEqual(forward);
		expect(links).toHaveLength(edges.length);
	});
});

describe('defaultThreshold', () => {
	it('about one link for every two nodes, within bounds, never more than there are links', () => {
		expect(defaultThreshold(45, 300)).toBe(23);
		expect(defaultThreshold(90, 773)).toBe(45);
		expect(defaultThreshold(4, 300)).toBe(DEFAULT_MIN);
		expect(defaultThreshold(200, 1960)).toBe(DEFAULT_MAX);
		expect(defaultThreshold(45, 20)).toBe(20);
		expect(defaultThreshold(45, 5)).toBe(5);
		expect(defaultThreshold(0, 0)).toBe(0);
	});

	it('clamps a user threshold to the links there are, and steps more among many links', () => {
		expect(clampThreshold(70, 40)).toBe(40);
		expect(clampThreshold(-3, 40)).toBe(0);
		expect(clampThreshold(Number.NaN, 40)).toBe(0);
		expect(clampThreshold(12.6, 40)).toBe(13);
		expect(thresholdStep(50)).toBeLessThan(thresholdStep(1960));
	});
});

describe('visibleLinks', () => {
	const ranked = rankLinks([link('a', 'b', 9), link('b', 'c', 7), link('c', 'd', 5), link('d', 'e', 3), link('a', 'e', 1)]);

	it('keeps the strongest `count` links', () => {
		expect(visibleLinks(ranked, 2, null).map((e) => e.n)).toEqual([9, 7]);
		expect(visibleLinks(ranked, 0, null)).toEqual([]);
	});

	it('adds every link of the active node, strongest first', () => {
		expect(visibleLinks(ranked, 1, 'e').map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'd-e', 'a-e']);
	});
});

describe('neighbourhood', () => {
	it('lists whom a node shares events with, most first, from either end of its links', () => {
		const links = [link('frontex', 'kgz-bg', 4, 6), link('kaz-bg', 'frontex', 7, 7), link('kaz-bg', 'kgz-bg', 9, 9), link('frontex', 'osce', 4, 8)];
		expect(neighbourhood('frontex', links)).toEqual([
			{ id: 'kaz-bg', n: 7, total: 7 },
			{ id: 'osce', n: 4, total: 8 },
			{ id: 'kgz-bg', n: 4, total: 6 }
		]);
		expect(neighbourhood('nobody', links)).toEqual([]);
	});
});
