// The stretches of rivers along which their names may be written: those farther from every route than
// a label's half height and a line's half width at that zoom, so a river's name never lies on a route
// that follows it (TRIPP and the Aras road run along the Araks); where a route does follow the river,
// a line beside the river on the side away from the route. Each zoom band gets its own lines; a
// stretch clear at one zoom is clear closer in too, so each band holds all that is clear from it on.
import type { Feature, MultiLineString, Position } from 'geojson';
import { densify, KM_PER_DEG, PointIndex, roundLine, runsWhere, simplifyLine, type Line } from '../geo';
import { pxPerDegree } from './clearance';

/** Half a river label's height plus half a route's width, and air: px kept between them. */
const CLEAR_PX = 12;
/** Shorter stretches cannot hold a name (with room either side). */
const MIN_PX = 70;

export interface NamedLine {
	name: string;
	minzoom: number;
	line: Line;
}

export function riverLabelLines(
	rivers: NamedLine[],
	routes: PointIndex,
	zooms: { from: number; to: number }
): Feature<MultiLineString, { name: string; z: number; zmax: number }>[] {
	const out: Feature<MultiLineString, { name: string; z: number; zmax: number }>[] = [];
	const byName = new Map<string, NamedLine[]>();
	for (const r of rivers) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
	for (const [name, pieces] of byName) {
		// Pieces that meet end to end are one river: a name may run across the joint.
		const parts = mergeEnds(pieces);
		for (let z = zooms.from; z <= zooms.to; z++) {
			const kmPx = (lat: number) => (KM_PER_DEG * Math.cos((lat * Math.PI) / 180)) / pxPerDegree(z);
			const clear = (p: Position) => routes.nearestKm(p, CLEAR_PX * kmPx(p[1]!)) === Infinity;
			const lines = parts
				// Named one zoom after the river is first drawn.
				.filter((r) => r.minzoom + 1 <= z)
				.flatMap((r) => {
					const dense = densify(r.line, kmPx(r.line[0]![1]!) * 4);
					return [...runsWhere(dense, clear), ...besideRoutes(dense, routes, kmPx)];
				})
				.filter((l) => lengthPx(l, kmPx) >= MIN_PX)
				.map((l) => roundLine(simplifyLine(l, kmPx(l[0]![1]!) * 1.5), 4))
				.filter((l) => l.length >= 2);
			if (lines.length)
				out.push({
					type: 'Feature',
					properties: { name, z, zmax: z === zooms.to ? 99 : z + 1 },
					geometry: { type: 'MultiLineString', coordinates: lines }
				});
		}
	}
	return out;
}

/** Joins lines whose ends meet (within ~50 m), keeping the lowest min zoom of the two. */
export function mergeEnds(parts: NamedLine[]): NamedLine[] {
	const out = parts.map((p) => ({ ...p, line: [...p.line] }));
	const near = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < 5e-4 && Math.abs(a[1]! - b[1]!) < 5e-4;
	let merged = true;
	while (merged) {
		merged = false;
		for (let i = 0; i < out.length && !merged; i++)
			for (let j = 0; j < out.length && !merged; j++) {
				if (i === j) continue;
				const [a, b] = [out[i]!, out[j]!];
				const rb = [...b.line].reverse();
				const joined = near(a.line.at(-1)!, b.line[0]!)
					? [...a.line, ...b.line.slice(1)]
					: near(a.line.at(-1)!, rb[0]!)
						? [...a.line, ...rb.slice(1)]
						: near(a.line[0]!, b.line.at(-1)!)
							? [...b.line, ...a.line.slice(1)]
							: near(a.line[0]!, rb.at(-1)!)
								? [...rb, ...a.line.slice(1)]
								: null;
				if (!joined) continue;
				out[i] = { ...a, minzoom: Math.min(a.minzoom, b.minzoom), line: joined };
				out.splice(j, 1);
				merged = true;
			}
	}
	return out;
}

/** Where a route follows the river, the name goes beside the river on the side away from the route:
 *  along a line OFFSET_PX off the river, where that line is clear. */
const OFFSET_PX = CLEAR_PX + 9;

export function besideRoutes(dense: Line, routes: PointIndex, kmPx: (lat: number) => number): Line[] {
	const clearKm = (p: Position) => CLEAR_PX * kmPx(p[1]!);
	const clear = (p: Position) => routes.nearestKm(p, clearKm(p)) === Infinity;
	// How far a point is from the routes, up to three times the clearance (beyond that, room enough).
	const room = (p: Position) => Math.min(routes.nearestKm(p, 3 * clearKm(p)), 3 * clearKm(p));
	const out: Line[] = [];
	for (const run of runsWhere(dense, (p) => !clear(p))) {
		const sides = [1, -1].map((side) =>
			run.map((p, i) => {
				const a = run[Math.max(0, i - 1)]!;
				const b = run[Math.min(run.length - 1, i + 1)]!;
				const k = Math.cos((p[1]! * Math.PI) / 180);
				const [dx, dy] = [(b[0]! - a[0]!) * k, b[1]! - a[1]!];
				const len = Math.hypot(dx, dy) || 1;
				const deg = (OFFSET_PX * kmPx(p[1]!)) / KM_PER_DEG;
				// The normal to the left (side 1) or right (side −1) of the river's direction.
				return [p[0]! + (side * -dy * deg) / len / k, p[1]! + (side * dx * deg) / len];
			})
		);
		// The side farther from the routes, smoothed: an offset line folds at the river's tight bends,
		// and text cannot follow sharp turns.
		const [best] = sides
			.map(smooth)
			.map((line) => ({ line, room: line.reduce((sum, p) => sum + room(p), 0) }))
			.sort((x, y) => y.room - x.room);
		out.push(...runsWhere(best!.line, clear));
	}
	return out;
}

/** A moving average over 9 points (about 36 px on screen). */
function smooth(line: Line): Line {
	const h = 4;
	return line.map((_, i) => {
		const w = line.slice(Math.max(0, i - h), i + h + 1);
		return [w.reduce((a, p) => a + p[0]!, 0) / w.length, w.reduce((a, p) => a + p[1]!, 0) / w.length];
	});
}

function lengthPx(l: Line, kmPx: (lat: number) => number): number {
	let s = 0;
	for (let i = 1; i < l.length; i++) {
		const [a, b] = [l[i - 1]!, l[i]!];
		const k = Math.cos((a[1]! * Math.PI) / 180);
		s += (Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * KM_PER_DEG) / kmPx(a[1]!);
	}
	return s;
}
