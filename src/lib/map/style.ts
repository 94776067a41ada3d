// The whole map style as data, for either palette: our own vector tiles, relief tiles, glyphs and
// sprite, all same-origin and all built at build time (scripts/basemap/build), so the browser neither
// computes geometry nor rasterises a glyph. Nothing leaves the origin.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CORRIDOR_IDS, type CorridorId } from '../data/vocabulary';
import { LIGHT_PALETTE, type MapPalette } from '../palettes';
import { BASEMAP_EXTENT, DETAIL_BOX, DETAIL_ZOOMS, OVERVIEW_MAX_ZOOM } from '../region';
import { baseLayers } from './layers/base-layers';
import { corridorLayers, routeLabelLayer } from './layers/corridor-layers';
import { labelLayers } from './layers/label-layers';
import { LAYER_ORDER } from './layers/registry';
import { DATA_PATHS, NAMES_SOURCE, SOURCES, type DataPath } from './sources';

/** Plain text on purpose: MapLibre renders attribution as HTML, and no data ever goes in here. */
export const ATTRIBUTION =
	'Routes © OpenStreetMap contributors (ODbL), Global Energy Monitor (CC BY 4.0), Caucasus Corridors · Basemap: Natural Earth, GeoNames (CC BY 4.0), DCW-GMT (LGPL), ETOPO5 (NOAA)';

/** Every layer in the registry's draw order; throws on a layer the registry does not list or lacks. */
function allLayers(visible: readonly CorridorId[], p: MapPalette): LayerSpecification[] {
	const specs = new Map<string, LayerSpecification>();
	for (const l of [
		...baseLayers(p),
		...CORRIDOR_IDS.flatMap((c) => [
			...corridorLayers(c, visible.includes(c), p),
			routeLabelLayer(c, visible.includes(c), p)
		]),
		...labelLayers(p)
	])
		specs.set(l.id, l);
	for (const id of specs.keys())
		if (!LAYER_ORDER.includes(id)) throw new Error(`layer "${id}" is not registered in LAYER_ORDER`);
	return LAYER_ORDER.map((id) => {
		const l = specs.get(id);
		if (!l) throw new Error(`registered layer "${id}" has no specification`);
		return l;
	});
}

/** The style for the current state and palette: `visible` corridors start shown, so nothing is re-parsed
 *  at start. `dataUrl` turns a data path into a URL (the app's loader protocol; plain URLs on the bare
 *  bench page). */
export function buildStyle(
	dataUrl: (path: DataPath) => string,
	visible: readonly CorridorId[] = CORRIDOR_IDS,
	palette: MapPalette = LIGHT_PALETTE
): StyleSpecification {
	return {
		version: 8,
		name: `Caucasus Corridors (${palette.name})`,
		glyphs: dataUrl(DATA_PATHS.glyphs),
		sprite: dataUrl(DATA_PATHS.sprite),
		sources: {
			[SOURCES.overview]: {
				type: 'vector',
				tiles: [dataUrl(DATA_PATHS.overview)],
				minzoom: 0,
				maxzoom: OVERVIEW_MAX_ZOOM,
				bounds: BASEMAP_EXTENT,
				attribution: ATTRIBUTION
			},
			[SOURCES.detail]: {
				type: 'vector',
				tiles: [dataUrl(DATA_PATHS.detail)],
				minzoom: DETAIL_ZOOMS.min,
				maxzoom: DETAIL_ZOOMS.max,
				bounds: DETAIL_BOX
			},
			[SOURCES.relief]: {
				type: 'raster',
				tiles: [dataUrl(DATA_PATHS.relief)],
				tileSize: 256,
				minzoom: 2,
				maxzoom: 5,
				bounds: BASEMAP_EXTENT
			},
			[SOURCES.corridors]: {
				type: 'geojson',
				data: dataUrl(DATA_PATHS.corridors),
				promoteId: 'id',
				tolerance: 0.2
			},
			[NAMES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: allLayers(visible, palette)
	};
}
