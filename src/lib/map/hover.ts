// Picking: which routes lie under the pointer. Hit layers are wide invisible bands, so a pick finds every
// route within a few pixels, not only the one drawn on top. Only ids the content knows come back, so a
// feature id such as "__proto__" never reaches MapLibre's feature state.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { CorridorId } from '../data/vocabulary';
import { hitLayerIds } from './layers/registry';

/** Ids of the known routes under a point, topmost first, each once; only corridors shown are queried. */
export function pickRouteIds(
	map: Pick<MapLibreMap, 'queryRenderedFeatures'>,
	point: PointLike,
	visible: readonly CorridorId[],
	isKnown: (id: unknown) => id is string
): string[] {
	const layers = hitLayerIds(visible);
	if (layers.length === 0) return [];
	const ids = map.queryRenderedFeatures(point, { layers }).map((f) => f.properties?.id);
	return [...new Set(ids.filter(isKnown))];
}
