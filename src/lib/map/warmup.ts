// Start-up work for the map engine that need not wait for the page: importing MapLibre here makes its
// 1 MB module part of the app's entry, so it is compiled and run before hydration rather than after;
// its workers and a GPU warm-up start at once.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function startMapEngine(): void {
	setWorkerUrl(workerUrl);
	prewarm();
	startGlWarmup();
}

/** The GPU warm-up worker (see gl-warmup.ts). Harmless where WebGL or OffscreenCanvas is missing. */
function startGlWarmup(): void {
	if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return;
	try {
		new Worker(new URL('./gl-warmup.ts', import.meta.url), { type: 'module' });
	} catch {
		// A blocked worker only costs the warm-up; the map creates its own context as usual.
	}
}
