// Feeding MapLibre: paint as feature-state only where it changed, layout sent at once for a lone change's new marks and after a rest otherwise.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { LAYOUT_DELAY_MS, SourceSync, StateSet, ZERO_LAYOUT, ZERO_PAINT, type PaintState } from '../../../../src/lib/views/map/sync';

const point = (key: string, r: number, n = 1): Feature<Point> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [70, 40] },
	properties: { key, r, n }
});
const collection = (...features: Feature<Point>[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A source that keeps what it was told, as MapLibre would. */
function recordingSource() {
	const painted: [string, PaintState][] = [];
	const sent: Feature[][] = [];
	const sync = new SourceSync(
		{ paint: (key, state) => painted.push([key, state]), send: (features) => sent.push(features) },
		(p) => p.key as string,
		(p) => ({ r: p.r as number }),
		LAYOUT_DELAY_MS,
		() => Date.now()
	);
	return { sync, painted, sent };
}

describe('SourceSync', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('sends the first data at once and paints every mark', () => {
		const { sync, painted, sent } = recordingSource();
		sync.update(collection(point('a', 4), point('b', 6)));
		expect(painted).toEqual([
			['a', { r: 4 }],
			['b', { r: 6 }]
		]);
		expect(sent).toHaveLength(1);
		expect(sent[0].map((f) => f.properties?.key)).toEqual(['a', 'b']);
	});

	it('repaints only the marks that changed, and sends the layout once the data rests', () => {
		const { sync, painted, sent } = recordingSource();
		sync.update(collection(point('a', 4), point('b', 6)));
		painted.length = 0;
		sync.update(collection(point('a', 4), point('b', 7)));
		sync.update(collection(point('a', 5), point('b', 7)));
		expect(painted).toEqual([
			['b', { r: 7 }],
			['a', { r: 5 }]
		]);
		expect(sent).toHaveLength(1);
		vi.advanceTimersByTime(LAYOUT_DELAY_MS - 1);
		expect(sent).toHaveLength(1);
		vi.advanceTimersByTime(1);
		// One layout for the two steps, with the last data.
		expect(sent).toHaveLength(2);
		expect(sent[1].map((f) => f.properties?.r)).toEqual([5, 7]);
	});

	it('sends at once when a new mark comes with a lone change', () => {
		const { sync, sent } = recordingSource();
		sync.update(collection(point('a', 4)));
		vi.advanceTimersByTime(LAYOUT_DELAY_MS);
		sync.update(collection(point('a', 4), point('c', 2)));
		expect(sent).toHaveLength(2);
		expect(sent[1].map((f) => f.properties?.key)).toEqual(['a', 'c']);
	});

	it('within a stream, paints a new mark at once and sends it with the layout once the data rests', () => {
		const { sync, painted, sent } = recordingSource();
		sync.update(collection(point('a', 4)));
		painted.length = 0;
		vi.advanceTimersByTime(100);
		sync.update(collection(point('a', 5), point('c', 2)));
		vi.advanceTimersByTime(100);
		sync.update(collection(point('a', 6), point('c', 3), point('d', 1)));
		expect(sent).toHaveLength(1);
		expect(painted).toEqual([
			['a', { r: 5 }],
			['c', { r: 2 }],
			['a', { r: 6 }],
			['c', { r: 3 }],
			['d', { r: 1 }]
		]);
		vi.advanceTimersByTime(LAYOUT_DELAY_MS);
		expect(sent).toHaveLength(2);
		expect(sent[1].map((f) => f.properties?.key)).toEqual(['a', 'c', 'd']);
	});

	it('keeps a mark that left the data in the source, empty, so its return only repaints it', () => {
		const { sync, painted, sent } = recordingSource();
		sync.update(collection(point('a', 4, 3), point('b', 6, 2)));
		painted.length = 0;
		sync.update(collection(point('a', 4, 3)));
		expect(painted).toEqual([['b', ZERO_PAINT]]);
		vi.advanceTimersByTime(LAYOUT_DELAY_MS);
		const b = sent[1].find((f) => f.properties?.key === 'b');
		expect(b?.properties).toMatchObject(ZERO_LAYOUT);
		painted.length = 0;
		sync.update(collection(point('a', 4, 3), point('b', 6, 2)));
		expect(painted).toEqual([['b', { r: 6 }]]);
		// No new mark: the layout waits for the rest again.
		expect(sent).toHaveLength(2);
	});

	it('drops a waiting layout when stopped', () => {
		const { sync, sent } = recordingSource();
		sync.update(collection(point('a', 4)));
		sync.update(collection(point('a', 5)));
		sync.stop();
		vi.advanceTimersByTime(LAYOUT_DELAY_MS * 2);
		expect(sent).toHaveLength(1);
	});
});

describe('StateSet', () => {
	it('sets every id given and resets those that left', () => {
		const shading = new StateSet({ share: 0 });
		expect(
			shading.changes(
				new Map([
					['KAZ', { share: 1 }],
					['KGZ', { share: 0.5 }]
				])
			)
		).toEqual([
			['KAZ', { share: 1 }],
			['KGZ', { share: 0.5 }]
		]);
		expect(shading.changes(new Map([['UZB', { share: 0.7 }]]))).toEqual([
			['UZB', { share: 0.7 }],
			['KAZ', { share: 0 }],
			['KGZ', { share: 0 }]
		]);
		expect(shading.changes(new Map())).toEqual([['UZB', { share: 0 }]]);
		expect(shading.changes(new Map())).toEqual([]);
	});
});
