// The whole map style as data: our own GeoJSON sources, no glyphs URL (labels use the self-hosted
// web font through MapLibre's local glyph rendering), no sprite. Nothing leaves the origin.
import type { StyleSpecification } from 'maplibre-gl';
import { CORRIDOR_IDS, type CorridorId } from '../corridors';
import { allLayers } from './layers';
import { dataUrl, SOURCES } from './sources';

/** Plain text on purpose: MapLibre renders attribution as HTML, and no data ever goes in here. */
export const ATTRIBUTION =
	'Basemap © Natural Earth (public domain) · Routes: Caucasus Corridors, sources in each panel';

/** The style for the current state: `visible` corridors start shown, so nothing is re-parsed at start. */
export function buildStyle(
	pageUrl: string,
	basePath = '',
	visible: readonly CorridorId[] = CORRIDOR_IDS
): StyleSpecification {
	return {
		version: 8,
		name: 'Caucasus Corridors',
		sources: {
			[SOURCES.land]: {
				type: 'geojson',
				data: dataUrl(SOURCES.land, pageUrl, basePath),
				attribution: ATTRIBUTION
			},
			[SOURCES.borders]: { type: 'geojson', data: dataUrl(SOURCES.borders, pageUrl, basePath) },
			[SOURCES.labels]: { type: 'geojson', data: dataUrl(SOURCES.labels, pageUrl, basePath) },
			[SOURCES.corridors]: {
				type: 'geojson',
				data: dataUrl(SOURCES.corridors, pageUrl, basePath),
				promoteId: 'id',
				tolerance: 0.2
			}
		},
		layers: allLayers(visible)
	};
}
