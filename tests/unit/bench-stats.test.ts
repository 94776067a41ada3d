// The benchmark's frame-time median, interpolated within vsync bins.
import { describe, expect, it } from 'vitest';

import { drawnFrameIntervals, frameMedian, pairedRatios } from '../../bench/stats';

const V = 1000 / 60;
describe('frameMedian', () => {
	it('lands mid-bin when all frames share one vsync count', () => {
		expect(frameMedian(Array(10).fill(7 * V))).toBeCloseTo(7 * V, 6);
	});

	it('moves by the share of frames that cross into the next bin, not by a whole vsync', () => {
		const before = frameMedian([...Array(50).fill(7 * V), ...Array(50).fill(8 * V)]);
		const after = frameMedian([...Array(45).fill(7 * V), ...Array(55).fill(8 * V)]);
		expect(after - before).toBeGreaterThan(0);
		expect(after - before).toBeLessThan(V / 2);
	});

	it('tolerates jitter around a vsync and returns NaN for no frames', () => {
		expect(frameMedian([116.4, 116.9, 116.6])).toBeCloseTo(7 * V, 0);
		expect(frameMedian([])).toBeNaN();
	});
});

describe('pairedRatios', () => {
	it('compares each run with its own bare run', () => {
		// Run 1 is slow for both pages; in each run a few more app frames than bare frames take one
		// vsync longer.
		const frames = (n: number, k: number, slower: number) => [
			...Array(n - slower).fill(k * V),
			...Array(slower).fill((k + 1) * V)
		];
		const app = [frames(20, 7, 12), frames(20, 5, 4)];
		const bare = [frames(20, 7, 10), frames(20, 5, 2)];
		const r = pairedRatios(app, bare);
		expect(r).toHaveLength(2);
		for (const x of r) expect(x).toBeGreaterThan(1);
		expect(pairedRatios(bare, app).every((x) => x < 1)).toBe(true);
	});

	it('skips runs without frames and refuses unpaired runs', () => {
		expect(pairedRatios([[], Array(5).fill(6 * V)], [Array(5).fill(6 * V), Array(5).fill(6 * V)])).toEqual([
			1
		]);
		expect(() => pairedRatios([[1]], [])).toThrow(/1 app runs vs 0 bare runs/);
	});
});

describe('drawnFrameIntervals', () => {
	it('keeps the frames in which the map drew and drops idle display ticks', () => {
		// Idle ticks every vsync, then three 100 ms frames with draws, then idle again.
		const ticks: [number, number][] = [
			[0, 0],
			[16.7, 0],
			[33.4, 0],
			[133.4, 250],
			[233.4, 240],
			[333.4, 260],
			[350.1, 0],
			[366.8, 0]
		];
		const xs = drawnFrameIntervals(ticks);
		expect(xs.filter((x) => x > 90)).toHaveLength(3);
		// At most one idle tick at each edge of the burst is counted with it.
		expect(xs.length).toBeLessThanOrEqual(5);
		expect(frameMedian(xs)).toBeGreaterThan(90);
		expect(
			drawnFrameIntervals([
				[0, 0],
				[16.7, 0],
				[33.4, 0]
			])
		).toEqual([]);
	});
});
