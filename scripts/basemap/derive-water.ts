// Rivers and lakes from Natural Earth 10m (v4.0.0, public domain): the main centreline layer and its
// supplementary European layer, which alone has the Akhurian, the Çoruh and the upper Araks. Names are
// given in the English forms the app uses (NE writes Aras, Coruh, Ile, and lost the ı of Kızılırmak);
// min zooms rank them, with the rivers the routes follow or cross drawn from the start.
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { densify, PointIndex, roundLine, runsWhere, simplifyLine, type Line } from './geo';

type NeFeature = Feature<
	LineString | { type: 'MultiLineString'; coordinates: Position[][] } | Polygon | MultiPolygon,
	Record<string, unknown>
>;
interface Collection {
	features: NeFeature[];
}

/** NE name (ASCII, as written) → the name the map shows. */
const RIVER_NAMES: Record<string, string> = {
	Aras: 'Araks',
	'Kiz?lirmak': 'Kızılırmak',
	Kizilirmak: 'Kızılırmak',
	Coruh: 'Çoruh',
	Ile: 'Ili',
	Akhurian: 'Akhurian (Arpaçay)',
	Kura: 'Kura',
	Yesilirmak: 'Yeşilırmak',
	Qotur: 'Qotur'
};
/** Rivers the routes follow or cross: drawn and named from these zooms whatever NE's rank. */
const STORY_RIVERS: Record<string, number> = {
	Araks: 4,
	Kura: 4,
	'Syr Darya': 4,
	Ili: 4,
	Kızılırmak: 5,
	Çoruh: 6,
	'Akhurian (Arpaçay)': 6
};
const LAKE_NAMES: Record<string, string> = {
	'Mingevir Reservoir': 'Mingachevir Reservoir',
	'Kapchagay Reservoir': 'Kapshagay Reservoir',
	Cildir: 'Lake Çıldır'
};
const STORY_LAKES: Record<string, number> = {
	'Lake Sevan': 4,
	'Lake Van': 3,
	'Lake Urmia': 3,
	'Mingachevir Reservoir': 5,
	'Kapshagay Reservoir': 5
};

const cleanName = (raw: unknown) =>
	String(raw ?? '')
		.replace(/\s+/g, ' ')
		.trim();

function parts(f: NeFeature): Line[] {
	const g = f.geometry;
	if (!g) return [];
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	return [];
}

export interface River {
	name: string;
	minzoom: number;
	line: Line;
}

/** NE scalerank → the zoom a river is first drawn at. */
const riverZoom = (rank: number) => (rank <= 5 ? 4 : rank <= 7 ? 5 : rank <= 8 ? 6 : 7);

export function deriveRivers(main: Collection, europe: Collection): River[] {
	const out: River[] = [];
	const take = (f: NeFeature, fallbackRank: number) => {
		if (f.properties.featurecla !== 'River') return;
		const raw = cleanName(f.properties.name);
		if (!raw) return;
		const name = RIVER_NAMES[raw] ?? raw;
		const rank = Number(f.properties.scalerank ?? fallbackRank);
		const minzoom = Math.min(STORY_RIVERS[name] ?? 99, riverZoom(rank));
		for (const l of parts(f)) out.push({ name, minzoom, line: l });
	};
	for (const f of main.features) take(f, 8);
	// The European layer repeats some main rivers: keep only what lies > 3 km from the same name's line.
	const mainIndex = new Map<string, PointIndex>();
	for (const r of out)
		mainIndex.set(r.name, (mainIndex.get(r.name) ?? new PointIndex()).add(densify(r.line, 0.5)));
	const fromEurope: River[] = [];
	for (const f of europe.features) {
		const before = out.length;
		take(f, 10);
		for (const r of out.splice(before)) {
			const idx = mainIndex.get(r.name);
			const pieces = idx ? splitFar(r.line, idx) : [r.line];
			for (const line of pieces) fromEurope.push({ ...r, line });
		}
	}
	return [...out, ...fromEurope]
		.flatMap(akhurianApart)
		.map((r) => ({ ...r, line: roundLine(simplifyLine(r.line, 0.15), 4) }))
		.filter((r) => r.line.length >= 2);
}

/** Natural Earth's Aras centreline runs on up the Akhurian above their confluence (40.13°N, 43.65°E):
 *  that stretch is named for the Akhurian. */
function akhurianApart(r: River): River[] {
	if (r.name !== 'Araks') return [r];
	const upper = (p: Position) => p[1]! > 40.13 && p[0]! < 43.8;
	return [
		...runsWhere(r.line, (p) => !upper(p)).map((line) => ({ ...r, line })),
		...runsWhere(r.line, upper).map((line) => ({ ...r, name: 'Akhurian (Arpaçay)', line }))
	];
}

function splitFar(line: Line, idx: PointIndex): Line[] {
	const dense = densify(line, 0.5);
	const out: Line[] = [];
	let run: Line = [];
	for (const p of dense) {
		if (idx.nearestKm(p, 3) === Infinity) run.push(p);
		else {
			if (run.length >= 2) out.push(run);
			run = [];
		}
	}
	if (run.length >= 2) out.push(run);
	return out;
}

export interface Lake {
	name: string;
	kind: 'lake' | 'reservoir';
	minzoom: number;
	polygons: Position[][][];
}

const lakeZoom = (rank: number) => (rank <= 2 ? 2 : rank <= 4 ? 3 : rank <= 5 ? 4 : rank <= 7 ? 5 : 6);

export function deriveLakes(main: Collection, europe: Collection): Lake[] {
	const out: Lake[] = [];
	for (const [fc, fallbackRank] of [
		[main, 7],
		[europe, 9]
	] as const)
		for (const f of fc.features) {
			const g = f.geometry;
			if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
			const raw = cleanName(f.properties.name);
			const name = LAKE_NAMES[raw] ?? raw;
			const rank = Number(f.properties.scalerank ?? fallbackRank);
			const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
			const rings = polys
				.map((rs) => rs.map((r) => roundLine(simplifyLine(r, 0.1), 4)).filter((r) => r.length >= 4))
				.filter((rs) => rs.length > 0);
			if (rings.length === 0) continue;
			out.push({
				name,
				kind: String(f.properties.featurecla).includes('Reservoir') ? 'reservoir' : 'lake',
				minzoom: Math.min(STORY_LAKES[name] ?? 99, lakeZoom(rank)),
				polygons: rings
			});
		}
	return out;
}
