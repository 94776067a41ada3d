// URL hash ⇄ app state. Selections and tour steps push a history entry (Back returns to the previous
// one); camera moves replace the current entry, debounced. Writes go through SvelteKit's history API,
// so its own history index stays right; Back, Forward and a hash edited by hand come in as popstate.
import { pushState, replaceState } from '$app/navigation';
import type { AppState } from './app-state.svelte';
import { parseHash, serializeHash, type HashState } from './hash';

const MOVE_DEBOUNCE_MS = 250;

export function readHash(app: AppState, hash = location.hash): HashState {
	return parseHash(hash, {
		isRoute: app.index.isRouteId,
		isClaim: app.index.isClaimId,
		tourLength: app.tourLength
	});
}

/** The URL hash for the app's current state. */
export function hashOf(app: AppState): string {
	return serializeHash({
		view: app.view ?? undefined,
		layers: app.visible,
		route: app.route ?? undefined,
		tour: app.tour ?? undefined
	});
}

/** Apply a parsed hash to the state. `initial` frames the route only when the URL has no view of its own. */
export function applyHash(app: AppState, s: HashState, initial: boolean) {
	app.visible = s.layers ?? app.visible;
	if (s.view) {
		app.view = s.view;
		if (!initial) app.showView(s.view);
	}
	if (s.tour) app.goToStep(s.tour, { frame: !s.view });
	else if (s.route) app.select(s.route, { frame: !s.view });
	else {
		app.clearSelection();
		app.leaveTour();
	}
}

/** Whether going from one state to the next deserves its own history entry: a new selection or step. */
function isNewPlace(before: { route: string | null; tour: number | null }, app: AppState): boolean {
	const moved = before.route !== app.route || before.tour !== app.tour;
	return moved && (app.route !== null || app.tour !== null);
}

/** Write the hash into the current history entry or a new one, through SvelteKit's history API. */
function writeHash(hash: string, push: boolean) {
	const url = `${location.pathname}${location.search}${hash}`;
	/* eslint-disable svelte/no-navigation-without-resolve -- the same page with a new hash: nothing to resolve */
	if (push) pushState(url, {});
	else replaceState(url, {});
	/* eslint-enable svelte/no-navigation-without-resolve */
}

/** Start syncing; returns a cleanup function. Call from the page's onMount. */
export function syncUrl(app: AppState): () => void {
	let place = { route: app.route, tour: app.tour };
	let timer: ReturnType<typeof setTimeout> | undefined;

	// The URL always describes what the reader sees: a key that was refused (an unknown route, a step the
	// tour does not have) is dropped from it at once.
	const canonical = () => {
		const hash = hashOf(app);
		if (hash !== location.hash) writeHash(hash, false);
	};
	const onPop = () => {
		applyHash(app, readHash(app), false);
		place = { route: app.route, tour: app.tour };
		canonical();
	};
	window.addEventListener('popstate', onPop);
	canonical();

	const stop = $effect.root(() => {
		$effect(() => {
			const next = hashOf(app);
			clearTimeout(timer);
			if (next === location.hash) return;
			const placeChanged = app.route !== place.route || app.tour !== place.tour;
			if (placeChanged) {
				const push = isNewPlace(place, app);
				place = { route: app.route, tour: app.tour };
				writeHash(next, push);
			} else timer = setTimeout(() => writeHash(hashOf(app), false), MOVE_DEBOUNCE_MS);
		});
	});
	return () => {
		stop();
		clearTimeout(timer);
		window.removeEventListener('popstate', onPop);
	};
}
