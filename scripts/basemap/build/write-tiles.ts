// Cuts layers of GeoJSON into Mapbox Vector Tiles (geojson-vt, vt-pbf) and writes {z}/{x}/{y}.pbf for
// every tile of a zoom range, an empty file where a tile has nothing (so no request ever ends in a 404,
// which browsers report as an error), with brotli and gzip copies beside each for static hosts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

export interface TileLayer {
	features: Feature[];
	/** Simplification, in tile units of 1/4096 (default 2). */
	tolerance?: number;
}

export interface TileRange {
	x: [number, number];
	y: [number, number];
}

export interface TileStats {
	tiles: number;
	bytes: number;
	largest: { key: string; bytes: number };
	/** Bytes per zoom. */
	byZoom: Record<number, number>;
}

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) =>
	Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);

/** The tiles covering a lon/lat box at zoom z. */
export function tilesOfBox([w, s, e, n]: [number, number, number, number], z: number): TileRange {
	const max = 2 ** z - 1;
	const c = (v: number) => Math.max(0, Math.min(max, v));
	return { x: [c(lon2x(w, z)), c(lon2x(e - 1e-9, z))], y: [c(lat2y(n, z)), c(lat2y(s + 1e-9, z))] };
}

/** Whether a feature's zoom properties (mz: first zoom; z/zmax: a zoom band) let it show by zoom `z`. */
function shownBy(tags: Record<string, unknown> | null | undefined, z: number): boolean {
	const t = tags ?? {};
	if (typeof t.mz === 'number' && t.mz > z) return false;
	if (typeof t.z === 'number' && t.z > z) return false;
	return true;
}

/** Whether a tile of zoom `z` carries the feature. The last zoom's tiles keep everything, for the zooms
 *  drawn from them. Below it, a tile is drawn up to one zoom closer: it needs nothing that first shows
 *  later; and a point the map picks from (`pz`: the zoom from which it may be picked) goes only in tiles
 *  of that zoom and closer, as the map reads it from the tiles in use. */
function inTileOf(tags: Record<string, unknown> | null | undefined, z: number, last: boolean): boolean {
	if (last) return true;
	if (typeof tags?.pz === 'number' && tags.pz > z) return false;
	return shownBy(tags, z + 1);
}

/** Brotli and gzip copies beside a file, as the build does for its other assets (sirv and nginx's
 *  gzip_static serve them). */
export function precompress(file: string, data: Uint8Array): void {
	writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
	writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
}

export function writeTiles(
	outDir: string,
	layers: Record<string, TileLayer>,
	zooms: { min: number; max: number },
	range: (z: number) => TileRange
): TileStats {
	rmSync(outDir, { recursive: true, force: true });
	const indexes = Object.entries(layers).map(
		([name, l]) =>
			[
				name,
				new GeoJSONVT(
					{ type: 'FeatureCollection', features: l.features },
					{
						maxZoom: zooms.max,
						indexMaxZoom: zooms.max,
						tolerance: l.tolerance ?? 2,
						buffer: 64,
						wrap: false
					}
				)
			] as const
	);
	const stats: TileStats = { tiles: 0, bytes: 0, largest: { key: '', bytes: 0 }, byZoom: {} };
	for (let z = zooms.min; z <= zooms.max; z++) {
		const r = range(z);
		for (let x = r.x[0]; x <= r.x[1]; x++)
			for (let y = r.y[0]; y <= r.y[1]; y++) {
				const tile: Record<string, GeoJSONVTTile> = {};
				for (const [name, index] of indexes) {
					const t = index.getTile(z, x, y);
					if (!t) continue;
					const features = t.features.filter((f) => inTileOf(f.tags, z, z === zooms.max));
					if (features.length > 0) tile[name] = { ...t, features } as GeoJSONVTTile;
				}
				mkdirSync(join(outDir, `${z}`, `${x}`), { recursive: true });
				const file = join(outDir, `${z}`, `${x}`, `${y}.pbf`);
				if (Object.keys(tile).length === 0) {
					writeFileSync(file, new Uint8Array(0));
					continue;
				}
				const data = fromGeojsonVt(tile, { version: 2, extent: 4096 });
				writeFileSync(file, data);
				precompress(file, data);
				stats.tiles++;
				stats.bytes += data.length;
				stats.byZoom[z] = (stats.byZoom[z] ?? 0) + data.length;
				if (data.length > stats.largest.bytes) stats.largest = { key: `${z}/${x}/${y}`, bytes: data.length };
			}
	}
	return stats;
}
