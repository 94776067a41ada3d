// Hides chosen features of one tile layer by feature state (the style's `text-opacity` reads it): a
// name the map's edge or the page cuts too much to read. Paint only, so MapLibre neither lays the
// tiles out again nor moves any other name; the hidden name keeps its room.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CUT_NAME_STATE } from './sources';

export interface FeatureHider {
	/** Hides exactly these features (by id); true if that changed what the map shows. */
	hide(ids: ReadonlySet<number>): boolean;
	/** A new style came: its source may be new (no states) or kept (states kept). */
	restyled(): void;
}

export function featureHider(map: MapLibreMap, source: string, sourceLayer: string): FeatureHider {
	let hidden = new Set<number>();
	/** Hidden under the previous style: cleared when no longer cut, in case the source was kept. */
	let stale = new Set<number>();
	const set = (id: number, cut: boolean) =>
		map.setFeatureState({ source, sourceLayer, id }, { [CUT_NAME_STATE]: cut });
	return {
		hide(ids) {
			if (!map.getSource(source)) return false;
			let changed = false;
			for (const id of new Set([...hidden, ...stale]))
				if (!ids.has(id)) {
					set(id, false);
					changed = true;
				}
			for (const id of ids)
				if (!hidden.has(id)) {
					set(id, true);
					changed = true;
				}
			hidden = new Set(ids);
			stale = new Set();
			return changed;
		},
		restyled() {
			stale = hidden;
			hidden = new Set();
		}
	};
}
