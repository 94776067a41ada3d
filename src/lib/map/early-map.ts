// Starting the map before the page hydrates. The prerendered page already holds the map's container,
// so the client hook creates the map there as soon as MapLibre has loaded, and the map fetches and
// draws its data while SvelteKit hydrates; the component then takes over the running map. Whatever
// the map reported before that (load, idle, errors) is recorded and handed over with it.
import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { CORRIDOR_IDS } from '../corridors';
import { parseHash } from '../state/hash';
import { createCorridorMap, labelFontsReady, type MapStart } from './create-map';

/** The container's element id, shared by the component that renders it and the early start. */
export const MAP_CONTAINER_ID = 'corridor-map';

export interface StartedMap {
	map: MapLibreMap;
	/** The style had loaded before the map was handed over. */
	loaded: boolean;
	/** The map had finished drawing before it was handed over. */
	idle: boolean;
	/** Errors the map reported before it was handed over. */
	errors: ErrorEvent[];
	/** Stop recording (the new owner listens from now on). */
	stopRecording(): void;
}

function record(map: MapLibreMap): StartedMap {
	const onLoad = () => (s.loaded = true);
	const onIdle = () => (s.idle = true);
	const onError = (e: ErrorEvent) => s.errors.push(e);
	const s: StartedMap = {
		map,
		loaded: false,
		idle: false,
		errors: [],
		stopRecording() {
			map.off('load', onLoad);
			map.off('idle', onIdle);
			map.off('error', onError);
		}
	};
	map.once('load', onLoad);
	map.once('idle', onIdle);
	map.on('error', onError);
	return s;
}

/** Create the map once the label fonts are ready; rejects where it cannot be drawn (no WebGL). */
export function startMap(
	container: HTMLElement,
	basePath: string,
	start: () => MapStart
): Promise<StartedMap> {
	return labelFontsReady().then(() => record(createCorridorMap(container, basePath, start())));
}

let early: { container: HTMLElement; started: Promise<StartedMap> } | undefined;

/** Start the map in the prerendered container, with the view and layers the URL asks for. */
export function startEarlyMap(basePath: string): void {
	const container = document.getElementById(MAP_CONTAINER_ID);
	if (!container) return;
	const { view, layers } = parseHash(location.hash, () => false);
	const started = startMap(container, basePath, () => ({
		visible: layers ?? CORRIDOR_IDS,
		view: view ?? null
	}));
	// The component reports a failure when it takes the map; until then it is not unhandled.
	started.catch(() => undefined);
	early = { container, started };
}

/**
 * The map for this container: the early one if it was started there, else a new one from `start`
 * (read when the map is created). The early map is handed over once.
 */
export function takeMap(
	container: HTMLElement,
	basePath: string,
	start: () => MapStart
): Promise<StartedMap> {
	const e = early;
	early = undefined;
	if (e?.container === container) return e.started;
	e?.started.then(
		(s) => s.map.remove(),
		() => undefined
	);
	return startMap(container, basePath, start);
}
