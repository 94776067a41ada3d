// The states' fixed name points: a small state of the story whose only point at a zoom lies on a
// route (or a town's name) is named beside itself at that zoom instead, so the map does not drop its
// name in a collision (Armenia and Azerbaijan at zoom 4, beside Yerevan's and Baku's names).
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { centredBox } from '../../scripts/basemap/build/clearance';
import { stateLabels } from '../../scripts/basemap/build/state-labels';

/** A w° × h° rectangle centred on (lon, lat). */
const rect = (lon: number, lat: number, w: number, h: number): Position[][][] => [
	[
		[
			[lon - w / 2, lat - h / 2],
			[lon + w / 2, lat - h / 2],
			[lon + w / 2, lat + h / 2],
			[lon - w / 2, lat + h / 2],
			[lon - w / 2, lat - h / 2]
		]
	]
];

// A 3° × 2° state in the zone whose every point is blocked (a route and a town's name on it) below zoom 6.
const small = { name: 'Armenia', polygons: rect(45, 40, 3, 2) };
const far = { name: 'Faraway', polygons: rect(70, 40, 3, 2) };
const options = {
	minZoom: 2,
	maxZoom: 8,
	inZone: (p: Position) => p[0]! < 60,
	box: (name: string) => centredBox(name.length * 8, 16),
	clear: (_name: string, _p: Position, z: number) => z >= 6,
	hitsTown: () => false
};

describe('state labels', () => {
	const points = stateLabels([small, far], options);
	const of = (name: string) => points.filter((n) => n.name === name);

	it('names a small state of the zone beside itself at each zoom before one of its points is clear', () => {
		for (let z = 2; z < 6; z++) {
			const here = of('Armenia').filter((n) => n.minzoom <= z && (n.maxzoom ?? Infinity) > z);
			expect(here, `zoom ${z}`).toHaveLength(1);
			expect(here[0]!.maxzoom).toBe(z + 1);
		}
	});

	it('draws no line to a state whose name lies over it (a line only ties a name set off its state)', () => {
		const beside = of('Armenia').filter((n) => n.maxzoom !== undefined);
		expect(beside.length).toBeGreaterThan(0);
		expect(beside.filter((n) => n.leader)).toEqual([]);
	});

	it('leaves out its points kept on a route before then, and names it inside itself from then on', () => {
		const inside = of('Armenia').filter((n) => n.maxzoom === undefined);
		expect(inside.length).toBeGreaterThan(0);
		expect(Math.min(...inside.map((n) => n.minzoom))).toBe(6);
	});

	it('keeps the point on a route for a state outside the zone, which has no names beside it', () => {
		expect(of('Faraway').every((n) => n.maxzoom === undefined)).toBe(true);
		expect(Math.min(...of('Faraway').map((n) => n.minzoom))).toBeLessThan(6);
	});
});
