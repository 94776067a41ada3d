// Named relief: ranges, plateaus and peaks. Natural Earth 10m geography regions and elevation points
// (public domain) where they are right; where NE is wrong or silent, positions derived from the ETOPO5
// relief with the method written into each feature (NE's "CAUCASUS MTS." is a sliver on the Absheron
// peninsula; NE has no Zangezur range, Armenian Highlands or Anatolian plateau).
import type { Feature, LineString, Point, Position } from 'geojson';
import { axis, centre, type Dem } from './dem';
import { roundTo } from './geo';

export type PhysicalFeature = Feature<
	Point | LineString,
	{
		name: string;
		kind: 'range' | 'plateau' | 'lowland' | 'peak';
		minzoom: number;
		elevation?: number;
		method: string;
	}
>;

const NE_KINDS: Record<string, 'range' | 'plateau' | 'lowland'> = {
	'Range/mtn': 'range',
	Plateau: 'plateau',
	Plain: 'lowland',
	Lowland: 'lowland',
	Desert: 'lowland',
	Basin: 'lowland',
	Valley: 'lowland'
};
/** Left out: broken (Caucasus), too general to place (Anatolia, Mesopotamia), or replaced below. */
const NE_SKIP = new Set(['CAUCASUS MTS.', 'ANATOLIA', 'Mesopotamia', 'Calabria', 'Levant Coast', 'Dalmatia']);

/** NE's abbreviated, upper-case names as an atlas would print them. */
export function tidyName(raw: string): string {
	let s = raw.replace(/\s+\./g, '.').trim();
	if (s === s.toUpperCase())
		s = s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
	return s
		.replace(/\bMts\.?$/i, 'Mountains')
		.replace(/\bRa\.$/i, 'Range')
		.replace(/\bPen\.$/i, 'Peninsula')
		.replace(/^Elburz\b/, 'Elburz');
}

const PEAK_NAMES: Record<string, string> = {
	'Gora Elbrus': 'Elbrus',
	'Gora Shkhara': 'Shkhara',
	'Gora Tebulosmta': 'Tebulosmta',
	'Aragats Lerr': 'Aragats',
	'Bazar Dyuzi': 'Bazardüzü',
	'Kackar Dagi': 'Kaçkar',
	'Sabalon Kuh': 'Sabalan',
	'Erciyes Dagi': 'Erciyes',
	'Mt. Damavand': 'Damavand'
};
const LANDMARK_PEAKS = new Set(['Mount Ararat', 'Aragats', 'Elbrus', 'Damavand']);

const pt = (c: Position): Point => ({ type: 'Point', coordinates: c.map((v) => roundTo(v, 3)) });

export function derivePhysical(
	labelPoints: { features: Feature<Point, Record<string, unknown>>[] },
	elevations: { features: Feature<Point, Record<string, unknown>>[] },
	dem: Dem
): PhysicalFeature[] {
	const out: PhysicalFeature[] = [];
	for (const f of labelPoints.features) {
		const p = f.properties;
		const kind = NE_KINDS[String(p.featurecla)];
		const raw = String(p.name ?? '');
		if (!kind || NE_SKIP.has(raw)) continue;
		const rank = Number(p.scalerank ?? 5);
		out.push({
			type: 'Feature',
			properties: {
				name: tidyName(raw),
				kind,
				minzoom: rank <= 2 ? 3 : rank <= 3 ? 4 : 5,
				method: 'Natural Earth label point'
			},
			geometry: pt(f.geometry.coordinates)
		});
	}
	for (const f of elevations.features) {
		const p = f.properties;
		const elevation = Number(p.elevation);
		if (p.featurecla !== 'mountain' || !(elevation >= 2500) || !p.name) continue;
		const name = PEAK_NAMES[String(p.name)] ?? String(p.name);
		out.push({
			type: 'Feature',
			properties: {
				name,
				kind: 'peak',
				elevation,
				minzoom: LANDMARK_PEAKS.has(name) ? 6 : 8,
				method: 'Natural Earth elevation point'
			},
			geometry: pt(f.geometry.coordinates)
		});
	}
	// Derived from ETOPO5: each method says which cells.
	const greater = dem.cells([38.5, 41.6, 49.6, 44.2], (m) => m >= 2000);
	out.push({
		type: 'Feature',
		properties: {
			name: 'Greater Caucasus',
			kind: 'range',
			minzoom: 4,
			method: 'ETOPO5 cells ≥ 2,000 m in 38.5–49.6°E, 41.6–44.2°N: principal axis, 10th–90th percentile'
		},
		geometry: { type: 'LineString', coordinates: axis(greater).map((c) => c.map((v) => roundTo(v, 3))) }
	});
	// Zangezur: the highest cell of each 5′ row between Nakhchivan and Syunik, 38.95–39.75°N.
	const crest: Position[] = [];
	for (let lat = 38.95; lat <= 39.75; lat += 1 / 12) {
		let best: Position = [45.9, lat];
		for (let lon = 45.6; lon <= 46.35; lon += 1 / 12)
			if (dem.at(lon, lat) > dem.at(best[0]!, lat)) best = [lon, lat];
		crest.push(best);
	}
	out.push({
		type: 'Feature',
		properties: {
			name: 'Zangezur Mountains',
			kind: 'range',
			minzoom: 7,
			method: 'ETOPO5: highest cell of each 5′ row in 45.6–46.35°E, 38.95–39.75°N, ends of the fitted axis'
		},
		geometry: { type: 'LineString', coordinates: axis(crest).map((c) => c.map((v) => roundTo(v, 3))) }
	});
	const plateaus: [string, [number, number, number, number], (m: number) => boolean, number, string][] = [
		[
			'Anatolian Plateau',
			[31, 37.8, 37, 40.2],
			(m) => m >= 900 && m <= 1400,
			5,
			'900–1,400 m in 31–37°E, 37.8–40.2°N'
		],
		[
			'Armenian Highlands',
			[41, 38.6, 45.5, 40.6],
			(m) => m >= 1800,
			5,
			'≥ 1,800 m in 41–45.5°E, 38.6–40.6°N'
		],
		[
			'Kars Plateau',
			[42.4, 40.2, 43.8, 41.2],
			(m) => m >= 1700 && m <= 2300,
			7,
			'1,700–2,300 m in 42.4–43.8°E, 40.2–41.2°N'
		]
	];
	for (const [name, box, keep, minzoom, cells] of plateaus)
		out.push({
			type: 'Feature',
			properties: { name, kind: 'plateau', minzoom, method: `ETOPO5: mean position of the cells ${cells}` },
			geometry: pt(centre(dem.cells(box, keep)))
		});
	return out;
}
