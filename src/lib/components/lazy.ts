// Parts not needed to draw the first view load on demand; the panels are prefetched as soon as the
// map is ready so that a click opens one without waiting.
export const loadPanels = () => import('./ActivePanel.svelte');
export const loadNoMapFallback = () => import('./NoMapFallback.svelte');

export function prefetchPanels(): void {
	void loadPanels();
}
