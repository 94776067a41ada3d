// Picking: which routes lie under the pointer. Hit layers are wide invisible bands, so a pick finds every
// route within a few pixels, not only the one drawn on top.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { CORRIDOR_IDS, type CorridorId } from '../data/vocabulary';
import { corridorLayerId } from './layers/registry';

/** Ids of the routes under a point, topmost first, each once; only corridors shown are queried. */
export function pickRouteIds(map: MapLibreMap, point: PointLike, visible: readonly CorridorId[]): string[] {
	const layers = CORRIDOR_IDS.filter((c) => visible.includes(c)).map((c) => corridorLayerId(c, 'hit'));
	if (layers.length === 0) return [];
	const ids = map.queryRenderedFeatures(point, { layers }).map((f) => f.properties?.id);
	return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
