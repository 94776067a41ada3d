// The names the map adjusts to the view once it has drawn: states named where the fixed points leave
// them unnamed (state-names.ts), and fixed names the map's edge or the page cuts hidden (state and town
// names). One watcher for the map component.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { watchStateNames } from './state-names';
import { watchTownNames } from './town-names';

export interface ViewNames {
	/** After the map has drawn; true when names changed (the map draws again, and reports idle after). */
	update(): boolean;
	/** The camera moved. */
	moved(): void;
	/** A new style (the other palette) came. */
	restyled(): void;
}

export function watchViewNames(map: MapLibreMap): ViewNames {
	const states = watchStateNames(map);
	const towns = watchTownNames(map);
	return {
		update() {
			const a = states.update();
			const b = towns.update();
			return a || b;
		},
		moved: () => states.moved(),
		restyled() {
			states.restyled();
			towns.restyled();
		}
	};
}
