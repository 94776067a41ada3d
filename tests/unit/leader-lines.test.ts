// Lines from a small state's name set off the state to the state's middle: drawn only where the name
// lies off it, from just by the letters to just short of the middle, as the map projects both.
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { centredBox, worldPx } from '../../scripts/basemap/build/clearance';
import { leaderLine } from '../../scripts/basemap/build/leader-lines';

const pole: Position = [45, 40.3];
/** A state of 0.4° around its middle: too small for the name. */
const state = { pole, inside: (p: Position) => Math.abs(p[0]! - 45) < 0.2 && Math.abs(p[1]! - 40.3) < 0.2 };
/** A name 56 px wide and 16 px high (its letters the middle 8 px), at every zoom. */
const box = () => centredBox(56, 16);
/** The point `dy` px below `p` (negative: above) at zoom z. */
const shifted = (p: Position, dy: number, z: number): Position => {
	const [, y0] = worldPx(p, z);
	// Latitude for a world y: search (monotonic), to keep the test independent of the module's inverse.
	let [lo, hi] = [-80, 80];
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (worldPx([p[0]!, mid], z)[1] > y0 + dy) lo = mid;
		else hi = mid;
	}
	return [p[0]!, (lo + hi) / 2];
};

describe('leader lines', () => {
	it('ties a name two lines above its state to the state, for the zoom it is shown at', () => {
		const at = shifted(pole, -44, 2);
		const l = leaderLine(at, box, state, 2)!;
		expect([l.minzoom, l.maxzoom]).toEqual([2, 3]);
		// As the map draws it halfway through that zoom:
		const [start, end] = l.line.map((p) => worldPx(p, 2.5));
		const [ax, ay] = worldPx(at, 2.5);
		const [px, py] = worldPx(pole, 2.5);
		// straight down from under the letters (4 px below the name's middle, and a 3 px gap) ...
		expect(start![0]).toBeCloseTo(ax, 0);
		expect(start![1] - ay).toBeCloseTo(7, 0);
		// ... to 3 px short of the state's middle.
		expect(end![0]).toBeCloseTo(px, 0);
		expect(py - end![1]).toBeCloseTo(3, 0);
	});

	it('leaves from the side of a name set beside its state', () => {
		const k = (512 * 2 ** 3.5) / 360;
		const at: Position = [pole[0]! + 60 / k, pole[1]!];
		const [start, end] = leaderLine(at, box, state, 3)!.line.map((p) => worldPx(p, 3.5));
		const [ax] = worldPx(at, 3.5);
		expect(ax - 28 - start![0]).toBeCloseTo(3, 0);
		expect(start![1]).toBeCloseTo(end![1], 0);
	});

	it("draws none where the name touches its state's middle, or lies over the state", () => {
		expect(leaderLine(pole, box, state, 2)).toBeNull();
		expect(leaderLine(shifted(pole, -6, 2), box, state, 2)).toBeNull();
		// A large state: the name lies inside it, two lines above its middle.
		const large = { pole, inside: (p: Position) => Math.abs(p[0]! - 45) < 10 && Math.abs(p[1]! - 40.3) < 10 };
		expect(leaderLine(shifted(pole, -44, 2), box, large, 2)).toBeNull();
	});
});
