// Several label points per state (and per unit the story needs), computed at build time so every state
// in view is named whatever the view: a single point vanishes when it is off-screen or collides. Each
// zoom adds points, searched on a grid that halves with the zoom, so on screen they stay apart at every
// zoom; each appears from the zoom it was added at (its minzoom) on. A point is kept only where the
// label fits inside the outline (`marginPx` from its edge at that zoom), keeps clear of routes, and is
// not too close to a point already kept; where no point at a zoom is clear of routes, the pole is kept
// on a route rather than leave the state unnamed.
// Close in (`close`), points come every half zoom, so the spacing on screen swings by √2 rather than 2,
// and keep apart by an ellipse the shape of a desktop's map (half its width across, half its height
// down): a view then holds a name once or twice. A phone's map is a third of that width, and a state at
// its edge is often a strip no such point falls in: `narrow` adds points spaced for a phone's map,
// nearest the outline first (where strips are), marked for the style to show only on narrow maps.
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { densify, KM_PER_DEG, PointIndex, roundTo, type Line } from '../geo';
import { pxPerDegree } from './clearance';

export interface CandidateOptions {
	/** On-screen spacing of the grid, px; points keep 0.6 × this apart (below `close.fromZoom`). */
	spacingPx: number;
	/** Least distance from the outline, px at the candidate's zoom. */
	marginPx: number;
	minZoom: number;
	maxZoom: number;
	/** Clear of routes at that zoom (the label's own box). */
	clear?: (p: Position, z: number) => boolean;
	/** Where grid points are made at zooms above `limitZoom` (the detail zone): elsewhere they stop there. */
	limit?: { zoom: number; inside: (p: Position) => boolean };
	/** From `fromZoom`, points every `zoomStep` zooms, kept `apartPx` (across, down) from each other. */
	close?: { fromZoom: number; zoomStep: number; apartPx: [number, number] };
	/** Points added for narrow maps from `minZoom` on, inside `box` (west, south, east, north), in a band
	 *  `marginPx` to `bandPx` from the outline (a state seen at a map's edge; its inner parts are the
	 *  wide maps' points' to name): kept `apartPx` from every point. */
	narrow?: { apartPx: [number, number]; marginPx: number; bandPx: number; minZoom: number; box: number[] };
}

export interface Candidate {
	coordinates: Position;
	minzoom: number;
	/** Kept although its label touches a route: at this zoom no point of the state is clear of them. */
	onRoute?: true;
	/** Only for narrow views: in a wide one it would repeat a name already in view. */
	narrow?: true;
}

/** The grids' rows are this much closer in latitude than their columns in longitude, so a cell is about
 *  square on screen in the map's latitudes (around 40°N). */
const ROW_RATIO = Math.cos((40 * Math.PI) / 180);

const kmPerPx = (z: number, lat: number) => (KM_PER_DEG * Math.cos((lat * Math.PI) / 180)) / pxPerDegree(z);

function inside(p: Position, polygons: Position[][][]): boolean {
	let inAny = false;
	for (const rings of polygons) {
		let inPoly = false;
		for (const ring of rings)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i] as [number, number];
				const [xj, yj] = ring[j] as [number, number];
				if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi)
					inPoly = !inPoly;
			}
		if (inPoly) inAny = true;
	}
	return inAny;
}

