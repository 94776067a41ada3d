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
		view: app.map.view ?? undefined,
		layers: app.visible,
		route: app.route ?? undefined,
		claim: app.claim ?? undefined,
		tour: app.tour ?? undefined,
		article: app.panel === 'article' ? true : undefined
	});
}

/** Apply a parsed hash to the state. `initial` frames the route only when the URL has no view of its own. */
export function applyHash(app: AppState, s: HashState, initial: boolean) {
	app.visible = s.layers ?? app.visible;
	if (s.view) {
		app.map.view = s.view;
		if (!initial) app.showView(s.view);
	}
	if (s.tour) app.goToStep(s.tour, { frame: !s.view });
	else if (s.claim) app.openClaim(s.claim, { frame: !s.view });
	else if (s.route) app.select(s.route, { frame: !s.view });
	else if (s.article) app.openArticle();
	else app.closePanel();
	if (initial && !s.view && !s.route && !s.claim && !s.tour) app.openingView();
}

type Place = { route: string | null; claim: string | null; tour: number | null; panel: string | null };
const placeOf = (app: AppState): Place => ({
	route: app.route,
	claim: app.claim,
	tour: app.tour,
	panel: app.panel
});
const samePlace = (a: Place, b: Place) =>
	a.route === b.route && a.claim === b.claim && a.tour === b.tour && a.panel === b.panel;

/** Whether a change of place deserves its own history entry: a new route, claim, step or the Article
 *  panel (so Back returns from a route opened from a claim); closing a panel replaces the entry. */
function isNewPlace(app: AppState): boolean {
	return app.route !== null || app.claim !== null || app.tour !== null || app.panel === 'article';
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
	let place = placeOf(app);
	let timer: ReturnType<typeof setTimeout> | undefined;

	// The URL always describes what the reader sees: a key that was refused (an unknown route, a step the
	// tour does not have) is dropped from it at once.
	const canonical = () => {
		const hash = hashOf(app);
		if (hash !== location.hash) writeHash(hash, false);
	};
	const onPop = () => {
		applyHash(app, readHash(app), false);
		place = placeOf(app);
		canonical();
	};
	window.addEventListener('popstate', onPop);
	// Not during hydration: SvelteKit's history API works once its router has started.
	queueMicrotask(canonical);

	const stop = $effect.root(() => {
		$effect(() => {
			const next = hashOf(app);
			const now = placeOf(app);
			clearTimeout(timer);
			if (!samePlace(now, place)) {
				place = now;
				writeHash(next, isNewPlace(app));
			} else if (next !== location.hash)
				timer = setTimeout(() => writeHash(hashOf(app), false), MOVE_DEBOUNCE_MS);
		});
	});
	return () => {
		stop();
		clearTimeout(timer);
		window.removeEventListener('popstate', onPop);
	};
}
