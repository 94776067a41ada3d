// Several label points per state (and per unit the story needs), computed at build time so every state
// in view is named whatever the view: a single point vanishes when it is off-screen or collides. Each
// zoom adds points, searched on a grid that halves with the zoom, so on screen they stay at least
// ~0.6 × `spacingPx` apart at every zoom; each appears from the zoom it was added at (its minzoom) on.
// A point is kept only where the label fits inside the outline (`marginPx` from its edge at that zoom),
// keeps clear of routes, and is not too close to a point already kept; where no point at a zoom is clear
// of routes, the pole is kept on a route rather than leave the state unnamed.
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { densify, distKm, KM_PER_DEG, PointIndex, roundTo, type Line } from '../geo';
import { pxPerDegree } from './clearance';

export interface CandidateOptions {
	/** On-screen spacing of the grid, px. */
	spacingPx: number;
	/** Least distance from the outline, px at the candidate's zoom. */
	marginPx: number;
	minZoom: number;
	maxZoom: number;
	/** Clear of routes at that zoom (the label's own box). */
	clear?: (p: Position, z: number) => boolean;
	/** Where grid points are made at zooms above `limitZoom` (the detail zone): elsewhere they stop there. */
	limit?: { zoom: number; inside: (p: Position) => boolean };
}

export interface Candidate {
	coordinates: Position;
	minzoom: number;
	/** Kept although its label touches a route: at this zoom no point of the state is clear of them. */
	onRoute?: true;
	/** For a point kept on a route: the first zoom at which it is clear after all. */
	clearFrom?: number;
}

/** The grids' rows are this much closer in latitude than their columns in longitude, so a cell is about
 *  square on screen in the map's latitudes (around 40°N). */
const ROW_RATIO = Math.cos((40 * Math.PI) / 180);

/** Km per screen px at a zoom and latitude. */
export const kmPerPx = (z: number, lat: number) =>
	(KM_PER_DEG * Math.cos((lat * Math.PI) / 180)) / pxPerDegree(z);

/** Whether a point lies inside any of the polygons (even-odd rule, holes included). */
export function insidePolygons(p: Position, polygons: Position[][][]): boolean {
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

export function bbox(polygons: Position[][][]): [number, number, number, number] {
	const pts = polygons.flat(2);
	const xs = pts.map((p) => p[0]!);
	const ys = pts.map((p) => p[1]!);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The area of the polygons' box, square degrees: a size to rank shapes by. */
export function boxArea(polygons: Position[][][]): number {
	const [w, s, e, n] = bbox(polygons);
	return (e - w) * (n - s);
}

/** The pole of inaccessibility of a state's largest part (by its box: a part's count of points says how
 *  finely it is drawn, which is finest near the routes, e.g. Nakhchivan's outline). */
export function poleOf(polygons: Position[][][]): Position {
	const largest = polygons.reduce((a, b) => (boxArea([b]) > boxArea([a]) ? b : a));
	return polylabel(largest as [number, number][][], 0.01) as unknown as Position;
}

export function labelCandidates(polygons: Position[][][], opts: CandidateOptions): Candidate[] {
	const edge = new PointIndex(0.1).add(polygons.flat().flatMap((r: Line) => densify(r, 1)));
	const [w, s, e, n] = bbox(polygons);
	const out: Candidate[] = [];
	const fitsOutline = (p: Position, z: number) =>
		insidePolygons(p, polygons) && edge.nearestKm(p, opts.marginPx * kmPerPx(z, p[1]!)) === Infinity;
	const fits = (p: Position, z: number) => fitsOutline(p, z) && (opts.clear?.(p, z) ?? true);
	const spaced = (p: Position, z: number) =>
		out.every((c) => c.minzoom > z || distKm(c.coordinates, p) / kmPerPx(z, p[1]!) >= opts.spacingPx * 0.6);
	// First the pole of inaccessibility of the largest part: the point that fits earliest.
	const pole = poleOf(polygons);
	let poleKept = false;
	let poleOnRoute: Candidate | undefined;
	for (let z = opts.minZoom; z <= opts.maxZoom; z++) {
		if (poleOnRoute && poleOnRoute.clearFrom === undefined && fits(pole, z)) poleOnRoute.clearFrom = z;
		if (!poleKept && fits(pole, z) && spaced(pole, z)) {
			out.push({ coordinates: [roundTo(pole[0]!, 3), roundTo(pole[1]!, 3)], minzoom: z });
			poleKept = true;
		}
		// Searched on a grid much finer than the spacing (~50 px on screen up to zoom 6, where states are
		// small and routes cross them; ~150 px beyond), so a state still finds the gaps between routes;
		// the spacing test then keeps the points apart.
		const dx = opts.spacingPx / pxPerDegree(z) / (z <= 6 ? 12 : 4);
		const dy = dx * ROW_RATIO;
		for (let i = Math.ceil(w / dx); i * dx <= e; i++)
			for (let j = Math.ceil(s / dy); j * dy <= n; j++) {
				const p: Position = [roundTo(i * dx, 3), roundTo(j * dy, 3)];
				if (opts.limit && z > opts.limit.zoom && !opts.limit.inside(p)) continue;
				if (fits(p, z) && spaced(p, z)) out.push({ coordinates: p, minzoom: z });
			}
		// Named at every zoom it can be: where routes leave no clear point (a state crossed end to end
		// at small scales), the pole is kept on the route; the label's halo keeps it legible.
		if (!poleKept && !out.some((c) => c.minzoom <= z) && fitsOutline(pole, z)) {
			poleOnRoute = { coordinates: [roundTo(pole[0]!, 3), roundTo(pole[1]!, 3)], minzoom: z, onRoute: true };
			out.push(poleOnRoute);
			poleKept = true;
		}
	}
	return out;
}
