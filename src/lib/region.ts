// The one definition of where the map is: the corridors' region, the basemap's extent (which is also the
// camera's limit), the default view and the zoom range. The geodata build, the URL state and the map
// all import these.
export type BBox = [west: number, south: number, east: number, north: number];

/** A camera position, as the URL carries it. */
export interface View {
	zoom: number;
	lat: number;
	lon: number;
}

/** Every corridor lies in this box: the build refuses coordinates outside it (10°E–110°E, 28°N–55°N). */
export const REGION_BOX = { west: 10, south: 28, east: 110, north: 55 } as const;

/** What the basemap covers, wider than the region so its edge never shows; the camera stays inside.
 *  Tall enough that a phone in portrait can zoom out to the whole Middle Corridor: the camera's limit
 *  also sets the least zoom at which the map's height fits inside it. */
export const BASEMAP_EXTENT: BBox = [-40, -30, 160, 80];

/** The first view: the South Caucasus, from eastern Türkiye to the Caspian shore. */
export const DEFAULT_BOUNDS: BBox = [39.5, 37.6, 51.2, 43.6];

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;
/** Closest zoom when framing a route: a short segment still shows its surroundings. */
export const FRAME_MAX_ZOOM = 10;

export function inRegion(lon: number, lat: number): boolean {
	return (
		lon >= REGION_BOX.west && lon <= REGION_BOX.east && lat >= REGION_BOX.south && lat <= REGION_BOX.north
	);
}

/** Where the basemap has detail tiles (finer borders and rivers): the story's ground, from the Kars
 *  plateau to the Caspian shore. Its edges are z7 tile edges (x 78–81, y 47–49), so every tile of the
 *  detail set is whole and the overview's own lines can step aside for them tile by tile. */
export const DETAIL_TILES_Z7 = { x: [78, 81], y: [47, 49] } as const;
export const DETAIL_ZOOMS = { min: 7, max: 10 } as const;
/** Overview tiles are cut up to this zoom and drawn larger beyond it. */
export const OVERVIEW_MAX_ZOOM = 6;

const tileLon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileLat = (y: number, z: number) =>
	(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The detail zone as a box: lon 39.375–50.625, lat ≈ 36.60–43.07. */
export const DETAIL_BOX: BBox = [
	tileLon(DETAIL_TILES_Z7.x[0], 7),
	tileLat(DETAIL_TILES_Z7.y[1] + 1, 7),
	tileLon(DETAIL_TILES_Z7.x[1] + 1, 7),
	tileLat(DETAIL_TILES_Z7.y[0], 7)
];

/** Web Mercator's y for a latitude (unitless; larger is further north). */
export function mercatorY(lat: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}
