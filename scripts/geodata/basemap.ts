// Builds the embedded basemap from Natural Earth 10m (world-atlas): simplified in topology (so shared
// borders stay shared), clipped to the region, rounded. Output is plain GeoJSON that MapLibre's worker parses.
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	Point,
	Polygon,
	MultiPolygon,
	Position
} from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, planarTriangleArea } from 'topojson-simplify';
import { area, bboxClip, lineString } from '@turf/turf';
import polylabel from 'polylabel';
import { BASEMAP_EXTENT } from '../../src/lib/region';
import { identify, loadTopology } from './country-index';

/** Triangles smaller than this (deg²) are dropped away from the corridors: a few km of detail, plenty at the zooms a reader sees there. */
const MIN_WEIGHT = 0.03;
/** Near the corridors readers zoom in to street-ish scales, so keep ~50 m detail there. */
const DETAIL_FACTOR = 3000;
/** Grid size (degrees) of the "near a corridor" mask. */
const DETAIL_CELL = 0.5;

function cellKey(lon: number, lat: number): string {
	return `${Math.floor(lon / DETAIL_CELL)}:${Math.floor(lat / DETAIL_CELL)}`;
}

/** Cells within one cell of any of the given points (callers pass densified corridor vertices). */
export function detailCells(points: Iterable<Position>): Set<string> {
	const cells = new Set<string>();
	for (const [lon, lat] of points) {
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++) cells.add(cellKey(lon! + dx * DETAIL_CELL, lat! + dy * DETAIL_CELL));
	}
	return cells;
}
/** ~100 m: finer than anything visible at the zooms the map allows over the whole region. */
const DECIMALS = 3;

export interface Basemap {
	land: FeatureCollection<Polygon | MultiPolygon, { a3: string; name: string }>;
	borders: FeatureCollection<MultiLineString>;
	countryLabels: FeatureCollection<Point, { name: string; a3: string; rank: number }>;
}

function round(v: number): number {
	const f = 10 ** DECIMALS;
	return Math.round(v * f) / f;
}

function roundRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const [x, y] of ring) {
		const p = [round(x!), round(y!)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** Units that Natural Earth cuts out of a state but that are not states (unrecognised entities, a leased
 *  area, a disputed glacier): their land is drawn, but no country label is put on them. */
export const UNLABELLED = new Set(['N. Cyprus', 'Somaliland', 'Siachen Glacier', 'Baikonur']);

export function buildBasemap(detail: Set<string>, topo: Topology = loadTopology()): Basemap {
	// Weight each vertex by the area of its triangle, boosted near corridors, then drop light ones.
	const pre = presimplify(structuredClone(topo) as Topology<Objects<Record<string, unknown>>>, (t) => {
		const [lon, lat] = t[1];
		return planarTriangleArea(t) * (detail.has(cellKey(lon, lat)) ? DETAIL_FACTOR : 1);
	});
	const simplified = simplify(pre, MIN_WEIGHT);
	const countries = simplified.objects.countries as GeometryCollection<{ name: string }>;
	const land: Basemap['land'] = { type: 'FeatureCollection', features: [] };
	const countryLabels: Basemap['countryLabels'] = { type: 'FeatureCollection', features: [] };
	for (const f of feature(simplified, countries).features) {
		if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
		const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, BASEMAP_EXTENT).geometry as
			Polygon | MultiPolygon;
		const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
		const polys = parts
			.map((rings) => rings.map((r) => roundRing(r)).filter((r) => r.length >= 4))
			.filter((rings) => rings.length > 0);
		if (polys.length === 0) continue;
		const { a3, name } = identify(f.id, f.properties?.name);
		const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polys };
		land.features.push({ type: 'Feature', properties: { a3, name }, geometry });
		const label = UNLABELLED.has(name) ? null : labelPoint(geometry);
		if (label) {
			const km2 = area({ type: 'Feature', properties: {}, geometry }) / 1e6;
			countryLabels.features.push({
				type: 'Feature',
				properties: { name, a3, rank: km2 > 500_000 ? 1 : km2 > 50_000 ? 2 : 3 },
				geometry: { type: 'Point', coordinates: label }
			});
		}
	}
	const borderMesh = mesh(simplified, countries, (a, b) => a !== b);
	const borderLines = borderMesh.coordinates
		.map((l) => roundRing(l))
		.filter((l) => l.length >= 2)
		.map((l) => bboxClip(lineString(l), BASEMAP_EXTENT).geometry as LineString | MultiLineString)
		.flatMap((g): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates))
		.filter((l) => l.length >= 2);
	return {
		land,
		borders: {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } }
			]
		},
		countryLabels
	};
}

/** Label point inside the largest part of a country. */
function labelPoint(geom: MultiPolygon): Position | null {
	let best: Position[][] | undefined;
	let bestArea = 0;
	for (const rings of geom.coordinates) {
		const a = area({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } });
		if (a > bestArea) {
			bestArea = a;
			best = rings;
		}
	}
	if (!best || bestArea < 2e9) return null; // too small to label at region zooms
	// Pole of inaccessibility: the point farthest from the edges, where a label sits best.
	const p = polylabel(best as [number, number][][], 0.01);
	return [round(p[0]!), round(p[1]!)];
}
