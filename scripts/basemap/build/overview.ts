// The overview tile set (zooms 0–6, drawn larger beyond): land, Natural Earth borders, rivers and lakes
// over the whole map, and every fixed label point at every zoom (points cost little). Lines inside the
// detail zone carry `dz`, so that from zoom 7 the style draws the detail set's finer lines there instead.
// It also makes the name pool (name-pool.ts), whose detail-zone points from zoom 7 go in the detail set.
import type { Feature, Point, Position } from 'geojson';
import { DETAIL_BOX, DETAIL_ZOOMS, MIN_ZOOM, OVERVIEW_MAX_ZOOM, REGION_BOX } from '../../../src/lib/region';
import { inRect, PointIndex, splitByRect, densify, type Line, type Rect } from '../geo';
import { centredBox, CorridorIndex, textWidthPx } from './clearance';
import type { BasemapInputs } from './inputs';
import { labelCandidates } from './label-candidates';
import { namePool } from './name-pool';
import { stateLabels } from './state-labels';
import { chooseAnchor } from './place-anchors';
import { TownBoxes } from './town-boxes';
import { riverLabelLines } from './river-labels';
import type { SymbolFeature } from './symbols';
import type { TileLayer } from './write-tiles';
import { NAME_POOL_LAYER, PLACES_LAYER, STATE_NAMES_LAYER } from '../../../src/lib/map/sources';
import { stateNameSize } from '../../../src/lib/map/layers/label-layers';
import polylabel from 'polylabel';

export interface OverviewInputs {
	basemap: BasemapInputs;
	land: { a3: string; name: string; polygons: Position[][][] }[];
	/** States not to name (units Natural Earth cuts out of a state that are not states). */
	unlabelled: Set<string>;
	neBorders: Line[];
	routes: Line[];
	seas: { name: string; lon: number; lat: number; minzoom: number }[];
	symbols: SymbolFeature[];
}

const ZONE = DETAIL_BOX as Rect;
const MAX = DETAIL_ZOOMS.max;
/** The name pool's grids (name-pool.ts): at small scales over what a view around the routes may show,
 *  the smaller the scale the wider (zoomed out to zooms 2 and 3, the whole basemap: a view at the story's
 *  places reaches Scandinavia, Angola and Mongolia, whose fixed label points may lie off-screen or
 *  collide); closer in, over the detail zone, and along the routes elsewhere (to zoom 8: the map draws
 *  the zooms beyond from those). Each step leaves two or more points across a phone's map, less a name's
 *  own width. */
const POOL_BOXES: Record<2 | 3 | 4 | 5 | 6, Rect> = {
	2: [-40, -30, 160, 75],
	3: [-40, -30, 160, 75],
	4: [0, 15, 95, 60],
	5: [15, 24, 75, 52],
	6: [30, 32, 60, 47]
};
const ROUTE_BOX: Rect = [REGION_BOX.west, REGION_BOX.south, REGION_BOX.east, REGION_BOX.north];
/** How far from a route the pool reaches outside the detail zone, km: a phone's view at zoom 7. */
const POOL_ROUTE_KM = 120;
const poolGrids = (nearRoute: (p: Position) => boolean) => [
	...([2, 3, 4, 5, 6] as const).map((zoom) => ({ zoom, box: POOL_BOXES[zoom], stepPx: 48 })),
	...[7, 8, 9, 10].map((zoom) => ({ zoom, box: ZONE, stepPx: 64 })),
	...[7, 8].map((zoom) => ({
		zoom,
		box: ROUTE_BOX,
		stepPx: 64,
		where: (p: Position) => !inRect(p, ZONE) && nearRoute(p)
	}))
];

/** Text sizes the style uses, for the boxes the build keeps clear of routes. */
export const TOWN_SIZE: Record<string, number> = { capital: 13, city: 12, town: 11 };
export const UNIT_SIZE = 11;

const line = (coordinates: Line, properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'LineString', coordinates }
});
const point = (coordinates: Position, properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates }
});

const withId = (id: number, f: Feature): Feature => ({ ...f, id });

/** Splits lines at the zone's edge and marks the parts inside. */
function zoned(lines: Line[], props: Record<string, unknown>): Feature[] {
	return lines.flatMap((l) => {
		const { inside, outside } = splitByRect(l, ZONE);
		return [...outside.map((c) => line(c, props)), ...inside.map((c) => line(c, { ...props, dz: 1 }))];
	});
}

