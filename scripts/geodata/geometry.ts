// Geometry helpers of the build: the one way to take a line's parts, its bounding box, its drawing
// detail, and points along it. Nothing geometric runs in the browser; the app reads what these emit.
import type { LineString, MultiLineString, Position } from 'geojson';
import { along, distance, length as turfLength, lineString } from '@turf/turf';
import type { BBox } from '../../src/lib/region';
import type { LineDetail } from '../../src/lib/data/types';

export type LineGeometry = LineString | MultiLineString;

/** The parts of a line as coordinate arrays. */
export function lines(geom: LineGeometry): Position[][] {
	return geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
}

/** 4 decimals ≈ 10 m: finer than the data's precision, coarse enough to compress well. */
export const roundCoord = (v: number) => Math.round(v * 1e4) / 1e4;

/** The bounding box of any number of lines (or of other boxes' corners), rounded like the coordinates. */
export function bboxOf(geoms: LineGeometry[]): BBox {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of geoms)
		for (const [x, y] of lines(g).flat()) {
			w = Math.min(w, x!);
			s = Math.min(s, y!);
			e = Math.max(e, x!);
			n = Math.max(n, y!);
		}
	return [roundCoord(w), roundCoord(s), roundCoord(e), roundCoord(n)];
}

/** The union of boxes (a tour step's routes, a claim's features). */
export function unionBBox(boxes: BBox[]): BBox {
	return bboxOf(
		boxes.map(([w, s, e, n]) => ({
			type: 'LineString',
			coordinates: [
				[w, s],
				[e, n]
			]
		}))
	);
}

/** Median and longest distance between consecutive points, over every part of the line. */
export function lineDetail(geom: LineGeometry): LineDetail {
	const steps = lines(geom)
		.flatMap((coords) => coords.slice(1).map((c, i) => distance(coords[i]!, c)))
		.sort((a, b) => a - b);
	const mid = steps.length / 2;
	const median = steps.length % 2 ? steps[Math.floor(mid)]! : (steps[mid - 1]! + steps[mid]!) / 2;
	return {
		medianStepKm: Math.round(median * 10) / 10,
		longestStepKm: Math.round(steps[steps.length - 1]! * 10) / 10
	};
}

/** Points every `stepKm` along each part of a line, ends included. */
export function pointsAlong(geom: LineGeometry, stepKm: number): Position[] {
	return lines(geom).flatMap((coords) => {
		const line = lineString(coords);
		const total = turfLength(line);
		const n = Math.max(1, Math.ceil(total / stepKm));
		return Array.from({ length: n + 1 }, (_, i) => along(line, (total * i) / n).geometry.coordinates);
	});
}
