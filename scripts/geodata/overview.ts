// The overview inset's little map, drawn at build time: land and state borders of the region around the
// story (Natural Earth 1:50m) as SVG paths in Web Mercator, scaled to the inset's size. The browser only
// draws the view's rectangle on it.
import { createRequire } from 'node:module';
import { bboxClip, lineString } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Overview } from '../../src/lib/data/types';
import { OVERVIEW } from '../../src/lib/layout';
import { mercatorY } from '../../src/lib/region';

const require = createRequire(import.meta.url);

export function buildOverview(box = OVERVIEW.bbox): Overview {
	const topo = require('world-atlas/countries-50m.json') as Topology;
	const [w, s, e, n] = box;
	const width = OVERVIEW.width;
	const height = Math.round((width * (mercatorY(n) - mercatorY(s))) / (((e - w) * Math.PI) / 180));
	const x = (lon: number) => Math.round(((lon - w) / (e - w)) * width * 2) / 2;
	const y = (lat: number) =>
		Math.round(((mercatorY(n) - mercatorY(lat)) / (mercatorY(n) - mercatorY(s))) * height * 2) / 2;
	const ring = (pts: Position[]) =>
		pts
			.map(([lon, lat], i) => `${i ? 'L' : 'M'}${x(lon!)} ${y(lat!)}`)
			.filter((cmd, i, all) => i === 0 || cmd.slice(1) !== all[i - 1]!.slice(1))
			.join('');
	const land = feature(topo, topo.objects.land as GeometryCollection).features.flatMap((f) => {
		const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, box).geometry;
		const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : (clipped as MultiPolygon).coordinates;
		return polys.flatMap((rings) => rings.filter((r) => r.length > 3).map((r) => ring(r) + 'Z'));
	});
	const borders = (
		mesh(topo, topo.objects.countries as GeometryCollection, (a, b) => a !== b) as MultiLineString
	).coordinates.flatMap((l) => {
		const g = bboxClip(lineString(l), box).geometry;
		return (g.type === 'LineString' ? [g.coordinates] : (g as MultiLineString).coordinates)
			.filter((c) => c.length > 1)
			.map(ring);
	});
	return { bbox: box, width, height, land: land.join(''), borders: borders.join('') };
}
