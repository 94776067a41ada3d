// URL hash ⇄ app state: a link restores the state, selections get history entries, moves replace the
// current one, and Back (popstate) brings the earlier state back.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentIndex } from '../../src/lib/data/content-index';
import type { MapCommands } from '../../src/lib/map/map-controller';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { applyHash, hashOf, readHash, syncUrl } from '../../src/lib/state/url-sync.svelte';
import { CONTENT } from '../fixtures/content';

const nav = vi.hoisted(() => ({
	pushState: vi.fn((url: string) => history.pushState({}, '', url)),
	replaceState: vi.fn((url: string) => history.replaceState({}, '', url))
}));
vi.mock('$app/navigation', () => nav);

function setup(hash = '') {
	history.replaceState({}, '', `/${hash}`);
	const map: MapCommands = {
		frame: vi.fn(),
		jumpTo: vi.fn(),
		reset: vi.fn(),
		exportImage: vi.fn(async () => {}),
		retrySources: vi.fn()
	};
	return { app: new AppState(new ContentIndex(CONTENT), map), map };
}

beforeEach(() => {
	vi.useFakeTimers();
	nav.pushState.mockClear();
	nav.replaceState.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('applyHash', () => {
	it('restores layers and route from a link, framing the route when the link has no view', () => {
		const { app, map } = setup('#layers=middle-corridor&route=mc-b');
		applyHash(app, readHash(app), true);
		expect(app.visible).toEqual(['middle-corridor']);
		expect(app.route).toBe('mc-b');
		expect(map.frame).toHaveBeenCalledWith([47, 40.5, 50, 42]);
	});

	it('keeps the link’s own view instead of framing', () => {
		const { app, map } = setup('#map=7/40.1/45.2&route=mc-a');
		applyHash(app, readHash(app), true);
		expect(app.map.view).toEqual({ zoom: 7, lat: 40.1, lon: 45.2 });
		expect(map.frame).not.toHaveBeenCalled();
	});

	it('opens a tour step, and a hash without route or step closes what was open', () => {
		const { app } = setup('#tour=2');
		applyHash(app, readHash(app), true);
		expect([app.tour, app.panel]).toEqual([2, 'tour']);
		applyHash(app, readHash(app, '#map=5/40/45'), false);
		expect([app.tour, app.route, app.panel]).toEqual([null, null, null]);
	});
});

describe('syncUrl', () => {
	it('pushes a history entry for a selection and replaces it, debounced, for a move', () => {
		const { app } = setup();
		const stop = syncUrl(app);
		app.select('mc-a');
		flushSync();
		expect(nav.pushState).toHaveBeenCalledTimes(1);
		expect(location.hash).toBe('#route=mc-a');
		app.mapEvents.moved({ zoom: 6, lat: 40.5, lon: 46 }, [44, 39, 46, 41]);
		flushSync();
		expect(nav.replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(300);
		expect(nav.replaceState).toHaveBeenCalledTimes(1);
		expect(location.hash).toBe('#map=6/40.5/46&route=mc-a');
		expect(hashOf(app)).toBe(location.hash);
		stop();
	});

	it('replaces (not pushes) when the panel closes, so Back does not reopen it twice', () => {
		const { app } = setup();
		const stop = syncUrl(app);
		app.select('mc-a');
		flushSync();
		app.closePanel();
		flushSync();
		expect(nav.pushState).toHaveBeenCalledTimes(1);
		expect(nav.replaceState).toHaveBeenCalledTimes(1);
		expect(location.hash).toBe('');
		stop();
	});

	it('drops refused keys from the URL at once: a step past the last, a route next to a bad step', async () => {
		for (const [hash, canonical] of [
			['#tour=9', ''],
			['#route=mc-a&tour=20', '#route=mc-a'],
			['#embed=1&route=mc-b', '#route=mc-b']
		]) {
			const { app } = setup(hash);
			applyHash(app, readHash(app), true);
			const stop = syncUrl(app);
			await Promise.resolve(); // the write waits for SvelteKit's router, one microtask
			expect(location.hash, hash).toBe(canonical);
			stop();
		}
	});

	it('applies the hash of the entry Back returns to', () => {
		const { app } = setup();
		const stop = syncUrl(app);
		app.select('mc-a');
		flushSync();
		history.replaceState({}, '', '/#route=sgc-a');
		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(app.route).toBe('sgc-a');
		flushSync();
		// The state came from the URL, so nothing is written back.
		expect(nav.pushState).toHaveBeenCalledTimes(1);
		stop();
	});
});
