// Hooks for the browser tests, installed only when the page's URL has `?test`: the names the map shows
// right now (symbols MapLibre placed, not those hidden by collisions or as too cut to read), the palette
// in use, and the map itself. Production pages without `?test` expose nothing.
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { TEXT_LAYER_IDS } from './layers/registry';
import { CUT_NAME_STATE } from './sources';

export interface MapProbe {
	/** Every drawn label: its layer, the feature's name, for a point where it is on the canvas, and the
	 *  side the label hangs from it by ('center' unless the feature says: the names added for the view). */
	labels(): { layer: string; name: string; x: number; y: number; anchor: string }[];
	/** The style's name, which carries the palette (light or dark); '' while no style has loaded. */
	styleName(): string;
}

export function installTestProbe(map: MapLibreMap): () => void {
	if (!new URLSearchParams(location.search).has('test')) return () => {};
	const probe: MapProbe = {
		labels: () =>
			map
				.queryRenderedFeatures({ layers: TEXT_LAYER_IDS.filter((id) => map.getLayer(id)) })
				// A state or town name hidden as too cut to read (view-names.ts) is placed but not seen.
				.filter((f) => !f.state?.[CUT_NAME_STATE])
				.map((f) => {
					const { x, y } =
						f.geometry.type === 'Point'
							? map.project(f.geometry.coordinates as [number, number])
							: { x: NaN, y: NaN };
					const anchor = String(f.properties?.anchor ?? 'center');
					return { layer: f.layer.id, name: String(f.properties?.name ?? ''), x, y, anchor };
				})
				.filter((l) => l.name),
		// No style until it has loaded (MapLibre returns undefined then, e.g. right after a reload): ''.
		styleName: () => (map.getStyle() as StyleSpecification | undefined)?.name ?? ''
	};
	const w = window as unknown as { __mapProbe?: MapProbe; __ccMap?: MapLibreMap };
	w.__mapProbe = probe;
	// The route-label tests read the map itself.
	w.__ccMap = map;
	return () => {
		delete w.__mapProbe;
		delete w.__ccMap;
	};
}
