// The whole map style as data: our own GeoJSON sources, no glyphs URL (labels use the self-hosted web
// font through MapLibre's local glyph rendering), no sprite. Nothing leaves the origin.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CORRIDOR_IDS, type CorridorId } from '../data/vocabulary';
import { baseLayers, placeLayers } from './layers/base-layers';
import { corridorLayers, routeLabelLayer } from './layers/corridor-layers';
import { LAYER_ORDER } from './layers/registry';
import { SOURCES, type SourceId } from './sources';

/** Plain text on purpose: MapLibre renders attribution as HTML, and no data ever goes in here. */
export const ATTRIBUTION =
	'Routes © OpenStreetMap contributors (ODbL), Global Energy Monitor (CC BY 4.0), Caucasus Corridors · Basemap: Natural Earth';

/** Every layer in the registry's draw order; throws on a layer the registry does not list or lacks. */
function allLayers(visible: readonly CorridorId[] = CORRIDOR_IDS): LayerSpecification[] {
	const specs = new Map<string, LayerSpecification>();
	for (const l of [
		...baseLayers(),
		...CORRIDOR_IDS.flatMap((c) => [
			...corridorLayers(c, visible.includes(c)),
			routeLabelLayer(c, visible.includes(c))
		]),
		...placeLayers()
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

/** The style for the current state: `visible` corridors start shown, so nothing is re-parsed at start.
 *  `dataUrl` names each source's data (the app's loader protocol; plain URLs on the bare bench page). */
export function buildStyle(
	dataUrl: (source: SourceId) => string,
	visible: readonly CorridorId[] = CORRIDOR_IDS
): StyleSpecification {
	return {
		version: 8,
		name: 'Caucasus Corridors',
		sources: {
			[SOURCES.land]: { type: 'geojson', data: dataUrl(SOURCES.land), attribution: ATTRIBUTION },
			[SOURCES.borders]: { type: 'geojson', data: dataUrl(SOURCES.borders) },
			[SOURCES.labels]: { type: 'geojson', data: dataUrl(SOURCES.labels) },
			[SOURCES.corridors]: {
				type: 'geojson',
				data: dataUrl(SOURCES.corridors),
				promoteId: 'id',
				tolerance: 0.2
			}
		},
		layers: allLayers(visible)
	};
}
