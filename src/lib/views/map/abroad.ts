// Places outside the map's Central Asian frame (study visits in Riga, conferences in Vienna): where the camera goes to show them.
import { inBox, type Box } from './mapRegion';

export interface AbroadMark {
	lon: number | null;
	lat: number | null;
	n: number;
}

/** Degrees added around the marks, so that a single city is shown with its surroundings, not as a point at the edge. */
const MARGIN = 3;

/** The box the camera fits to show `marks` (those with coordinates), or null when none has any. */
export function abroadBounds(marks: AbroadMark[]): Box | null {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const m of marks) {
		if (m.lon === null || m.lat === null) continue;
		w = Math.min(w, m.lon);
		e = Math.max(e, m.lon);
		s = Math.min(s, m.lat);
		n = Math.max(n, m.lat);
	}
	if (w === Infinity) return null;
	return [w - MARGIN, s - MARGIN, e + MARGIN, n + MARGIN];
}

/** Whether the camera's centre has left the Central Asian frame: then the control offers the way back. */
export function isAway(frame: Box, center: [number, number]): boolean {
	return !inBox(frame, center[0], center[1]);
}

/** Events at places outside the frame, for the control's label. */
export function abroadCount(marks: AbroadMark[]): number {
	return marks.reduce((s, m) => s + m.n, 0);
}
