// The GPU can drop the map's WebGL context (a driver reset, too many tabs). MapLibre redraws when the
// context comes back; the map component then applies its selection and layers again. A context that
// does not come back, or keeps being lost, ends in `giveUp`, so the reader gets the text view rather
// than a blank map.
import type { Map as MapLibreMap } from 'maplibre-gl';

const GIVE_UP_AFTER_MS = 10_000;
const MAX_LOSSES = 12;

export interface ContextWatch {
	/** True while the context is gone: nothing is drawn, so nothing can be picked. */
	readonly lost: boolean;
}

export function watchContextLoss(
	map: MapLibreMap,
	on: { lost(): void; restored(): void; giveUp(): void }
): ContextWatch {
	const canvas = map.getCanvas();
	const state = { lost: false };
	let losses = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	canvas.addEventListener('webglcontextlost', () => {
		state.lost = true;
		losses++;
		clearTimeout(timer);
		on.lost();
		if (losses > MAX_LOSSES) on.giveUp();
		else timer = setTimeout(on.giveUp, GIVE_UP_AFTER_MS);
	});
	canvas.addEventListener('webglcontextrestored', () => {
		state.lost = false;
		clearTimeout(timer);
		// MapLibre rebuilds its renderer on this same event; apply our state once it has drawn again.
		map.once('render', on.restored);
	});
	map.once('remove', () => clearTimeout(timer));
	return state;
}
