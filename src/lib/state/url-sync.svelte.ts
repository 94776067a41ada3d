// URL hash ⇄ app state. Moves replace the history entry (debounced); selecting a route pushes one,
// so Back returns to the previous selection.
import type { AppState } from './app-state.svelte';
import { parseHash, serializeHash, type HashState } from './hash';

const MOVE_DEBOUNCE_MS = 250;

export function readHash(app: AppState): HashState {
	return parseHash(location.hash, app.index.isRouteId);
}

/** The URL hash for the app's current state (in embed mode too, unless `embed: false`). */
export function hashOf(app: AppState, opts: { embed?: boolean } = {}): string {
	return serializeHash({
		view: app.view ?? undefined,
		layers: app.visible,
		route: app.route ?? undefined,
		tour: app.tour ?? undefined,
		embed: opts.embed ?? app.embed
	});
}

/** Apply a parsed hash to the state. `initial` frames the route only when the URL has no view of its own. */
export function applyHash(app: AppState, s: HashState, initial: boolean) {
	if (initial) app.embed = s.embed === true || /[?&]embed(=|&|$)/.test(location.search);
	app.visible = s.layers ?? app.visible;
	if (s.view) {
		if (initial) app.view = s.view;
		else app.showView(s.view);
	}
	if (s.tour) app.goToStep(s.tour, { frame: !s.view });
	else if (s.route) app.select(s.route, { frame: !s.view });
	else {
		app.clearSelection();
		app.leaveTour();
	}
}

/** Start syncing; returns a cleanup function. Call from a component's $effect / onMount. */
export function syncUrl(app: AppState): () => void {
	// Selections and tour steps get their own history entries; moves replace the current one.
	const place = () => `${app.route}|${app.tour}`;
	let lastPlace = place();
	let timer: ReturnType<typeof setTimeout> | undefined;

	const onPop = () => {
		const s = readHash(app);
		applyHash(app, s, false);
		lastPlace = place();
	};
	window.addEventListener('popstate', onPop);

	const stop = $effect.root(() => {
		$effect(() => {
			const next = hashOf(app);
			const now = place();
			const placeChanged = now !== lastPlace;
			clearTimeout(timer);
			const write = () => {
				if (next === location.hash || (next === '' && location.hash === '')) return;
				const url = `${location.pathname}${location.search}${next}`;
				if (placeChanged && (app.route !== null || app.tour !== null)) history.pushState(null, '', url);
				else history.replaceState(null, '', url);
			};
			if (placeChanged) {
				lastPlace = now;
				write();
			} else timer = setTimeout(write, MOVE_DEBOUNCE_MS);
		});
	});
	return () => {
		stop();
		clearTimeout(timer);
		window.removeEventListener('popstate', onPop);
	};
}