/** The overview's layers, and the whole name pool. */
export function overviewLayers(o: OverviewInputs): { layers: Record<string, TileLayer>; pool: Feature[] } {
	const routes = new CorridorIndex(o.routes);
	const routePoints = new PointIndex(0.1).add(o.routes.flatMap((l) => densify(l, 0.5)));
	const inZone = (p: Position) => inRect(p, ZONE);

	const placed = o.basemap.towns.map((t) => ({
		t,
		...chooseAnchor(t.at, t.name, TOWN_SIZE[t.kind] ?? 11, t.minzoom, MAX, routes)
	}));
	const towns = new TownBoxes(
		placed.map(({ t, anchor, far, labelzoom }) => ({
			at: t.at,
			name: t.name,
			sizePx: TOWN_SIZE[t.kind] ?? 11,
			labelzoom,
			anchor,
			far
		}))
	);
	const places = [
		// Ids, so the map can hide a name the map's edge or the page cuts (feature state, town-names.ts).
		...placed.map(({ t, anchor, far, labelzoom }, i) => {
			return withId(
				i + 1,
				point(t.at, {
					name: t.name,
					kind: t.kind,
					mz: t.minzoom,
					lz: labelzoom,
					anc: anchor,
					...(far > 0 ? { far } : {}),
					// Capitals and the largest cities are named before state names, other towns after.
					...(t.kind === 'capital' || t.minzoom <= 4 ? { maj: 1 } : {}),
					// Label priority: story places first, then by size.
					r: t.minzoom * 2 + (t.story ? 0 : 1)
				})
			);
		})
	];

	const stateBox = (name: string, z: number) =>
		centredBox(textWidthPx(name, stateNameSize(z), { upper: true, spacingEm: 0.12 }), 16);
	const clearOf = (name: string, p: Position, z: number) =>
		!routes.hits(p, stateBox(name, z), z) && !towns.hits(p, stateBox(name, z), z);
	const named = o.land.filter((s) => !o.unlabelled.has(s.name));
	const states = stateLabels(named, {
		minZoom: MIN_ZOOM,
		maxZoom: MAX,
		inZone,
		box: stateBox,
		clear: clearOf,
		hitsTown: (p, box, z) => towns.hitsAt(p, box, z)
	}).flatMap((n, i): Feature[] => [
		// An id, so the map can hide a name the map's edge or the page cuts (feature state, state-names.ts).
		withId(
			i + 1,
			point(n.at, { name: n.name, kind: 'state', mz: n.minzoom, ...(n.maxzoom ? { zx: n.maxzoom } : {}) })
		),
		...(n.leader
			? [
					{
						type: 'Feature',
						properties: { name: n.name, kind: 'leader', mz: n.leader.minzoom, zx: n.leader.maxzoom },
						geometry: { type: 'LineString', coordinates: n.leader.line }
					} satisfies Feature
				]
			: [])
	]);
	const units = o.basemap.units.flatMap((u) =>
		labelCandidates(u.polygons, {
			spacingPx: 900,
			marginPx: 8,
			minZoom: 6,
			maxZoom: MAX,
			clear: (p, z) => {
				const box = centredBox(Math.min(textWidthPx(u.name, UNIT_SIZE), 7 * UNIT_SIZE), 3 * UNIT_SIZE * 1.2);
				return !routes.hits(p, box, z) && !towns.hits(p, box, z);
			}
		}).map((c) => point(c.coordinates, { name: u.name, kind: 'unit', mz: c.minzoom }))
	);

	// Coarse: a reach of 120 km asked of every point of a grid over the whole region.
	const routesCoarse = new PointIndex(0.5).add(o.routes.flatMap((l) => densify(l, 10)));
	const pool = namePool(named, {
		marginPx: 12,
		zooms: poolGrids((p) => routesCoarse.nearestKm(p, POOL_ROUTE_KM) !== Infinity),
		// Zoom by zoom: a point is used only up to the zoom a town named there gets in its way.
		clear: (name, p, z) => !routes.hits(p, stateBox(name, z), z) && !towns.hitsAt(p, stateBox(name, z), z),
		maxZoom: MAX,
		halfBox: (name, z) => {
			const b = stateBox(name, z);
			return [b[2], b[3]];
		}
	});

	const lakeLabels = o.basemap.lakes
		.filter((l) => l.name)
		.map((l) => {
			const largest = l.polygons.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
			const p = polylabel(largest as [number, number][][], 0.005) as unknown as Position;
			return point([Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4], {
				name: l.name,
				mz: l.minzoom + 1
			});
		});

	const layers: Record<string, TileLayer> = {
		land: {
			features: o.land.map((s) => ({
				type: 'Feature',
				properties: { a3: s.a3 },
				geometry: { type: 'MultiPolygon', coordinates: s.polygons }
			})),
			tolerance: 1.5
		},
		lakes: {
			features: o.basemap.lakes.map((l) => ({
				type: 'Feature',
				properties: { mz: l.minzoom },
				geometry: { type: 'MultiPolygon', coordinates: l.polygons }
			})),
			tolerance: 1.5
		},
		rivers: { features: o.basemap.rivers.flatMap((r) => zoned([r.line], { mz: r.minzoom })), tolerance: 2 },
		borders: { features: zoned(o.neBorders, {}), tolerance: 1.5 },
		'river-labels': {
			features: riverLabelLines(o.basemap.rivers, routePoints, { from: 3, to: OVERVIEW_MAX_ZOOM }).flatMap(
				(f) => zoned(f.geometry.coordinates, f.properties)
			),
			tolerance: 4
		},
		// Seas are named with the lakes: water names share one look.
		'lake-labels': {
			features: [
				...lakeLabels,
				...o.seas.map((s) => point([s.lon, s.lat], { name: s.name, kind: 'sea', mz: s.minzoom }))
			]
		},
		[STATE_NAMES_LAYER]: { features: [...states, ...units] },
		[PLACES_LAYER]: { features: places },
		relief: {
			features: o.basemap.physical.map((f) => ({
				...f,
				properties: {
					name: f.properties.name,
					kind: f.properties.kind,
					mz: f.properties.minzoom,
					...(f.properties.elevation ? { ele: f.properties.elevation } : {})
				}
			})),
			tolerance: 4
		},
		symbols: {
			features: o.symbols.map((s) => ({
				...s,
				properties: { kind: s.properties.kind, name: s.properties.name, mz: s.properties.minzoom }
			}))
		},
		// Closer in, the detail zone's points are in the detail tiles only; the overview's last zoom keeps
		// those along the routes elsewhere, for the zooms drawn from it.
		[NAME_POOL_LAYER]: {
			features: pool.filter(
				(f) =>
					(f.properties!.pz as number) <= OVERVIEW_MAX_ZOOM ||
					!inRect((f.geometry as Point).coordinates, ZONE)
			)
		}
	};
	return { layers, pool };
}
