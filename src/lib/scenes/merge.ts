// Scenes read from a file joined to the saved list: the new ones appended in the file's order, the ones already there (or repeated) skipped.
import type { Scene } from './scenes';

const same = (a: Scene, b: Scene) => JSON.stringify(a) === JSON.stringify(b);

export function addNewScenes(saved: Scene[], incoming: Scene[]): { scenes: Scene[]; added: number; skipped: number } {
	const fresh = incoming.filter((s, i) => !saved.some((t) => same(s, t)) && !incoming.slice(0, i).some((t) => same(s, t)));
	return { scenes: [...saved, ...fresh], added: fresh.length, skipped: incoming.length - fresh.length };
}
