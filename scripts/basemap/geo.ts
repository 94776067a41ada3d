// Plain-coordinate helpers shared by the basemap's derive and tile steps: rounding, simplification,
// cutting lines by a rectangle, and a grid index that answers "how far is the nearest point" fast.
// Distances use an equirectangular approximation: exact enough (<0.5%) over the few km they judge.
import type { Position } from 'geojson';

export type Line = Position[];
export type Rect = [west: number, south: number, east: number, north: number];

export const KM_PER_DEG = 111.32;

export function roundTo(v: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(v * f) / f;
}

/** Rounds every point and drops the repeats that rounding makes. */
export function roundLine(line: Line, decimals: number): Line {
	const out: Line = [];
	for (const [x, y] of line) {
		const p = [roundTo(x!, decimals), roundTo(y!, decimals)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

export function distKm(a: Position, b: Position): number {
	const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
	return Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * KM_PER_DEG;
}

/** Douglas–Peucker in degrees scaled by cos(lat), so the tolerance is the same distance everywhere. */
export function simplifyLine(line: Line, toleranceKm: number): Line {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		let best = -1;
		let bestD = toleranceKm;
		for (let k = i + 1; k < j; k++) {
			const d = segmentDistKm(line[k]!, line[i]!, line[j]!);
			if (d > bestD) [best, bestD] = [k, d];
		}
		if (best > 0) {
			keep[best] = 1;
			stack.push([i, best], [best, j]);
		}
	}
	return line.filter((_, k) => keep[k]);
}

/** Distance (km) from p to the segment a–b. */
export function segmentDistKm(p: Position, a: Position, b: Position): number {
	const k = Math.cos((p[1]! * Math.PI) / 180);
	const [px, py, ax, ay, bx, by] = [p[0]! * k, p[1]!, a[0]! * k, a[1]!, b[0]! * k, b[1]!];
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy) * KM_PER_DEG;
}

/** Points every `stepKm` or closer along a line (the original points kept). */
export function densify(line: Line, stepKm: number): Line {
	const out: Line = [];
	for (let i = 0; i < line.length; i++) {
		const a = line[i]!;
		out.push(a);
		const b = line[i + 1];
		if (!b) break;
		const n = Math.floor(distKm(a, b) / stepKm);
		for (let s = 1; s <= n; s++) {
			const t = s / (n + 1);
			out.push([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]);
		}
	}
	return out;
}

export function inRect([x, y]: Position, [w, s, e, n]: Rect): boolean {
	return x! >= w && x! <= e && y! >= s && y! <= n;
}

/** Cuts a line where it crosses the rectangle's edge: the runs inside and the runs outside. */
export function splitByRect(line: Line, rect: Rect): { inside: Line[]; outside: Line[] } {
	const inside: Line[] = [];
	const outside: Line[] = [];
	let run: Line = [line[0]!];
	let wasIn = inRect(line[0]!, rect);
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		// Every crossing of the edge between a and b, in order along the segment.
		const ts = edgeCrossings(a, b, rect);
		for (const t of ts) {
			const p = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
			run.push(p);
			(wasIn ? inside : outside).push(run);
			run = [p];
			wasIn = !wasIn;
		}
		run.push(b);
	}
	(wasIn ? inside : outside).push(run);
	const ok = (l: Line) => l.length >= 2;
	return { inside: inside.filter(ok), outside: outside.filter(ok) };
}

function edgeCrossings(a: Position, b: Position, [w, s, e, n]: Rect): number[] {
	const ts: number[] = [];
	const dx = b[0]! - a[0]!;
	const dy = b[1]! - a[1]!;
	for (const [edge, d, o, lo, hi, isX] of [
		[w, dx, a[0]!, s, n, true],
		[e, dx, a[0]!, s, n, true],
		[s, dy, a[1]!, w, e, false],
		[n, dy, a[1]!, w, e, false]
	] as [number, number, number, number, number, boolean][]) {
		if (d === 0) continue;
		const t = (edge - o) / d;
		if (t <= 0 || t >= 1) continue;
		const other = isX ? a[1]! + dy * t : a[0]! + dx * t;
		if (other >= lo && other <= hi) ts.push(t);
	}
	// A crossing exactly at a corner counts once.
	return [...new Set(ts.sort((x, y) => x - y))];
}

/** Points bucketed in a grid of `cellDeg` cells: nearest-distance queries look at nearby cells only. */
export class PointIndex {
	private cells = new Map<string, Position[]>();
	constructor(private cellDeg = 0.05) {}
	private key(x: number, y: number) {
		return `${Math.floor(x / this.cellDeg)}:${Math.floor(y / this.cellDeg)}`;
	}
	add(points: Iterable<Position>): this {
		for (const p of points) {
			const k = this.key(p[0]!, p[1]!);
			const list = this.cells.get(k);
			if (list) list.push(p);
			else this.cells.set(k, [p]);
		}
		return this;
	}
	/** Distance (km) to the nearest indexed point, or Infinity beyond `maxKm`. */
	nearestKm(p: Position, maxKm: number): number {
		const r = Math.ceil(maxKm / KM_PER_DEG / this.cellDeg / Math.cos((p[1]! * Math.PI) / 180)) + 1;
		const cx = Math.floor(p[0]! / this.cellDeg);
		const cy = Math.floor(p[1]! / this.cellDeg);
		let best = Infinity;
		for (let dx = -r; dx <= r; dx++)
			for (let dy = -r; dy <= r; dy++)
				for (const q of this.cells.get(`${cx + dx}:${cy + dy}`) ?? []) best = Math.min(best, distKm(p, q));
		return best <= maxKm ? best : Infinity;
	}
}

/** The runs of a line whose points pass `keep`, cut where they stop passing. */
export function runsWhere(line: Line, keep: (p: Position) => boolean): Line[] {
	const out: Line[] = [];
	let run: Line = [];
	for (const p of line) {
		if (keep(p)) run.push(p);
		else {
			if (run.length >= 2) out.push(run);
			run = [];
		}
	}
	if (run.length >= 2) out.push(run);
	return out;
}