function bbox(polygons: Position[][][]): [number, number, number, number] {
	const pts = polygons.flat(2);
	const xs = pts.map((p) => p[0]!);
	const ys = pts.map((p) => p[1]!);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Grid points over a box, `stepPx` apart on screen at zoom z. */
function* grid([w, s, e, n]: number[], stepPx: number, z: number): Generator<Position> {
	const dx = stepPx / pxPerDegree(z);
	const dy = dx * ROW_RATIO;
	for (let i = Math.ceil(w! / dx); i * dx <= e!; i++)
		for (let j = Math.ceil(s! / dy); j * dy <= n!; j++) yield [roundTo(i * dx, 3), roundTo(j * dy, 3)];
}

/** The pole of inaccessibility of a state's largest part (by its box: a part's count of points says how
 *  finely it is drawn, which is finest near the routes, e.g. Nakhchivan's outline). */
export function poleOf(polygons: Position[][][]): Position {
	const size = (rings: Position[][]) => {
		const [w, s, e, n] = bbox([rings]);
		return (e - w) * (n - s);
	};
	const largest = polygons.reduce((a, b) => (size(b) > size(a) ? b : a));
	return polylabel(largest as [number, number][][], 0.01) as unknown as Position;
}

export function labelCandidates(polygons: Position[][][], opts: CandidateOptions): Candidate[] {
	const edge = new PointIndex(0.1).add(polygons.flat().flatMap((r: Line) => densify(r, 1)));
	const box = bbox(polygons);
	const out: Candidate[] = [];
	const fitsOutline = (p: Position, z: number, marginPx = opts.marginPx) =>
		inside(p, polygons) && edge.nearestKm(p, marginPx * kmPerPx(z, p[1]!)) === Infinity;
	const fits = (p: Position, z: number) => fitsOutline(p, z) && (opts.clear?.(p, z) ?? true);
	const close = opts.close;
	const wideApart = (z: number): [number, number] =>
		close && z >= close.fromZoom ? close.apartPx : [opts.spacingPx * 0.6, opts.spacingPx * 0.6];
	/** At least `[ax, ay]` px from every point kept so far (all shown at z), or from those `among` passes. */
	const apart = (p: Position, z: number, [ax, ay]: [number, number], among?: (c: Candidate) => boolean) => {
		const kx = pxPerDegree(z) / ax;
		const ky = pxPerDegree(z) / Math.cos((p[1]! * Math.PI) / 180) / ay;
		return out.every(
			(c) =>
				(among && !among(c)) ||
				((c.coordinates[0]! - p[0]!) * kx) ** 2 + ((c.coordinates[1]! - p[1]!) * ky) ** 2 >= 1
		);
	};
	// The wide maps' points keep apart from each other only: the narrow maps' come on top of them.
	const wide = (c: Candidate) => !c.narrow;
	// First the pole of inaccessibility of the largest part: the point that fits earliest.
	const pole = poleOf(polygons);
	const poleAt = (z: number, onRoute?: true): Candidate => ({
		coordinates: [roundTo(pole[0]!, 3), roundTo(pole[1]!, 3)],
		minzoom: z,
		...(onRoute ? { onRoute } : {})
	});
	let poleKept = false;
	for (let z = opts.minZoom; z <= opts.maxZoom; z += close && z >= close.fromZoom ? close.zoomStep : 1) {
		if (!poleKept && fits(pole, z) && apart(pole, z, wideApart(z), wide)) {
			out.push(poleAt(z));
			poleKept = true;
		}
		// Searched on a grid much finer than the spacing (~50 px on screen up to zoom 6, where states are
		// small and routes cross them; ~150 px beyond), so a state still finds the gaps between routes;
		// the spacing test then keeps the points apart.
		for (const p of grid(box, opts.spacingPx / (z <= 6 ? 12 : 4), z)) {
			if (opts.limit && z > opts.limit.zoom && !opts.limit.inside(p)) continue;
			if (fits(p, z) && apart(p, z, wideApart(z), wide)) out.push({ coordinates: p, minzoom: z });
		}
		// Named at every zoom it can be: where routes leave no clear point (a state crossed end to end
		// at small scales), the pole is kept on the route; the label's halo keeps it legible.
		if (!poleKept && !out.some((c) => c.minzoom <= z) && fitsOutline(pole, z)) {
			out.push(poleAt(z, true));
			poleKept = true;
		}
		const narrow = opts.narrow;
		if (!narrow || z < narrow.minZoom) continue;
		// A finer grid (~40 px): the strip of a state at a phone's edge may be a label's height wide.
		const within = [0, 1, 2, 3].map((i) => (i < 2 ? Math.max : Math.min)(box[i]!, narrow.box[i]!));
		if (within[0]! > within[2]! || within[1]! > within[3]!) continue;
		const found = [...grid(within, narrow.apartPx[0] / 5, z)]
			.map((p) => ({ p, edgeKm: edge.nearestKm(p, narrow.bandPx * kmPerPx(z, p[1]!)) }))
			.filter(
				({ p, edgeKm }) =>
					edgeKm < Infinity && fitsOutline(p, z, narrow.marginPx) && (opts.clear?.(p, z) ?? true)
			)
			.sort((a, b) => a.edgeKm - b.edgeKm);
		for (const { p } of found)
			if (apart(p, z, narrow.apartPx)) out.push({ coordinates: p, minzoom: z, narrow: true });
	}
	return out;
}
