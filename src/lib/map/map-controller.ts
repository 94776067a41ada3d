// The one way to talk to the map: typed commands (frame a route, jump, reset, export an image, retry a
// data source) that the app state calls, and that the map component carries out once it has a map.
// A camera command given before that (a deep link on load) waits and runs when the map attaches; a
// newer one replaces it. Shared through Svelte context, never a module-level singleton.
import { getContext, setContext, tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OVERVIEW } from '../layout';
import { DEFAULT_BOUNDS, FRAME_MAX_ZOOM, type BBox, type View } from '../region';
import { framePadding, type Insets } from './camera';
import { loadImageExport } from '../lazy';
import type { ImageLabels } from './export-image';
import { protocolUrl } from './data-loader';
import { PALETTES, type ThemeName } from '../palettes';
import { DATA_PATHS, type SourceId } from './sources';

/** What the app state may ask of the map. */
export interface MapCommands {
	frame(bbox: BBox): void;
	jumpTo(view: View): void;
	/** The first view; `instant` jumps (the view a page opens on), otherwise it flies there. */
	reset(opts?: { instant?: boolean }): void;
	/** Resolves when the PNG has been handed to the browser; rejects when it cannot be made. */
	exportImage(labels: ImageLabels, theme: ThemeName): Promise<void>;
	retrySources(ids: readonly SourceId[]): void;
}

export interface MapEnvironment {
	/** What covers the map's edges now (legend, panel, sheet), read when a flight starts; with
	 *  `overview`, also the overview inset that a close-up view will show. */
	insets(opts?: { overview?: boolean }): Insets;
	/** The reader's reduced-motion setting, read when a flight starts (a change never replays one). */
	reducedMotion(): boolean;
}

const FLIGHT_MS = 900;

export class MapController implements MapCommands {
	#map: MapLibreMap | null = null;
	/** The latest camera command not yet carried out (a newer one replaces it). */
	#pendingCamera: ((m: MapLibreMap) => void) | null = null;

	constructor(private env: MapEnvironment) {}

	/** Called by the map component once its map exists; runs a camera command that was waiting. */
	attach(map: MapLibreMap) {
		this.#map = map;
		const pending = this.#pendingCamera;
		this.#pendingCamera = null;
		pending?.(map);
	}

	detach() {
		this.#map = null;
	}

	/** Camera moves wait for the page to apply what the same action changed (a panel opening folds the
	 *  legend), so the framing measures what covers the map after the change, not before. */
	#camera(move: (m: MapLibreMap) => void) {
		this.#pendingCamera = move;
		void tick().then(() => {
			if (this.#pendingCamera !== move || !this.#map) return;
			this.#pendingCamera = null;
			move(this.#map);
		});
	}

	#padding(m: MapLibreMap, overview = false) {
		const canvas = m.getCanvas();
		return framePadding(canvas.clientWidth, canvas.clientHeight, this.env.insets({ overview }));
	}

	frame(bbox: BBox) {
		this.#camera((m) => {
			// A route framed close up brings up the overview inset: keep the route clear of it too.
			let padding = this.#padding(m);
			const zoom = m.cameraForBounds(bbox, { padding, maxZoom: FRAME_MAX_ZOOM })?.zoom ?? 0;
			if (zoom > OVERVIEW.minZoom) padding = this.#padding(m, true);
			m.fitBounds(bbox, {
				padding,
				maxZoom: FRAME_MAX_ZOOM,
				animate: !this.env.reducedMotion(),
				duration: FLIGHT_MS
			});
		});
	}

	jumpTo(view: View) {
		this.#camera((m) => m.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }));
	}

	reset(opts: { instant?: boolean } = {}) {
		this.#camera((m) =>
			m.fitBounds(DEFAULT_BOUNDS, {
				padding: this.#padding(m),
				animate: !opts.instant && !this.env.reducedMotion(),
				duration: FLIGHT_MS
			})
		);
	}

	async exportImage(labels: ImageLabels, theme: ThemeName) {
		const m = this.#map;
		if (!m) throw new Error('the map is not drawn yet');
		// Loaded on demand (prefetched once the map is ready): most readers never save an image.
		const { downloadCanvas, renderMapImage } = await loadImageExport();
		await downloadCanvas(renderMapImage(m, labels, PALETTES[theme]), 'caucasus-corridors.png');
	}

	retrySources(ids: readonly SourceId[]) {
		for (const id of ids) {
			const src = this.#map?.getSource(id);
			if (!src) continue;
			if (id === 'corridors' && 'setData' in src && typeof src.setData === 'function')
				src.setData(protocolUrl(DATA_PATHS.corridors));
			// A tile source loads its tiles again when given its tiles anew.
			else if ('setTiles' in src && typeof src.setTiles === 'function')
				src.setTiles([protocolUrl(DATA_PATHS[id])]);
		}
	}

	/** A still of the current view (printing: WebGL canvases print blank). */
	snapshot(): string | null {
		if (!this.#map) return null;
		this.#map.redraw();
		return this.#map.getCanvas().toDataURL('image/png');
	}
}

const KEY = Symbol('map-controller');

export function setMapController(c: MapController): MapController {
	return setContext(KEY, c);
}

export function getMapController(): MapController {
	const c = getContext<MapController | undefined>(KEY);
	if (!c) throw new Error('getMapController() called outside the page that owns the map');
	return c;
}
