// Start-up work for the map engine that need not wait for the page: importing MapLibre here makes its
// module part of the app's entry, so it is compiled and run before hydration rather than after, and
// its workers start at once.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function startMapEngine(): void {
	setWorkerUrl(workerUrl);
	prewarm();
}
