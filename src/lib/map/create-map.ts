// Creates the MapLibre map (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/) with our style,
// limits and the few controls we use. Rotation and pitch are off: a north-up map reads like an atlas.
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { CorridorId } from '../data/vocabulary';
import { BASEMAP_EXTENT, DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM, type BBox, type View } from '../region';
import type { MapPalette } from '../palettes';
import { protocolUrl } from './data-loader';
import { ATTRIBUTION, buildStyle } from './style';

export interface MapSetup {
	container: HTMLElement;
	visible: readonly CorridorId[];
	/** The URL's view; without one the map opens on the default bounds. */
	view: View | null;
	/** Small screens fold the attribution behind a button. */
	compact: boolean;
	palette: MapPalette;
}

/** Label fade-in, ms (MapLibre's default is 300); the bench's bare page uses the same. */
export const MAP_FADE_MS = 0;

export function createMap(s: MapSetup): MapLibreMap {
	const map = new MapLibreMap({
		container: s.container,
		style: buildStyle(protocolUrl, s.visible, s.palette),
		...(s.view
			? { center: [s.view.lon, s.view.lat], zoom: s.view.zoom }
			: { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 20 } }),
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		maxBounds: BASEMAP_EXTENT,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		renderWorldCopies: false,
		// Labels appear at once instead of fading in: a fade keeps the map drawing frames (100+ ms each
		// in software WebGL) for 300 ms after every placement, which delays the first idle.
		fadeDuration: MAP_FADE_MS,
		attributionControl: { compact: s.compact, customAttribution: ATTRIBUTION },
		locale: { 'Map.Title': 'Map of the corridors. Use arrow keys to pan, plus and minus to zoom.' }
	});
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	// On small screens MapLibre opens the folded attribution at start, over the scale bar and the map:
	// keep it folded behind its (i) button until the reader asks.
	map.once('load', () =>
		map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show')
	);
	return map;
}

/** Where the map is: its view (for the URL) and the box it shows. */
export function viewOf(m: MapLibreMap): [View, BBox] {
	const c = m.getCenter();
	const b = m.getBounds();
	return [
		{ zoom: m.getZoom(), lat: c.lat, lon: c.lng },
		[b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
	];
}
