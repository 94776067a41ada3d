// Small symbols where the routes use them: ports and ferry terminals (the project's places), border
// crossings (where a rail, road or ferry route crosses a national border, found at build time against
// the borders the map draws), and the break of gauge at Akhalkalaki (the 1,520 mm Georgian network meets
// the 1,435 mm line to Kars there), placed on the railway nearest the town.
import type { Feature, Point, Position } from 'geojson';
import { distKm, roundTo, type Line } from '../geo';

export type SymbolKind = 'port' | 'ferry' | 'crossing' | 'gauge';
export type SymbolFeature = Feature<Point, { kind: SymbolKind; name: string; minzoom: number }>;

export interface RouteLine {
	mode: string;
	/** The segment's name, which the style writes along the line (its glyphs are built here too). */
	name?: string;
	lines: Line[];
}

/** Ferry ends lie within this distance of a port the project lists. */
const FERRY_KM = 6;
/** Crossings of one route closer than this are one crossing (a line wobbling along a border). */
const SAME_CROSSING_KM = 4;

const pt = (p: Position): Point => ({ type: 'Point', coordinates: [roundTo(p[0]!, 4), roundTo(p[1]!, 4)] });

export function portSymbols(
	ports: { name: string; lon: number; lat: number; minzoom: number }[],
	routes: RouteLine[]
): SymbolFeature[] {
	const ferryEnds = routes
		.filter((r) => r.mode === 'sea')
		.flatMap((r) => r.lines.flatMap((l) => [l[0]!, l[l.length - 1]!]));
	return ports.map((p) => ({
		type: 'Feature',
		properties: {
			kind: ferryEnds.some((e) => distKm(e, [p.lon, p.lat]) < FERRY_KM) ? 'ferry' : 'port',
			name: p.name,
			minzoom: Math.max(5, p.minzoom - 1)
		},
		geometry: pt([p.lon, p.lat])
	}));
}

function intersect(a: Position, b: Position, c: Position, d: Position): Position | null {
	const [x1, y1, x2, y2, x3, y3, x4, y4] = [a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!, d[0]!, d[1]!];
	const den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
	if (den === 0) return null;
	const t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den;
	const u = -((x1 - x2) * (y1 - y3) - (y1 - y2) * (x1 - x3)) / den;
	return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [x1 + t * (x2 - x1), y1 + t * (y2 - y1)] : null;
}

/** Where rail, road and mixed routes cross the given borders. */
export function crossingSymbols(routes: RouteLine[], borders: Line[]): SymbolFeature[] {
	const cell = 0.5;
	const grid = new Map<string, [Position, Position][]>();
	for (const l of borders)
		for (let i = 1; i < l.length; i++) {
			const k = `${Math.floor(l[i]![0]! / cell)}:${Math.floor(l[i]![1]! / cell)}`;
			(grid.get(k) ?? grid.set(k, []).get(k)!).push([l[i - 1]!, l[i]!]);
		}
	const found: Position[] = [];
	for (const r of routes) {
		if (!['rail', 'road', 'mixed'].includes(r.mode)) continue;
		const mine: Position[] = [];
		for (const l of r.lines)
			for (let i = 1; i < l.length; i++) {
				const [a, b] = [l[i - 1]!, l[i]!];
				const cx = Math.floor(b[0]! / cell);
				const cy = Math.floor(b[1]! / cell);
				for (let dx = -1; dx <= 1; dx++)
					for (let dy = -1; dy <= 1; dy++)
						for (const [c, d] of grid.get(`${cx + dx}:${cy + dy}`) ?? []) {
							const p = intersect(a, b, c, d);
							if (p && !mine.some((q) => distKm(p, q) < SAME_CROSSING_KM)) mine.push(p);
						}
			}
		for (const p of mine) if (!found.some((q) => distKm(p, q) < SAME_CROSSING_KM)) found.push(p);
	}
	return found.map((p) => ({
		type: 'Feature',
		properties: { kind: 'crossing', name: '', minzoom: 7 },
		geometry: pt(p)
	}));
}

/** The break of gauge: on the rail route nearest to Akhalkalaki. */
export function gaugeSymbol(akhalkalaki: Position, routes: RouteLine[]): SymbolFeature {
	let best: Position = akhalkalaki;
	let bestKm = Infinity;
	for (const r of routes)
		if (r.mode === 'rail')
			for (const p of r.lines.flat()) {
				const d = distKm(p, akhalkalaki);
				if (d < bestKm) [best, bestKm] = [p, d];
			}
	if (bestKm > 10)
		throw new Error(`symbols: no railway within 10 km of Akhalkalaki (nearest ${bestKm.toFixed(1)} km)`);
	return {
		type: 'Feature',
		properties: { kind: 'gauge', name: 'Break of gauge', minzoom: 7 },
		geometry: pt(best)
	};
}
