// The basemap build, run by `npm run geodata`: turns the committed inputs (geodata/basemap/) and the
// corridors into what the map loads, all static files: overview and detail vector tiles, the relief
// tiles, the symbol sprite and the label glyphs.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import {
	BASEMAP_EXTENT,
	DETAIL_BOX,
	DETAIL_TILES_Z7,
	DETAIL_ZOOMS,
	OVERVIEW_MAX_ZOOM
} from '../../../src/lib/region';
import { FONT } from '../../../src/lib/theme';
import { buildBasemap, detailCells, UNLABELLED } from '../../geodata/basemap';
import { splitByRect, type Line, type Rect } from '../geo';
import { detailLayers } from './detail';
import { buildGlyphs } from './glyphs';
import { readInputs } from './inputs';
import { writeRelief } from './relief';
import { overviewLayers } from './overview';
import { buildSprite } from './sprite';
import { crossingSymbols, gaugeSymbol, portSymbols, type RouteLine } from './symbols';
import { tilesOfBox, writeTiles, type TileStats } from './write-tiles';

export interface BasemapBuildInput {
	inputDir: string;
	outDir: string;
	routes: RouteLine[];
	places: { name: string; lon: number; lat: number; kind: string; minzoom: number }[];
}

/** Places the project lists as ports that are not ports: TAP's landfall and the gas terminal. */
const NOT_PORTS = new Set(['Melendugno', 'Sangachal']);

export async function buildBasemapTiles(
	b: BasemapBuildInput
): Promise<{ overview: TileStats; detail: TileStats; glyphBytes: number }> {
	const inputs = readInputs(b.inputDir);
	const routeLines = b.routes.flatMap((r) => r.lines);
	const ne = buildBasemap(detailCells(routeLines.flat()));
	const neBorders = ne.borders.features.flatMap((f) => f.geometry.coordinates);
	const land = ne.land.features.map((f) => ({
		...f.properties,
		polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
	}));

	// Crossings against the borders the map draws: DCW in the detail zone, Natural Earth elsewhere.
	const zone = DETAIL_BOX as Rect;
	const drawnBorders: Line[] = [
		...inputs.bordersDetail.flatMap((f) => f.lines),
		...neBorders.flatMap((l) => splitByRect(l, zone).outside)
	];
	const akhalkalaki = inputs.towns.find((t) => t.name === 'Akhalkalaki');
	if (!akhalkalaki) throw new Error('basemap: Akhalkalaki is missing from geodata/basemap/towns.geojson');
	const symbols = [
		...portSymbols(
			b.places.filter((p) => p.kind === 'port' && !NOT_PORTS.has(p.name)),
			b.routes
		),
		...crossingSymbols(b.routes, drawnBorders),
		gaugeSymbol(akhalkalaki.at, b.routes)
	];

	const { layers: overviewSet, pool } = overviewLayers({
		basemap: inputs,
		land,
		unlabelled: UNLABELLED,
		neBorders,
		routes: routeLines,
		seas: b.places.filter((p) => p.kind === 'sea'),
		symbols
	});
	const overview = writeTiles(
		join(b.outDir, 'tiles', 'overview'),
		overviewSet,
		{ min: 0, max: OVERVIEW_MAX_ZOOM },
		(z) => tilesOfBox(BASEMAP_EXTENT, z)
	);
	const detail = writeTiles(
		join(b.outDir, 'tiles', 'detail'),
		detailLayers(inputs, routeLines, pool),
		DETAIL_ZOOMS,
		(z) => {
			const k = 2 ** (z - 7);
			return {
				x: [DETAIL_TILES_Z7.x[0] * k, (DETAIL_TILES_Z7.x[1] + 1) * k - 1],
				y: [DETAIL_TILES_Z7.y[0] * k, (DETAIL_TILES_Z7.y[1] + 1) * k - 1]
			};
		}
	);

	writeRelief(join(b.inputDir, 'relief'), join(b.outDir, 'relief'));
	// The licence texts and notice the sources ask to ship (GeoNames' CC BY, DCW-GMT's LGPL).
	rmSync(join(b.outDir, 'licences'), { recursive: true, force: true });
	cpSync(join(b.inputDir, 'licences'), join(b.outDir, 'licences'), { recursive: true });
	buildSprite(join(b.outDir, 'sprite'));

	// Each font gets the letters of the labels the style draws with it (see src/lib/map/layers).
	const towns = inputs.towns.filter((t) => t.kind !== 'capital').map((t) => t.name);
	const capitals = inputs.towns.filter((t) => t.kind === 'capital').map((t) => t.name);
	const water = [...inputs.rivers, ...inputs.lakes].map((w) => w.name);
	const relief = inputs.physical.map((f) => f.properties.name);
	rmSync(join(b.outDir, 'glyphs'), { recursive: true, force: true });
	const glyphBytes = await buildGlyphs(join(b.outDir, 'glyphs'), [
		{
			spec: { stack: FONT.regular, weight: 400, style: 'normal' },
			texts: [
				...towns,
				...land.map((s) => s.name.toUpperCase()),
				...inputs.units.map((u) => u.name),
				...symbols.map((s) => s.properties.name)
			]
		},
		{
			spec: { stack: FONT.bold, weight: 700, style: 'normal' },
			// Capitals, and the routes' names written along their lines (corridor-layers.ts).
			texts: [...capitals, ...b.routes.flatMap((r) => (r.name ? [r.name] : []))]
		},
		{
			spec: { stack: FONT.italic, weight: 400, style: 'italic' },
			texts: [
				...water,
				...relief,
				...b.places.filter((p) => p.kind === 'sea').map((p) => p.name),
				'0123456789 m,'
			]
		}
	]);
	return { overview, detail, glyphBytes };
}

export type { Position };
