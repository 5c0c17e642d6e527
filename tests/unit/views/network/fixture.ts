// A synthetic network about the size of the real registry, the same on every run (seeded), for the layout and label tests.
import { mulberry32 as prng } from '../../../../scripts/prng';
import type { LayoutEdge, LayoutNode } from '../../../../src/lib/views/network/force';

export const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'LVA'];

/** About the size of the real registry: 6 countries' agencies, 10 international partners, edges mostly within a country. */
export function network(seed = 7): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
	const rnd = prng(seed);
	const nodes: LayoutNode[] = [];
	for (const c of COUNTRIES) {
		const count = c === 'LVA' ? 4 : 14;
		for (let i = 0; i < count; i++) nodes.push({ id: `${c.toLowerCase()}-${i}`, group: c, total: 1 + Math.floor(rnd() * 30) });
	}
	for (let i = 0; i < 10; i++) nodes.push({ id: `partner-${i}`, group: '', total: 5 + Math.floor(rnd() * 60) });
	const edges = new Map<string, LayoutEdge>();
	const add = (a: LayoutNode, b: LayoutNode) => {
		if (a.id === b.id) return;
		const [source, target] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
		const key = `${source}|${target}`;
		const e = edges.get(key) ?? { source, target, total: 0 };
		e.total += 1 + Math.floor(rnd() * 4);
		edges.set(key, e);
	};
	for (const a of nodes) {
		const own = nodes.filter((b) => b.group === a.group);
		for (let k = 0; k < 3; k++) add(a, own[Math.floor(rnd() * own.length)]);
		const partners = nodes.filter((b) => b.group === '');
		add(a, partners[Math.floor(rnd() * partners.length)]);
		if (rnd() < 0.3) add(a, nodes[Math.floor(rnd() * nodes.length)]);
	}
	return { nodes, edges: [...edges.values()] };
}
