// Label candidates for states and units: inside the outline and clear of its edge, several per state
// at close zooms but never crowded, clear of routes when asked, and the widest point first (in the
// largest part); small states named beside themselves where no name fits inside.
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { labelCandidates, poleOf } from '../../scripts/basemap/build/label-candidates';
import { besideLabels } from '../../scripts/basemap/build/beside-labels';
import { CorridorIndex, centredBox, pxPerDegree, worldPx } from '../../scripts/basemap/build/clearance';
import { distKm, KM_PER_DEG } from '../../scripts/basemap/geo';

/** A 4° × 3° rectangle around 45°E 40°N, counter-clockwise. */
const box: Position[][][] = [
	[
		[
			[43, 38.5],
			[47, 38.5],
			[47, 41.5],
			[43, 41.5],
			[43, 38.5]
		]
	]
];
const opts = { spacingPx: 500, marginPx: 12, minZoom: 3, maxZoom: 8 };
const kmPerPx = (z: number, lat: number) => (KM_PER_DEG * Math.cos((lat * Math.PI) / 180)) / pxPerDegree(z);

describe('label candidates', () => {
	const all = labelCandidates(box, opts);

	it('starts with the pole of inaccessibility, at the first zoom it fits', () => {
		expect(all[0]!.coordinates[0]).toBeCloseTo(45, 1);
		expect(all[0]!.coordinates[1]).toBeCloseTo(40, 1);
		expect(all[0]!.minzoom).toBe(3);
	});

	it('keeps every point inside the outline and at least the margin from its edge, at its zoom', () => {
		for (const c of all) {
			const [x, y] = c.coordinates as [number, number];
			const edgeKm = Math.min(
				(x - 43) * KM_PER_DEG * Math.cos((y * Math.PI) / 180),
				(47 - x) * KM_PER_DEG,
				(y - 38.5) * KM_PER_DEG,
				(41.5 - y) * KM_PER_DEG
			);
			expect(edgeKm).toBeGreaterThanOrEqual(opts.marginPx * kmPerPx(c.minzoom, y) * 0.99);
		}
	});

	it('adds points closer in, so a view over any part of the state holds one, yet keeps them apart on screen', () => {
		expect(all.filter((c) => c.minzoom <= 5)).toHaveLength(1);
		expect(all.filter((c) => c.minzoom <= 8).length).toBeGreaterThan(8);
		for (let z = opts.minZoom; z <= opts.maxZoom; z++) {
			const shown = all.filter((c) => c.minzoom <= z);
			for (const [i, a] of shown.entries())
				for (const b of shown.slice(i + 1))
					expect(distKm(a.coordinates, b.coordinates) / kmPerPx(z, 40)).toBeGreaterThanOrEqual(
						opts.spacingPx * 0.6 * 0.98
					);
		}
	});

	it('leaves out points whose label would lie on a route', () => {
		// A route straight through the middle, north to south.
		const routes = new CorridorIndex([
			[
				[45, 38],
				[45, 42]
			]
		]);
		const clearOf = labelCandidates(box, {
			...opts,
			clear: (p, z) => !routes.hits(p, centredBox(100, 16), z)
		});
		expect(clearOf.length).toBeGreaterThan(0);
		const onRoute = (c: (typeof clearOf)[number]) =>
			routes.hits(c.coordinates, centredBox(100, 16), c.minzoom);
		// Every point is clear of the route but one: at the first zoom the state is small and the route
		// leaves no clear point, so the pole is kept on the route (and said to be) rather than no name.
		const fallback = clearOf.filter(onRoute);
		expect(fallback).toHaveLength(1);
		expect(fallback[0]).toMatchObject({ minzoom: 3, onRoute: true });
		expect(fallback[0]!.coordinates[0]).toBeCloseTo(45, 1);
		// From the zoom a clear point exists, the others are all clear of the route.
		const firstClear = Math.min(...clearOf.filter((c) => !c.onRoute).map((c) => c.minzoom));
		expect(firstClear).toBeGreaterThan(3);
		for (const c of clearOf.filter((c) => !c.onRoute)) expect(onRoute(c)).toBe(false);
	});

	it('names a state at every zoom from the first it fits, even where a route crosses it end to end', () => {
		const across = new CorridorIndex([
			[
				[42, 40],
				[48, 40]
			],
			[
				[45, 38],
				[45, 42]
			]
		]);
		const named = labelCandidates(box, { ...opts, clear: (p, z) => !across.hits(p, centredBox(100, 16), z) });
		for (let z = opts.minZoom; z <= opts.maxZoom; z++) expect(named.some((c) => c.minzoom <= z)).toBe(true);
	});

	it('makes points past the limit zoom only where the limit allows (the detail zone)', () => {
		const limited = labelCandidates(box, {
			...opts,
			maxZoom: 10,
			limit: { zoom: 8, inside: (p) => p[0]! < 44 }
		});
		for (const c of limited.filter((c) => c.minzoom > 8)) expect(c.coordinates[0]).toBeLessThan(44);
		expect(limited.some((c) => c.minzoom > 8)).toBe(true);
	});

	it('gives nothing for a state too small to hold a label at these zooms', () => {
		const tiny: Position[][][] = [
			[
				[
					[45, 40],
					[45.01, 40],
					[45.01, 40.01],
					[45, 40.01],
					[45, 40]
				]
			]
		];
		expect(labelCandidates(tiny, opts)).toEqual([]);
	});
});

