// Panel components are not needed to draw the first view: they load on demand, and are
// prefetched as soon as the map is ready so that a click opens a panel without waiting.
export const loadRoutePanel = () => import('./RoutePanel.svelte');
export const loadArticlePanel = () => import('./ArticlePanel.svelte');
export const loadAboutPanel = () => import('./AboutPanel.svelte');
export const loadTourPanel = () => import('./TourPanel.svelte');
export const loadTextView = () => import('./TextView.svelte');

export function prefetchPanels(): void {
	void loadRoutePanel();
	void loadArticlePanel();
}
