// Constructing the MapLibre map for a container and a starting state. Shared by the early start
// (before hydration, see early-map.ts) and the component's own fallback, so both make the same map.
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { CorridorId } from '../corridors';
import type { View } from '../state/hash';
import { DEFAULT_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PHONE_MAX_WIDTH } from './camera';
import { ATTRIBUTION, buildStyle } from './style';

export interface MapStart {
	/** Corridors shown from the first frame (the style starts with them, so nothing is re-parsed). */
	visible: readonly CorridorId[];
	/** The view from the URL, or none for the default framing. */
	view: View | null;
}

/** Labels are drawn from the self-hosted web font: it must be loaded before glyphs are rasterised. */
export function labelFontsReady(): Promise<unknown> {
	return Promise.all(
		['400 14px "Noto Sans"', '700 14px "Noto Sans"'].map((f) => document.fonts.load(f, 'Aa Iğdır Eskişehir'))
	).catch(() => []);
}

/** The map with its controls; throws where the browser cannot draw it (no WebGL). */
export function createCorridorMap(container: HTMLElement, basePath: string, start: MapStart): MapLibreMap {
	const { view } = start;
	const m = new MapLibreMap({
		container,
		style: buildStyle(location.href, basePath, start.visible),
		...(view
			? { center: [view.lon, view.lat], zoom: view.zoom }
			: { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 20 } }),
		minZoom: MIN_ZOOM,
		maxBounds: MAX_BOUNDS,
		maxZoom: MAX_ZOOM,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		renderWorldCopies: false,
		attributionControl: { compact: window.innerWidth <= PHONE_MAX_WIDTH, customAttribution: ATTRIBUTION },
		cooperativeGestures: false,
		locale: { 'Map.Title': 'Map of the corridors. Use arrow keys to pan, plus and minus to zoom.' }
	});
	m.touchZoomRotate.disableRotation();
	m.keyboard.disableRotation();
	m.addControl(new NavigationControl({ showCompass: false }), 'top-left');
	m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	// For the benchmark: when the map engine got its container (start-up before that is ours).
	performance.mark('map-created');
	return m;
}
