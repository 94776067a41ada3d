// Whether a label's box, at a zoom, would lie on a route line. Labels cannot collide with lines in
// MapLibre (only with other labels), so the build keeps them off the corridors: it places each label
// candidate and picks each town's anchor where the box at that zoom touches no corridor segment.
import type { Position } from 'geojson';
import type { Line } from '../geo';

/** Screen px per degree of longitude at a zoom (512-px tiles); a degree of latitude is about cos(lat)⁻¹ times more. */
export const pxPerDegree = (z: number) => (512 * 2 ** z) / 360;

/** Where a point lies on the world at zoom z, px (y down), as the map's Mercator projection puts it: to
 *  compare places far apart in latitude, where one scale for both would be wrong. */
export const worldPx = (p: Position, z: number): [number, number] => {
	const k = pxPerDegree(z);
	return [p[0]! * k, (-k * 180 * Math.asinh(Math.tan((p[1]! * Math.PI) / 180))) / Math.PI];
};

/** A label's box around its anchor point, in px: left, top, right, bottom (y down). */
export type Box = [number, number, number, number];

/** Routes are 3–5 px wide at the zooms their towns are named (wider only when selected): half of that
 *  is kept clear; the label's halo gives the rest. */
const LINE_HALF_PX = 2.5;

type Seg = [number, number, number, number];

export class CorridorIndex {
	private cells = new Map<string, Seg[]>();
	constructor(
		lines: Line[],
		private cellDeg = 0.25
	) {
		for (const line of lines)
			for (let i = 1; i < line.length; i++) {
				const [ax, ay] = line[i - 1] as [number, number];
				const [bx, by] = line[i] as [number, number];
				const seg: Seg = [ax, ay, bx, by];
				for (let x = Math.floor(Math.min(ax, bx) / cellDeg); x <= Math.floor(Math.max(ax, bx) / cellDeg); x++)
					for (
						let y = Math.floor(Math.min(ay, by) / cellDeg);
						y <= Math.floor(Math.max(ay, by) / cellDeg);
						y++
					) {
						const k = `${x}:${y}`;
						const list = this.cells.get(k);
						if (list) list.push(seg);
						else this.cells.set(k, [seg]);
					}
			}
	}

	/** True when a corridor segment passes through the box (widened by half a line) at zoom z. */
	hits(anchor: Position, box: Box, z: number): boolean {
		const [lon, lat] = anchor as [number, number];
		const k = pxPerDegree(z);
		const ky = k / Math.cos((lat * Math.PI) / 180);
		// The box in degrees (y up).
		const w = lon + (box[0] - LINE_HALF_PX) / k;
		const e = lon + (box[2] + LINE_HALF_PX) / k;
		const n = lat - (box[1] - LINE_HALF_PX) / ky;
		const s = lat - (box[3] + LINE_HALF_PX) / ky;
		const seen = new Set<Seg>();
		for (let x = Math.floor(w / this.cellDeg); x <= Math.floor(e / this.cellDeg); x++)
			for (let y = Math.floor(s / this.cellDeg); y <= Math.floor(n / this.cellDeg); y++)
				for (const seg of this.cells.get(`${x}:${y}`) ?? []) {
					if (seen.has(seg)) continue;
					seen.add(seg);
					if (segmentHitsRect(seg, w, s, e, n)) return true;
				}
		return false;
	}
}

/** Liang–Barsky: does the segment meet the rectangle? */
export function segmentHitsRect([ax, ay, bx, by]: Seg, w: number, s: number, e: number, n: number): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = bx - ax;
	const dy = by - ay;
	for (const [p, q] of [
		[-dx, ax - w],
		[dx, e - ax],
		[-dy, ay - s],
		[dy, n - ay]
	] as [number, number][]) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Rough width of a label in px: Noto Sans averages ~0.58 em a letter, capitals ~0.7 em. */
export function textWidthPx(
	text: string,
	sizePx: number,
	opts: { upper?: boolean; spacingEm?: number } = {}
): number {
	const perChar = (opts.upper ? 0.7 : 0.58) + (opts.spacingEm ?? 0);
	return [...text].length * perChar * sizePx;
}

/** The box of a label of a given size centred on its anchor. */
export function centredBox(widthPx: number, heightPx: number): Box {
	return [-widthPx / 2, -heightPx / 2, widthPx / 2, heightPx / 2];
}
