// The views' pose for a slide: held while the export's work runs, cleared after it (also when it fails), one at a time.
import { describe, expect, it } from 'vitest';
import { ViewPose } from '../../../src/lib/views/pose.svelte';

const box = (width: number) => ({ width, height: 400, scale: 1.8 });

describe('ViewPose', () => {
	it('gives each posed view its box while the work runs, and none after', async () => {
		const pose = new ViewPose();
		const seen = await pose.hold({ map: box(1000), network: box(500) }, async () => [pose.of('map'), pose.of('network'), pose.of('timeline')]);
		expect(seen).toEqual([box(1000), box(500), null]);
		expect(pose.of('map')).toBeNull();
	});

	it('puts the views back when the work fails, and passes the failure on', async () => {
		const pose = new ViewPose();
		await expect(pose.hold({ map: box(1000) }, async () => Promise.reject(new Error('no picture')))).rejects.toThrow('no picture');
		expect(pose.of('map')).toBeNull();
	});

	it('runs a second pose after the first has ended, never both at once', async () => {
		const pose = new ViewPose();
		const log: string[] = [];
		let release = () => {};
		const gate = new Promise<void>((r) => (release = r));
		const first = pose.hold({ map: box(1) }, async () => {
			log.push(`first ${pose.of('map')?.width}`);
			await gate;
			log.push('first ends');
		});
		const second = pose.hold({ map: box(2) }, async () => void log.push(`second ${pose.of('map')?.width}`));
		await new Promise((r) => setTimeout(r, 10));
		expect(log).toEqual(['first 1']);
		release();
		await Promise.all([first, second]);
		expect(log).toEqual(['first 1', 'first ends', 'second 2']);
	});
});
