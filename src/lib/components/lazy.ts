// Parts not needed to draw the first view load on demand; the panels are prefetched as soon as the
// map is ready so that a click opens one without waiting.
export const loadPanels = () => import('./Panels.svelte');
export const loadTextView = () => import('./TextView.svelte');

export function prefetchPanels(): void {
	void loadPanels();
}
