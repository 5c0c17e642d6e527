// The network's link threshold and neighbourhoods: the strongest links with fixed tie-breaks (checked against a full ranking), the default count, the active node's own links, a node's partners in order.
import { describe, expect, it } from 'vitest';
import {
	clampThreshold,
	DEFAULT_MAX,
	DEFAULT_MIN,
	defaultThreshold,
	neighbourhood,
	strongestLinks,
	thresholdStep,
	type Link
} from '../../../../src/lib/views/network/links';
import { network } from './fixture';

const link = (source: string, target: string, n: number, total = n): Link => ({ source, target, n, total });

/** Every link ranked in full: the order strongestLinks keeps without sorting them all. */
function ranked(links: Link[]): Link[] {
	const key = (e: Link) => [e.source, e.target].sort().join('\n');
	return [...links].sort((a, b) => b.n - a.n || b.total - a.total || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('strongestLinks', () => {
	it('orders by filtered shared events, then by all shared events, then by the pair of ids', () => {
		const links = [link('a', 'b', 2, 9), link('c', 'd', 5, 5), link('b', 'c', 2, 12), link('d', 'e', 2, 9), link('a', 'c', 2, 9)];
		expect(strongestLinks(links, links.length, null).map((e) => `${e.source}-${e.target}`)).toEqual(['c-d', 'b-c', 'a-b', 'a-c', 'd-e']);
	});

	it('gives the same links whatever the input order, and whichever end is the source', () => {
		const { edges } = network();
		const links = edges.map((e, i) => link(e.source, e.target, e.total % 4, e.total + (i % 2)));
		const pairs = (ls: Link[]) => ls.map((e) => [e.source, e.target].sort().join('|'));
		const forward = pairs(strongestLinks(links, 12, null));
		const flipped = pairs(strongestLinks([...links].reverse().map((e) => link(e.target, e.source, e.n, e.total)), 12, null));
		expect(flipped).toEqual(forward);
		expect(forward).toHaveLength(12);
	});

	const five = [link('a', 'b', 9), link('b', 'c', 7), link('c', 'd', 5), link('d', 'e', 3), link('a', 'e', 1)];

	it('keeps the strongest `count` links', () => {
		expect(strongestLinks(five, 2, null).map((e) => e.n)).toEqual([9, 7]);
		expect(strongestLinks(five, 0, null)).toEqual([]);
	});

	it('adds every link of the active node, strongest first', () => {
		expect(strongestLinks(five, 1, 'e').map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'd-e', 'a-e']);
		expect(strongestLinks(five, 0, 'a').map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'a-e']);
	});

	it('is the first `count` of every link ranked in full, with the active node’s own, on random links with many ties', () => {
		let seed = 7;
		const rand = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % m);
		for (let round = 0; round < 40; round++) {
			const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
			// Each pair once, either way round, as the index gives them.
			const pairs = new Map<string, Link>();
			for (let i = 0; i < 60; i++) {
				const [a, b] = [ids[rand(12)], ids[rand(12)]];
				if (a !== b) pairs.set([a, b].sort().join(), link(a, b, rand(4), 4 + rand(3)));
			}
			const links = [...pairs.values()];
			const count = rand(25);
			const active = rand(3) ? ids[rand(12)] : null;
			const all = ranked(links);
			const want = all.filter((e, i) => i < count || (!!active && (e.source === active || e.target === active)));
			expect(strongestLinks(links, count, active)).toEqual(want);
		}
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