describe('the pole', () => {
	it('lies in the largest part by extent, not in the part drawn with the most points', () => {
		// A small enclave outlined finely (as near the routes) beside a large part drawn with five points.
		const enclave: Position[][] = [
			Array.from({ length: 201 }, (_, i) => {
				const a = (i / 200) * 2 * Math.PI;
				return [40 + 0.3 * Math.cos(a), 40 + 0.3 * Math.sin(a)];
			})
		];
		const pole = poleOf([enclave, box[0]!]);
		expect(pole[0]).toBeCloseTo(45, 0);
		expect(pole[1]).toBeCloseTo(40, 0);
	});
});

describe('small states named beside themselves', () => {
	// Three neighbours too small to hold a name at zoom 2–3, side by side 2° apart.
	const small = [
		{ name: 'Azerbaijan', pole: [47.5, 40.4], fitsFrom: 4 },
		{ name: 'Georgia', pole: [43.5, 42], fitsFrom: 4 },
		{ name: 'Armenia', pole: [45, 40.3], fitsFrom: 4 }
	];
	const shown = [{ name: 'Türkiye', at: [35, 39], minzoom: 2 }];
	const boxOf = (name: string) => centredBox(name.length * 8, 16);
	const named = besideLabels(small, shown, { minZoom: 2, box: boxOf, hitsTown: () => false });

	it('names each at every zoom below the one it fits from, shown at that zoom only', () => {
		for (const s of small)
			for (const z of [2, 3])
				expect(named.filter((n) => n.name === s.name && n.minzoom === z && n.maxzoom === z + 1)).toHaveLength(
					1
				);
		expect(named.every((n) => n.minzoom < 4)).toBe(true);
	});

	it('keeps the names apart from each other and from the names already shown, and near their state', () => {
		for (const z of [2, 3]) {
			const k = pxPerDegree(z);
			const here = [...named.filter((n) => n.minzoom === z), ...shown].map((n) => {
				const [x, y] = worldPx(n.at, z);
				const b = boxOf(n.name);
				return [x + b[0], y + b[1], x + b[2], y + b[3]];
			});
			for (const [i, a] of here.entries())
				for (const b of here.slice(i + 1))
					expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
			for (const n of named.filter((n) => n.minzoom === z)) {
				const pole = small.find((s) => s.name === n.name)!.pole;
				expect(Math.abs(n.at[0]! - pole[0]!) * k).toBeLessThan(120);
			}
		}
	});
});

describe('small states named beside themselves, far apart in latitude', () => {
	// Two small states one above the other at zoom 2, as Georgia over Azerbaijan: their names must not
	// overlap as the map projects them (Mercator), whatever a single scale for both latitudes says.
	const small = [
		{ name: 'Southland', pole: [45, 40], fitsFrom: 3 },
		{ name: 'Northland', pole: [45, 42], fitsFrom: 3 }
	];
	const boxOf = (name: string) => centredBox(name.length * 8, 16);
	const named = besideLabels(small, [], { minZoom: 2, box: boxOf, hitsTown: () => false });

	it('keeps their boxes apart on the projected map', () => {
		const [a, b] = named.map((n) => {
			const [x, y] = worldPx(n.at, 2);
			const box = boxOf(n.name);
			return [x + box[0], y + box[1], x + box[2], y + box[3]];
		});
		expect(a![0]! < b![2]! && b![0]! < a![2]! && a![1]! < b![3]! && b![1]! < a![3]!).toBe(false);
	});

	it('projects as the map does: 1° of latitude at 40°N is 1.31 × 1° of longitude there', () => {
		const dy = worldPx([0, 39.5], 4)[1] - worldPx([0, 40.5], 4)[1];
		expect(dy / pxPerDegree(4)).toBeCloseTo(1 / Math.cos((40 * Math.PI) / 180), 2);
	});
});

describe('small states named beside themselves, crowded', () => {
	// Three small states between named neighbours at zoom 2, so close that the first name placed where it
	// likes best leaves no room for the last; placed together, all three fit.
	const small = [
		{ name: 'Azerbaijan', pole: [48.3, 40.8], fitsFrom: 3 },
		{ name: 'Georgia', pole: [45, 41.9], fitsFrom: 3 },
		{ name: 'Armenia', pole: [44.7, 40.8], fitsFrom: 3 }
	];
	const shown = [
		{ name: 'Russia', at: [45.8, 47], minzoom: 2 },
		{ name: 'Türkiye', at: [37.9, 37.2], minzoom: 2 },
		{ name: 'Iran', at: [51.8, 37.5], minzoom: 2 }
	];
	const boxOf = (name: string) => centredBox(name.length * 8.2, 16);
	const named = besideLabels(small, shown, { minZoom: 2, box: boxOf, hitsTown: () => false });

	it('no two names overlap on the projected map', () => {
		expect(named).toHaveLength(3);
		const boxes = [...named, ...shown].map((n) => {
			const [x, y] = worldPx(n.at, 2);
			const b = boxOf(n.name);
			return [x + b[0], y + b[1], x + b[2], y + b[3]];
		});
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1))
				expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
	});
});
