// The vector tiles come from MapLibre's workers, with no timeout of their own: the watch counts a source
// loaded on its first tile, and gives up on one that waits for tiles and receives none for the timeout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { tileError, watchTiles } from '../../src/lib/map/tile-watch';

/** Just enough of a map: its events, and whether each source has every tile it needs. */
function fakeMap() {
	const handlers = new Map<string, Set<(e: unknown) => void>>();
	const loaded = new Set<string>();
	return {
		loaded,
		on: (t: string, f: (e: unknown) => void) => handlers.set(t, (handlers.get(t) ?? new Set()).add(f)),
		off: (t: string, f: (e: unknown) => void) => handlers.get(t)?.delete(f),
		isSourceLoaded: (id: string) => loaded.has(id),
		fire: (t: string, e: object) => handlers.get(t)?.forEach((f) => f(e)),
		listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0)
	};
}

describe('tile watch', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function watch() {
		const m = fakeMap();
		const seen: string[] = [];
		const stop = watchTiles(m as unknown as MapLibreMap, {
			loaded: (id) => seen.push(`loaded ${id}`),
			failed: (id, message) => seen.push(`failed ${id}: ${message}`)
		});
		return { m, seen, stop };
	}

	it('gives up on a source that receives no tile for 15 s, naming it', () => {
		const { m, seen } = watch();
		m.fire('sourcedataloading', { sourceId: 'overview', tile: {} });
		vi.advanceTimersByTime(14_999);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(seen).toEqual(['failed overview: basemap: no answer after 15 s']);
	});

	it('lets a slow load go on while tiles keep arriving, and stops watching once all are in', () => {
		const { m, seen } = watch();
		m.fire('sourcedataloading', { sourceId: 'detail', tile: {} });
		for (let i = 0; i < 3; i++) {
			vi.advanceTimersByTime(10_000);
			m.fire('sourcedata', { sourceId: 'detail', tile: {} });
		}
		m.loaded.add('detail');
		m.fire('sourcedata', { sourceId: 'detail', tile: {} });
		vi.advanceTimersByTime(60_000);
		expect(seen).toEqual(['loaded detail', 'loaded detail', 'loaded detail', 'loaded detail']);
	});

	it('ignores other sources and events without a tile, and stops when asked', () => {
		const { m, seen, stop } = watch();
		m.fire('sourcedataloading', { sourceId: 'relief', tile: {} });
		m.fire('sourcedata', { sourceId: 'overview', sourceDataType: 'metadata' });
		vi.advanceTimersByTime(20_000);
		expect(seen).toEqual([]);
		m.fire('sourcedataloading', { sourceId: 'overview', tile: {} });
		stop();
		vi.advanceTimersByTime(20_000);
		expect(seen).toEqual([]);
		expect(m.listeners()).toBe(0);
	});

	it('says what went wrong with a tile: the HTTP status, or what could not be read', () => {
		expect(tileError('overview', { message: 'Internal Server Error', status: 500 })).toBe(
			'basemap: the server answered HTTP 500'
		);
		expect(tileError('detail', { message: 'Unimplemented type: 4' })).toBe(
			'basemap detail: a tile could not be read (Unimplemented type: 4)'
		);
	});
});
