// Client start-up, before the page hydrates: get the map engine going and start the map in its
// prerendered container, so the map loads and draws its data while SvelteKit hydrates the page.
import { base } from '$app/paths';
import { startEarlyMap } from '$lib/map/early-map';
import { startMapEngine } from '$lib/map/warmup';

startMapEngine();
startEarlyMap(base);
