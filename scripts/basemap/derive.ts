// Derives the basemap's committed inputs (geodata/basemap/) from the raw extracts that
// scripts/basemap/extract/ makes (Natural Earth, GeoNames, ETOPO5) and from GMT's DCW data (Debian
// gmt-dcw), which it reads itself. The build tiles these files; it never needs the raw sources.
//
//   BASEMAP_RAW=/tmp/basemap-raw npx tsx scripts/basemap/derive.ts
//
// Needs gmt, gmt-dcw and gdal-bin (Debian), and the extracts under $BASEMAP_RAW.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { DETAIL_BOX } from '../../src/lib/region';
import { buildBasemap, detailCells } from '../geodata/basemap';
import { readDem } from './dem';
import { deriveFineBorders } from './derive-borders';
import { derivePhysical } from './derive-physical';
import { deriveTowns } from './derive-places';
import { deriveLakes, deriveRivers } from './derive-water';
import {
	densify,
	inRect,
	PointIndex,
	roundLine,
	runsWhere,
	simplifyLine,
	splitByRect,
	type Rect
} from './geo';

const RAW = process.env.BASEMAP_RAW ?? '/tmp/basemap-raw';
export const OUT_DIR = 'geodata/basemap';

const read = <T = { features: Feature<never, Record<string, unknown>>[] }>(...p: string[]): T =>
	JSON.parse(readFileSync(join(RAW, ...p), 'utf8')) as T;
const write = (name: string, features: unknown[]) => {
	const text = JSON.stringify({ type: 'FeatureCollection', features });
	writeFileSync(join(OUT_DIR, name), text + '\n');
	console.log(`${name}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
};
const fc = (p: string) => read<{ features: Feature<never, Record<string, unknown>>[] }>('naturalearth', p);

mkdirSync(OUT_DIR, { recursive: true });

/** Minor rivers and small lakes are kept only around the story's ground (Anatolia to the Caspian). */
const NEAR: Rect = [25, 33, 60, 46];
const near = (line: Position[]) => line.some((p) => inRect(p, NEAR));
const rivers = deriveRivers(
	fc('ne_10m_rivers_lake_centerlines.geojson'),
	fc('ne_10m_rivers_europe.geojson')
).filter((r) => r.minzoom <= 6 || near(r.line));
write(
	'rivers.geojson',
	rivers.map((r) => ({
		type: 'Feature',
		properties: { name: r.name, minzoom: r.minzoom },
		geometry: { type: 'LineString', coordinates: r.line }
	}))
);

const lakes = deriveLakes(fc('ne_10m_lakes.geojson'), fc('ne_10m_lakes_europe.geojson')).filter(
	(l) => l.minzoom <= 5 || near(l.polygons[0]![0]!)
);
write(
	'lakes.geojson',
	lakes.map((l) => ({
		type: 'Feature',
		properties: { name: l.name, kind: l.kind, minzoom: l.minzoom },
		geometry: { type: 'MultiPolygon', coordinates: l.polygons }
	}))
);

// Fine borders of the detail zone, and the rivers there without the stretches the borders now draw.
// Natural Earth at full detail over the zone (the basemap build simplifies it away from the corridors).
const zoneCells: Position[] = [];
for (let x = DETAIL_BOX[0]; x <= DETAIL_BOX[2]; x += 0.5)
	for (let y = DETAIL_BOX[1]; y <= DETAIL_BOX[3]; y += 0.5) zoneCells.push([x, y]);
const ne = buildBasemap(detailCells(zoneCells));
const neBorderLines = ne.borders.features.flatMap((f) => f.geometry.coordinates);
const borders = deriveFineBorders(
	neBorderLines,
	rivers.filter((r) => r.minzoom <= 7)
);
write('borders-detail.geojson', borders);

const [w, s, e, n] = DETAIL_BOX;
const zone: Rect = [w - 0.1, s - 0.1, e + 0.1, n + 0.1];
const wetBorders = new Map<string, PointIndex>();
for (const b of borders)
	if (b.properties.river)
		wetBorders.set(
			b.properties.river,
			(wetBorders.get(b.properties.river) ?? new PointIndex(0.05)).add(
				b.geometry.coordinates.flatMap((l) => densify(l, 0.3))
			)
		);
write(
	'rivers-detail.geojson',
	rivers.flatMap((r) => {
		const wet = wetBorders.get(r.name);
		return splitByRect(r.line, zone)
			.inside.flatMap((l) =>
				wet ? runsWhere(densify(l, 0.3), (p) => wet.nearestKm(p, 3.5) === Infinity) : [l]
			)
			.map((l) => roundLine(simplifyLine(l, 0.05), 4))
			.filter((l) => l.length >= 2)
			.map((coordinates) => ({
				type: 'Feature',
				properties: { name: r.name, minzoom: r.minzoom },
				geometry: { type: 'LineString', coordinates }
			}));
	})
);

write(
	'towns.geojson',
	deriveTowns(read('geonames', 'towns.geojson')).map(({ lon, lat, ...properties }) => ({
		type: 'Feature',
		properties,
		geometry: { type: 'Point', coordinates: [lon, lat] }
	}))
);

const dem = readDem(join(RAW, 'dem', 'etopo5_region.tif'));
write(
	'physical.geojson',
	derivePhysical(
		fc('ne_10m_geography_regions_labelpoints.geojson') as never,
		fc('ne_10m_geography_regions_elevation_points.geojson') as never,
		dem
	)
);

// Units the story needs, from Natural Earth admin-1 (v5.x): outlines for their names and inner edges.
const units: [string, string, string][] = [
	['syunik.geojson', 'Syunik Province', 'AM-SU'],
	['nakhchivan_ar.geojson', 'Nakhchivan Autonomous Republic', 'AZ-NX (the eight districts dissolved)']
];
write(
	'units.geojson',
	units.map(([file, name, code]) => {
		const g = (fc(file).features[0] as unknown as Feature<Polygon | MultiPolygon>).geometry;
		const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		return {
			type: 'Feature',
			properties: { name, code },
			geometry: {
				type: 'MultiPolygon',
				coordinates: polys.map((rings) => rings.map((r) => roundLine(simplifyLine(r, 0.05), 4)))
			}
		};
	})
);
