// The basemap's tiling and label placement helpers: lines cut at the detail zone's edge, tiles written
// for every tile of a range (empty ones as empty files), features left out of low-zoom tiles until they
// show, towns' names put on a side of the dot clear of routes, river names beside routes, and glyphs
// drawn as the signed distance fields MapLibre reads.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { splitByRect, PointIndex, densify } from '../../scripts/basemap/geo';
import { tilesOfBox, writeTiles } from '../../scripts/basemap/build/write-tiles';
import { CorridorIndex } from '../../scripts/basemap/build/clearance';
import { chooseAnchor } from '../../scripts/basemap/build/place-anchors';
import { anchorBox } from '../../src/lib/map/layers/label-anchors';
import { riverLabelLines } from '../../scripts/basemap/build/river-labels';
import { encodeRange, sdf } from '../../scripts/basemap/build/glyphs';

describe('tiling', () => {
	it('cuts a line at a rectangle’s edge into the runs inside and outside', () => {
		const { inside, outside } = splitByRect(
			[
				[0, 0],
				[10, 0]
			],
			[2, -1, 4, 1]
		);
		expect(inside).toEqual([
			[
				[2, 0],
				[4, 0]
			]
		]);
		expect(outside).toHaveLength(2);
	});

	it('finds the tiles covering a box', () => {
		expect(tilesOfBox([0, 0, 1, 1], 1)).toEqual({ x: [1, 1], y: [0, 0] });
		expect(tilesOfBox([-25, 8, 145, 66], 2)).toEqual({ x: [1, 3], y: [1, 1] });
	});

	it('writes every tile of the range, empty ones empty, and leaves out of a low zoom what shows only later', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tiles-'));
		const stats = writeTiles(
			dir,
			{
				places: {
					features: [
						{
							type: 'Feature',
							properties: { name: 'early', mz: 1 },
							geometry: { type: 'Point', coordinates: [10, 10] }
						},
						{
							type: 'Feature',
							properties: { name: 'late', mz: 3 },
							geometry: { type: 'Point', coordinates: [10, 10] }
						}
					]
				}
			},
			{ min: 0, max: 2 },
			(z) => ({ x: [0, 2 ** z - 1], y: [0, 2 ** z - 1] })
		);
		expect(stats.tiles).toBe(3);
		const names = (z: number, x: number, y: number) => {
			const t = new VectorTile(new PbfReader(readFileSync(join(dir, `${z}/${x}/${y}.pbf`))));
			const l = t.layers.places;
			return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties.name) : [];
		};
		expect(names(0, 0, 0)).toEqual(['early']);
		// The last zoom keeps everything: the map draws the zooms beyond it from these tiles.
		expect(names(2, 2, 1)).toEqual(['early', 'late']);
		expect(statSync(join(dir, '2/0/0.pbf')).size).toBe(0);
		expect(readdirSync(join(dir, '2/2'))).toContain('1.pbf.br');
	});

	it('puts a point the map picks from (pz) only in tiles of its zoom and closer, with its id', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tiles-'));
		writeTiles(
			dir,
			{
				pool: {
					features: [
						{
							type: 'Feature',
							id: 7,
							properties: { name: 'Armenia', pz: 1 },
							geometry: { type: 'Point', coordinates: [10, 10] }
						}
					]
				}
			},
			{ min: 0, max: 2 },
			(z) => ({ x: [0, 2 ** z - 1], y: [0, 2 ** z - 1] })
		);
		const ids = (z: number, x: number, y: number) => {
			const t = new VectorTile(new PbfReader(readFileSync(join(dir, `${z}/${x}/${y}.pbf`))));
			const l = t.layers.pool;
			return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).id) : [];
		};
		// Not drawn one zoom early like a label: the map picks from the tiles of the zoom in use.
		expect(ids(0, 0, 0)).toEqual([]);
		expect(ids(1, 1, 0)).toEqual([7]);
		expect(ids(2, 2, 1)).toEqual([7]);
	});
});

describe('town names', () => {
	// A route running east–west just north of the town.
	const routes = new CorridorIndex([
		[
			[44, 40.02],
			[46, 40.02]
		]
	]);
	const town = [45, 40];

	it('goes to a side whose box clears the routes at every zoom from the town’s own', () => {
		const { anchor, far, labelzoom } = chooseAnchor(town, 'Meghri', 11, 6, 10, routes);
		expect(labelzoom).toBe(6);
		for (let z = 6; z <= 10; z++)
			expect(routes.hits(town, anchorBox(anchor, 40, 11, [1, 2.2, 3.5][far]), z)).toBe(false);
		expect(anchor).not.toMatch(/^bottom/); // text above the dot would cross the route
	});

	it('waits for the zoom at which some side clears, when none does at first', () => {
		// Routes every 0.05° each way: at zoom 5 they are 4–5 px apart, at zoom 10 some 140 px.
		const grid = Array.from({ length: 41 }, (_, i) => 44 + i * 0.05);
		const through = new CorridorIndex([
			...grid.map((x) => [
				[x, 39],
				[x, 41]
			]),
			...grid.map((y) => [
				[44, y - 5],
				[46, y - 5]
			])
		]);
		const { labelzoom } = chooseAnchor(town, 'A long town name', 11, 5, 10, through);
		expect(labelzoom).toBeGreaterThan(5);
	});
});

describe('river names', () => {
	it('are written along stretches clear of routes, and beside the river where a route follows it', () => {
		const river = {
			name: 'Araks',
			minzoom: 4,
			line: densify(
				[
					[44, 39],
					[46, 39]
				],
				1
			)
		};
		const route = densify(
			[
				[44.8, 39.01],
				[46, 39.01]
			],
			0.5
		);
		const lines = riverLabelLines([river], new PointIndex(0.1).add(route), { from: 8, to: 8 });
		const coords = lines.flatMap((f) => f.geometry.coordinates);
		// West of the route's start the name sits on the river itself …
		expect(coords.some((l) => l.every((p) => p[1] === 39))).toBe(true);
		// … and alongside the route it sits off the river, on the side away from it (south).
		expect(coords.some((l) => l.every((p) => p[1]! < 38.98))).toBe(true);
	});
});

describe('glyphs', () => {
	it('draws a square as a distance field: inside above the edge value, outside below', () => {
		const square: [number, number, number, number][] = [
			[0, 0, 10, 0],
			[10, 0, 10, 10],
			[10, 10, 0, 10],
			[0, 10, 0, 0]
		];
		const field = sdf(square, 0, 10, 10, 10);
		const w = 16;
		expect(field).toHaveLength(16 * 16);
		expect(field[8 * w + 8]).toBeGreaterThan(191); // the middle
		expect(field[0]).toBeLessThan(150); // a corner of the border
	});

	it('encodes a range as MapLibre’s glyph protobuf, starting with the font stack', () => {
		const data = encodeRange('Noto Sans Regular', 0, [
			{ id: 65, bitmap: new Uint8Array(36), width: 0, height: 0, left: 0, top: -9, advance: 15 }
		]);
		expect(data[0]).toBe(0x0a);
		expect(new TextDecoder().decode(data)).toContain('Noto Sans Regular');
	});
});
