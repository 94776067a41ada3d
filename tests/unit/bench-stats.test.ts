// The benchmark's frame-time median, interpolated within vsync bins.
import { describe, expect, it } from 'vitest';

import { frameMedian } from '../bench/frame-median';

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
