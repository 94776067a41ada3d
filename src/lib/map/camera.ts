// Camera maths shared by the map and the app state: default view, padding for open panels.
import type { BBox } from '../data/types';

/** The South Caucasus, from eastern Türkiye to the Caspian shore. */
export const DEFAULT_BOUNDS: BBox = [39.5, 37.6, 51.2, 43.6];
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Room to leave around a framed route so the open panel (side on desktop, bottom sheet on phones) doesn't hide it. */
export function framePadding(width: number, height: number, panelOpen: boolean): Padding {
	const base = Math.max(24, Math.min(width, height) * 0.06);
	if (!panelOpen) return { top: base, right: base, bottom: base, left: base };
	if (width <= 640) return { top: base, right: base, bottom: Math.round(height * 0.45) + base, left: base };
	return { top: base, right: Math.min(440, width * 0.4) + base, bottom: base, left: base };
}
