// Parts not needed to draw the first view load on demand; they are prefetched as soon as the map is
// ready, so that a click opens a panel (or saves an image) without waiting, even if the connection
// drops later.
export const loadPanels = () => import('./components/PanelBoundary.svelte');
export const loadNoMapFallback = () => import('./components/NoMapFallback.svelte');
export const loadImageExport = () => import('./map/export-image');

export function prefetchOnDemandParts(): void {
	// A failed prefetch is only a missed head start; using the part tries again and says so.
	loadPanels().catch(() => {});
	loadImageExport().catch(() => {});
}
