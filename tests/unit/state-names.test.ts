// Every state in view named: the build's name pool (grid points where a state's name fits, clear of
// routes and towns) and the choice the map makes from it for the view (which state gets a name added,
// where, and what happens when MapLibre could not draw it).
import { describe, expect, it } from 'vitest';
import type { Point, Position } from 'geojson';
import { namePool } from '../../scripts/basemap/build/name-pool';
import { pxPerDegree } from '../../scripts/basemap/build/clearance';
import { chooseNames, MAX_TRIES, NO_CHOICE, sameNames, type PoolPoint } from '../../src/lib/map/name-choice';
import { NAME_ANCHORS } from '../../src/lib/map/name-anchors';

const square = (w: number, s: number, e: number, n: number): Position[][][] => [
	[
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
];

describe('name pool (build)', () => {
	const states = [
		{ name: 'West', polygons: square(40, 38, 44, 42) },
		{ name: 'East', polygons: square(44, 38, 48, 42) }
	];
	const grids = [6, 7].map((zoom) => ({
		zoom,
		box: [38, 36, 50, 44] as [number, number, number, number],
		stepPx: 64
	}));
	/** A name 60 px wide and 16 high at every zoom. */
	const halfBox = (): [number, number] => [30, 8];
	const pool = namePool(states, { marginPx: 12, zooms: grids, clear: () => true, halfBox, maxZoom: 10 });

	it('names each point after the state it lies in, away from the outline by the margin at its zoom', () => {
		expect(pool.length).toBeGreaterThan(50);
		for (const f of pool) {
			const [x, y] = (f.geometry as Point).coordinates as [number, number];
			const name = f.properties!.name;
			expect(name).toBe(x < 44 ? 'West' : 'East');
			const marginDeg = 12 / pxPerDegree(f.properties!.pz as number);
			expect(Math.abs(x - 44)).toBeGreaterThan(marginDeg * 0.9);
			expect(x).toBeGreaterThan(40 + marginDeg * 0.9);
			expect(y).toBeLessThan(42);
		}
	});

	it('gives every point its own id and keeps a point once, from the first zoom its name fits there', () => {
		const ids = pool.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		const at = pool.map((f) => JSON.stringify((f.geometry as Point).coordinates));
		expect(new Set(at).size).toBe(at.length);
		expect(pool.filter((f) => f.properties!.pz === 6).length).toBeGreaterThan(0);
		// The zoom-7 grid halves the zoom-6 one: about three new points for each one kept before.
		const [z6, z7] = [6, 7].map((z) => pool.filter((f) => f.properties!.pz === z).length);
		expect(z7! / z6!).toBeGreaterThan(2.5);
	});

	it('leaves out points where the name would touch a route or a town', () => {
		const blocked = namePool(states, {
			marginPx: 12,
			zooms: grids,
			clear: (name, p) => !(name === 'East' && p[1]! > 40),
			halfBox,
			maxZoom: 10
		});
		const east = blocked.filter((f) => f.properties!.name === 'East');
		expect(east.length).toBeGreaterThan(0);
		for (const f of east) expect((f.geometry as Point).coordinates[1]).toBeLessThanOrEqual(40);
		// Nor may a name hang up from a point into the blocked half.
		const up = 1 << NAME_ANCHORS.indexOf('bottom');
		const hangsUp = east.filter((f) => (Number(f.properties!.fit ?? 0) & up) !== 0);
		for (const f of hangsUp) {
			const [, y] = (f.geometry as Point).coordinates as [number, number];
			expect(
				y + (8 * Math.cos((y * Math.PI) / 180)) / pxPerDegree(f.properties!.pz as number)
			).toBeLessThanOrEqual(40);
		}
	});

	it('keeps a point up to the zoom a town named later gets in its way, and stops it there', () => {
		// A town at (46, 40) is named from zoom 8: from then on no name may lie within 1° of it.
		const town = (p: Position, z: number) => z < 8 || Math.hypot(p[0]! - 46, p[1]! - 40) > 1;
		const timed = namePool(states, {
			marginPx: 12,
			zooms: grids,
			clear: (_n, p, z) => town(p, z),
			halfBox,
			maxZoom: 10
		});
		const near = timed.filter((f) => {
			const [x, y] = (f.geometry as Point).coordinates as [number, number];
			return Math.hypot(x - 46, y - 40) <= 1;
		});
		expect(near.length).toBeGreaterThan(0);
		for (const f of near) expect(f.properties!.zx).toBe(8);
		// Points clear at every zoom say nothing of an end.
		const far = timed.filter((f) => !near.includes(f));
		expect(far.length).toBeGreaterThan(0);
		for (const f of far) expect(f.properties!.zx).toBeUndefined();
	});

	it('lets a name hang by a side only where its middle, moved by half the name, still fits the state', () => {
		const bit = (a: (typeof NAME_ANCHORS)[number]) => 1 << NAME_ANCHORS.indexOf(a);
		const west = pool.filter((f) => f.properties!.name === 'West');
		const fit = (f: (typeof pool)[number]) => Number(f.properties!.fit ?? 0);
		for (const f of west) {
			const [x] = (f.geometry as Point).coordinates as [number, number];
			const k = pxPerDegree(f.properties!.pz as number);
			// Hung by its left side, the name lies right of the point, toward East: only where it stays in West.
			if (fit(f) & bit('left')) expect(x + 30 / k).toBeLessThan(44 - (12 / k) * 0.9);
			if (fit(f) & bit('right')) expect(x - 30 / k).toBeGreaterThan(40 + (12 / k) * 0.9);
		}
		// Points well inside allow every side; a point by the shared border does not allow the side toward it.
		expect(west.some((f) => fit(f) === 15)).toBe(true);
		expect(west.some((f) => !(fit(f) & bit('left')) && fit(f) & bit('right'))).toBe(true);
	});
});

describe('names added for the view', () => {
	const pt = (name: string, key: string, x: number, y: number, fit = 0): PoolPoint => ({
		name,
		key,
		at: [x, y],
		x,
		y,
		fit
	});
	// Armenia's part in view spans x 100–300: its middle is x 200.
	const pool = [
		pt('Armenia', 'a1', 100, 50),
		pt('Armenia', 'a2', 200, 50),
		pt('Armenia', 'a3', 300, 50),
		pt('Iran', 'i1', 200, 400)
	];
	const view = { pool, drawnFixed: new Set<string>(), drawnAdded: new Set<string>(), seen: () => true };

	it('adds nothing for a state its fixed points already name where the reader sees it', () => {
		const c = chooseNames({ ...view, drawnFixed: new Set(['Armenia', 'Iran']) }, NO_CHOICE);
		expect(c.added.size).toBe(0);
	});

	it('names an unnamed state once, at its point nearest the middle of its part in view', () => {
		const c = chooseNames({ ...view, drawnFixed: new Set(['Iran']) }, NO_CHOICE);
		expect([...c.added.keys()]).toEqual(['Armenia']);
		expect(c.added.get('Armenia')!.key).toBe('a2');
	});

	it('skips points where the page covers the name (legend, inset, panel) or the map edge cuts it', () => {
		const c = chooseNames({ ...view, seen: (p) => p.key !== 'a2' && p.key !== 'i1' }, NO_CHOICE);
		expect(c.added.get('Armenia')!.key).not.toBe('a2');
		expect(c.added.has('Iran')).toBe(false);
	});

	it('keeps a drawn name where it is while it stays in view, even when another point is more central', () => {
		const first = chooseNames({ ...view, drawnFixed: new Set(['Iran']) }, NO_CHOICE);
		const panned = [pt('Armenia', 'a2', 120, 50), pt('Armenia', 'a3', 220, 50), pt('Armenia', 'a4', 320, 50)];
		const next = chooseNames(
			{ ...view, pool: panned, drawnFixed: new Set(['Iran']), drawnAdded: new Set(['Armenia']) },
			first
		);
		expect(next.added.get('Armenia')!.key).toBe('a2');
		expect(sameNames(first, next)).toBe(true);
	});

	it('tries the next point when MapLibre did not draw the name (a collision), and gives up after a few', () => {
		let c = chooseNames({ ...view, drawnFixed: new Set(['Iran']) }, NO_CHOICE);
		const used = [c.added.get('Armenia')!.key];
		const many = Array.from({ length: 10 }, (_, i) => pt('Armenia', `m${i}`, 100 + i * 20, 50));
		const wide = { ...view, pool: [...pool, ...many], drawnFixed: new Set(['Iran']) };
		for (let i = 0; i < MAX_TRIES + 2; i++) {
			const next = chooseNames(wide, c);
			if (next.added.has('Armenia')) {
				expect(used).not.toContain(next.added.get('Armenia')!.key);
				used.push(next.added.get('Armenia')!.key);
			}
			c = next;
		}
		expect(used.length).toBe(MAX_TRIES);
		expect(c.added.has('Armenia')).toBe(false);
	});

	it('drops an added name once the state’s own points name it, or the state leaves the view', () => {
		const first = chooseNames({ ...view, drawnFixed: new Set(['Iran']) }, NO_CHOICE);
		expect(chooseNames({ ...view, drawnFixed: new Set(['Iran', 'Armenia']) }, first).added.size).toBe(0);
		const gone = chooseNames(
			{ ...view, pool: pool.filter((p) => p.name === 'Iran'), drawnFixed: new Set(['Iran']) },
			first
		);
		expect(gone.added.size).toBe(0);
		expect(sameNames(first, gone)).toBe(false);
	});

	it('hangs a name by a side its point allows when a centred name would be cut, and keeps that side', () => {
		const left = 1 << NAME_ANCHORS.indexOf('left');
		// At the map's left edge a centred name is cut; hung by its left side it shows whole.
		const edge = [pt('Armenia', 'e1', 5, 50, left), pt('Armenia', 'e2', 8, 90)];
		const seen = (p: PoolPoint, a: string) => a === 'left';
		const c = chooseNames({ ...view, pool: edge, drawnFixed: new Set(['Iran']), seen }, NO_CHOICE);
		expect(c.added.get('Armenia')).toMatchObject({ key: 'e1', anchor: 'left' });
		const kept = chooseNames(
			{ ...view, pool: edge, drawnFixed: new Set(['Iran']), drawnAdded: new Set(['Armenia']), seen },
			c
		);
		expect(kept.added.get('Armenia')).toMatchObject({ key: 'e1', anchor: 'left' });
		expect(sameNames(c, kept)).toBe(true);
		// A point that allows no side is not used where a centred name would be cut.
		const none = chooseNames({ ...view, pool: [edge[1]!], drawnFixed: new Set(['Iran']), seen }, NO_CHOICE);
		expect(none.added.has('Armenia')).toBe(false);
	});
});
