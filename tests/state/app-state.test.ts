// The app state: what selecting, touring and saving do to the state and which map commands they send.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentIndex } from '../../src/lib/data/content-index';
import type { MapCommands } from '../../src/lib/map/map-controller';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { CONTENT } from '../fixtures/content';

function setup(overrides: Partial<MapCommands> = {}) {
	const map: MapCommands = {
		frame: vi.fn(),
		jumpTo: vi.fn(),
		reset: vi.fn(),
		exportImage: vi.fn(async () => {}),
		retrySources: vi.fn(),
		...overrides
	};
	const app = new AppState(new ContentIndex(CONTENT), map);
	return { app, map };
}

/** The live region's text once the microtask that sets it has run. */
async function announced(app: AppState) {
	await Promise.resolve();
	return app.announcement;
}

describe('AppState', () => {
	it('selecting a segment opens its panel, shows its corridor, frames it and says so', async () => {
		const { app, map } = setup();
		app.setVisible('middle-corridor', false);
		app.select('mc-b');
		expect(app.route).toBe('mc-b');
		expect(app.panel).toBe('route');
		expect(app.isVisible('middle-corridor')).toBe(true);
		expect(map.frame).toHaveBeenCalledWith([47, 40.5, 50, 42]);
		expect(await announced(app)).toBe('Segment mc-b selected: part of Middle Corridor, 100 km');
		flushSync();
		expect(app.highlighted).toEqual(['mc-b']);
	});

	it('selecting without framing leaves the camera alone; unknown ids change nothing', () => {
		const { app, map } = setup();
		app.select('mc-a', { frame: false });
		app.select('no-such-route');
		expect(app.route).toBe('mc-a');
		expect(map.frame).not.toHaveBeenCalled();
	});

	it('a tour step leaves the selection, opens the tour, frames its routes and highlights them', () => {
		const { app, map } = setup();
		app.select('mc-a');
		app.goToStep(2);
		expect(app.tour).toBe(2);
		expect(app.route).toBeNull();
		expect(app.panel).toBe('tour');
		expect(map.frame).toHaveBeenLastCalledWith([18, 38, 50, 42]);
		expect(app.highlighted).toEqual(['southern-gas-corridor']);
		app.goToStep(9);
		expect(app.tour).toBe(2);
	});

	it('closing the panel ends the selection or the tour', () => {
		const { app } = setup();
		app.select('mc-a');
		app.closePanel();
		expect([app.route, app.panel]).toEqual([null, null]);
		app.goToStep(1);
		app.closePanel();
		expect([app.tour, app.panel]).toEqual([null, null]);
		expect(app.highlighted).toEqual([]);
	});

	it('a click on one route selects and frames it, as the legend does', () => {
		const { app, map } = setup();
		app.mapEvents.pick(['mc-b'], { x: 10, y: 20 });
		expect(app.route).toBe('mc-b');
		expect(map.frame).toHaveBeenCalledWith([47, 40.5, 50, 42]);
	});

	it('a click on several routes asks which one, and the choice selects and frames it', () => {
		const { app, map } = setup();
		app.mapEvents.pick(['sgc-a', 'mc-a'], { x: 10, y: 20 });
		expect(app.choice).toEqual({ ids: ['sgc-a', 'mc-a'], x: 10, y: 20 });
		expect(app.route).toBeNull();
		app.choose('mc-a');
		expect(app.choice).toBeNull();
		expect(app.route).toBe('mc-a');
		expect(map.frame).toHaveBeenCalledTimes(1);
		app.mapEvents.pick(['sgc-a', 'mc-a'], { x: 10, y: 20 });
		app.choose(null);
		expect([app.choice, app.route]).toEqual([null, 'mc-a']);
	});

	it('a route opened from a claim goes back to that claim; Reset view clears everything', () => {
		const { app, map } = setup();
		app.openClaim('c1');
		app.select('mc-b');
		expect(app.returnTo).toEqual({ panel: 'claim', id: 'c1' });
		app.goBack();
		expect([app.panel, app.claim]).toEqual(['claim', 'c1']);
		app.resetView();
		expect([app.panel, app.route, app.claim, app.tour]).toEqual([null, null, null, null]);
		expect(app.highlighted).toEqual([]);
		expect(map.reset).toHaveBeenCalled();
	});

	it('keeps what the map reports: its view, moves, readiness and failed sources once each', () => {
		const { app } = setup();
		app.mapEvents.moved({ zoom: 5, lat: 40, lon: 45 }, [44, 39, 46, 41]);
		app.mapEvents.moved({ zoom: 6, lat: 40, lon: 45 }, [44, 39, 46, 41]);
		app.mapEvents.sourceFailed('corridors', 'corridor routes: HTTP 500');
		app.mapEvents.sourceFailed('corridors', 'corridor routes: no answer after 15 s');
		app.mapEvents.ready();
		expect(app.map.view).toEqual({ zoom: 6, lat: 40, lon: 45 });
		expect(app.map.cameraMoves).toBe(2);
		// The latest message per source, once.
		expect(app.map.failedSources).toEqual([
			{ source: 'corridors', message: 'corridor routes: no answer after 15 s' }
		]);
		expect(app.map.ready).toBe(true);
	});

	it('retrying asks the map for the failed sources and clears the list', () => {
		const { app, map } = setup();
		app.mapEvents.sourceFailed('overview', 'basemap: HTTP 500');
		app.retrySources();
		expect(map.retrySources).toHaveBeenCalledWith(['overview']);
		expect(app.map.failedSources).toEqual([]);
	});

	it('saving an image sends the title, what is shown and the visible corridors, and says it is saved', async () => {
		const { app, map } = setup();
		app.setVisible('southern-gas-corridor', false);
		app.select('mc-a', { frame: false });
		await app.saveImage();
		expect(map.exportImage).toHaveBeenCalledWith(
			{
				title: 'Caucasus Corridors',
				subtitle: 'Segment mc-a · data 9.9.9',
				legend: [{ id: 'middle-corridor', name: 'Middle Corridor', dashed: false, hollow: false }]
			},
			'light'
		);
		expect(await announced(app)).toBe('Map image saved');
		// In the dark theme the key is drawn in the dark palette, as the map is.
		app.toggleTheme();
		await app.saveImage();
		expect(map.exportImage).toHaveBeenLastCalledWith(expect.anything(), 'dark');
	});

	it('says so when the image cannot be saved; its retry saves again, then reloads the page', async () => {
		const exportImage = vi.fn(async () => Promise.reject(new Error('offline')));
		const { app } = setup({ exportImage });
		await app.saveImage();
		expect(await announced(app)).toBe('The image could not be saved: offline');
		expect(app.notice?.text).toBe('The image could not be saved (offline).');
		const first = app.notice;
		expect(first?.retryLabel).toBeUndefined();
		app.notice!.retry!();
		// Failed twice: a module the browser failed to fetch stays failed until the page reloads.
		await vi.waitFor(() => expect(app.notice).not.toBe(first));
		expect(exportImage).toHaveBeenCalledTimes(2);
		expect(app.notice?.retryLabel).toBe('Reload the page');
		const reload = vi.fn();
		vi.stubGlobal('location', { reload });
		try {
			app.notice!.retry!();
			expect(reload).toHaveBeenCalledOnce();
			expect(exportImage).toHaveBeenCalledTimes(2);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	describe('the legend beside panels', () => {
		function at(width: number) {
			vi.stubGlobal('innerWidth', width);
			return setup().app;
		}
		afterEach(() => vi.unstubAllGlobals());

		it('in a small window it folds while a panel is open and unfolds after', () => {
			const app = at(1024);
			app.select('mc-a', { frame: false });
			expect(app.legend.open).toBe(false);
			app.openClaim(CONTENT.claims[0]!.id, { frame: false });
			expect(app.legend.open).toBe(false);
			app.closePanel();
			expect(app.legend.open).toBe(true);
		});

		it('in a wide window it stays open', () => {
			const app = at(1280);
			app.select('mc-a', { frame: false });
			expect(app.legend.open).toBe(true);
		});

		it('on a phone it stays folded after the panel closes', () => {
			const app = at(390);
			app.select('mc-a', { frame: false });
			app.closePanel();
			expect(app.legend.open).toBe(false);
		});

		it('a legend the reader folded stays folded', () => {
			const app = at(1024);
			app.legend.open = false;
			app.select('mc-a', { frame: false });
			app.closePanel();
			expect(app.legend.open).toBe(false);
		});
	});
});
