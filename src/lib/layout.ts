// The page's layout numbers that the camera needs to know (what covers the map). The CSS uses the same
// numbers: src/lib/components/PanelFrame.svelte and MapApp.svelte name this file where they repeat one.

/** Widths up to this are phones: the panel is a bottom sheet, the legend starts folded. */
export const PHONE_MAX_WIDTH = 640;

/** The side panel on wider screens: min(420px, 40% of the width). */
export function sidePanelWidth(width: number): number {
	return Math.min(420, width * 0.4);
}

/** The bottom sheet's heights on phones, as shares of the map's height; full leaves a strip of map. */
export const SHEET_SNAPS = { peek: 0.32, half: 0.55, full: 0.88 } as const;
export type SheetSnap = keyof typeof SHEET_SNAPS;

/** Below this width, opening a panel folds the legend, so the map keeps room for what it frames. */
export const FOLD_LEGEND_BELOW = 1200;

/** The overview inset, shown when the map is zoomed in past the region view: the area it maps
 *  (lon/lat box), its size, and where it sits (bottom left, above the scale bar). */
export const OVERVIEW = {
	bbox: [34, 34.5, 58, 46.5] as [number, number, number, number],
	minZoom: 6.5,
	width: 150,
	left: 10,
	bottom: 38
} as const;
