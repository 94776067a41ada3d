// What the map's data sources report, turned into the app's events: a source that failed (an error from
// MapLibre, from the data loader, or a stalled tile source) is named with why, and no longer holds the
// map busy; each source's first data counts for the loading message; the first basemap tile lets the
// routes in.
import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { MapEvents } from '../state/map-status.svelte';
import type { DataLoader } from './data-loader';
import { isSourceId, SOURCES, type SourceId } from './sources';
import { tileError, TILE_SOURCES, watchTiles } from './tile-watch';

type Reports = Pick<MapEvents, 'sourceFailed' | 'ready' | 'idle' | 'loading'>;

/** Follows the sources of `m`; returns a function that stops. */
export function watchSources(m: MapLibreMap, loader: DataLoader, on: Reports): () => void {
	const failed = (id: SourceId, message: string) => {
		on.sourceFailed(id, message);
		// The rest of the map still draws; a failed source must not keep the map busy for ever (MapLibre
		// may not report the map loaded or idle while one of its sources has no data).
		on.ready();
		on.idle(true);
		if (id === SOURCES.overview) loader.landed();
	};
	const onError = (e: ErrorEvent & { sourceId?: string }) => {
		if (!isSourceId(e.sourceId)) return;
		failed(
			e.sourceId,
			TILE_SOURCES.includes(e.sourceId)
				? tileError(e.sourceId, e.error as { message?: string; status?: number })
				: (e.error?.message ?? 'it could not be loaded')
		);
	};
	m.on('error', onError);
	const unwatch = watchTiles(m, {
		loaded: (id) => {
			if (id === SOURCES.overview) loader.landed();
			on.loading(id, 'done');
		},
		failed
	});
	return () => {
		m.off('error', onError);
		unwatch();
	};
}
