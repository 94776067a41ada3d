// What the map reports about itself: the view it shows, whether it is ready or idle, which data failed
// and which has loaded. The map component writes it through MapEvents; the page and the URL read it.
import type { LoadEvent } from '../map/data-loader';
import type { SourceId } from '../map/sources';
import type { BBox, View } from '../region';

/** What the map reports: the reader's intent (a pick, a move) and its own status. */
export interface MapEvents {
	/** The reader clicked routes at a point of the map (topmost first). */
	pick(ids: string[], at: { x: number; y: number }): void;
	moved(view: View, bounds: BBox): void;
	ready(): void;
	failed(message: string): void;
	/** A data file could not be loaded, and why. */
	sourceFailed(id: SourceId, message: string): void;
	/** Progress of the data files, for the loading message. */
	loading(id: SourceId, event: LoadEvent): void;
	idle(idle: boolean): void;
}

export interface FailedSource {
	source: SourceId;
	message: string;
}

export class MapStatus {
	/** Last view the map reported (for the URL), and the box it shows (for the overview inset). */
	view = $state<View | null>(null);
	bounds = $state<BBox | null>(null);
	ready = $state(false);
	/** Why the map could not start (the text view replaces it). */
	error = $state<string | null>(null);
	failedSources = $state<FailedSource[]>([]);
	/** Data files the map has finished loading (for the loading message). */
	loaded = $state<SourceId[]>([]);
	/** The map has drawn everything it was asked to (for readers of `data-idle`, tests among them). */
	idle = $state(false);
	/** Counts camera moves that came to rest (`data-camera`): tests wait on it instead of on time. */
	cameraMoves = $state(0);

	/** The map's reports, as one object for the map component; a pick is the app state's to handle. */
	events(pick: MapEvents['pick']): MapEvents {
		return {
			pick,
			moved: (view, bounds) => {
				this.view = view;
				this.bounds = bounds;
				this.cameraMoves++;
			},
			ready: () => (this.ready = true),
			failed: (message) => (this.error = message),
			sourceFailed: (source, message) => {
				this.failedSources = [...this.failedSources.filter((f) => f.source !== source), { source, message }];
			},
			loading: (source, event) => {
				if (event === 'done' && !this.loaded.includes(source)) this.loaded = [...this.loaded, source];
			},
			idle: (idle) => (this.idle = idle)
		};
	}
}
