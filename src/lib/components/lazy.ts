// Parts not needed to draw the first view load on demand; the panels are prefetched as soon as the
// map is ready so that a click opens one without waiting. A failed import is not cached by the
// browser's module map retry-wise, so each call tries again.
export const loadPanels = () => import('./ActivePanel.svelte');
export const loadNoMapFallback = () => import('./NoMapFallback.svelte');

export function prefetchPanels(): void {
	// A failed prefetch is only a missed head start; opening a panel tries again and says so.
	loadPanels().catch(() => {});
}
