// Client start-up, before the page hydrates: get the map engine going while SvelteKit loads the page.
import { startMapEngine } from '$lib/map/warmup';

startMapEngine();
