// MapLibre's workers fetch the vector tiles themselves (data-loader.ts), and they neither time out nor
// tell the page how far they are. This follows the map's events for those sources instead: a source's
// first tile counts it loaded for the loading message, the first basemap tile lets the routes in, and a
// source that waits for tiles and receives none for LOAD_TIMEOUT_MS is given up on with a message (the
// map would otherwise wait for ever and never report itself ready).
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { LOAD_TIMEOUT_MS } from './data-loader';
import { SOURCE_LABELS, SOURCES, type SourceId } from './sources';

/** The sources whose files MapLibre's workers fetch. */
export const TILE_SOURCES: readonly SourceId[] = [SOURCES.overview, SOURCES.detail];

export interface TileReports {
	/** A tile of the source has arrived. */
	loaded(id: SourceId): void;
	/** The source is given up on, and why (a sentence that names it). */
	failed(id: SourceId, message: string): void;
}

/** The message for an error MapLibre reports on a tile source: the HTTP status it got, or what it could
 *  not read. */
export function tileError(id: SourceId, error: { message?: string; status?: number } | undefined): string {
	const why =
		typeof error?.status === 'number' && error.status > 0
			? `the server answered HTTP ${error.status}`
			: `a tile could not be read (${error?.message || 'unknown error'})`;
	return `${SOURCE_LABELS[id]}: ${why}`;
}

type SourceEvent = MapSourceDataEvent & { sourceId: string };
const isTileSource = (id: unknown): id is SourceId => TILE_SOURCES.includes(id as SourceId);

/** Follows the tile sources of `m`; returns a function that stops. */
export function watchTiles(m: MapLibreMap, report: TileReports, timeoutMs = LOAD_TIMEOUT_MS): () => void {
	const timers = new Map<SourceId, ReturnType<typeof setTimeout>>();
	const stop = (id: SourceId) => {
		clearTimeout(timers.get(id));
		timers.delete(id);
	};
	// Armed while a source waits for tiles, and again on each tile that arrives: only a source that
	// receives nothing for the whole time has stalled (a slow but moving load never does).
	const arm = (id: SourceId) => {
		stop(id);
		timers.set(
			id,
			setTimeout(() => {
				timers.delete(id);
				if (!m.isSourceLoaded(id))
					report.failed(id, `${SOURCE_LABELS[id]}: no answer after ${timeoutMs / 1000} s`);
			}, timeoutMs)
		);
	};
	const onLoading = (e: SourceEvent) => {
		if (isTileSource(e.sourceId) && !timers.has(e.sourceId)) arm(e.sourceId);
	};
	const onData = (e: SourceEvent) => {
		if (!isTileSource(e.sourceId) || !e.tile) return;
		report.loaded(e.sourceId);
		if (m.isSourceLoaded(e.sourceId)) stop(e.sourceId);
		else arm(e.sourceId);
	};
	m.on('sourcedataloading', onLoading);
	m.on('sourcedata', onData);
	return () => {
		m.off('sourcedataloading', onLoading);
		m.off('sourcedata', onData);
		for (const id of [...timers.keys()]) stop(id);
	};
}
