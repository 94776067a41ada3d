// Camera maths: what covers the map (legend, side panel, bottom sheet) and the padding that frames a
// route in the part nothing covers. Pure, so it is unit-tested.
import { PHONE_MAX_WIDTH, SHEET_SNAPS, sidePanelWidth, type SheetSnap } from '../layout';

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** What covers the map, in px from each edge. */
export type Insets = Padding;

/** A box over the map, relative to the map's top-left corner. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Layout {
	width: number;
	height: number;
	/** The legend's box, or null when it is folded away. */
	legend: Box | null;
	/** The open panel: a side panel, a bottom sheet at its height, or none. */
	panel: 'side' | SheetSnap | null;
}

/** What covers the map's edges. The legend covers a corner: it counts as a top or a left inset, whichever
 *  leaves the larger free area. */
export function coveredEdges(l: Layout): Insets {
	const phone = l.width <= PHONE_MAX_WIDTH;
	const right = l.panel === 'side' && !phone ? sidePanelWidth(l.width) : 0;
	const bottom = l.panel && l.panel !== 'side' && phone ? Math.round(l.height * SHEET_SNAPS[l.panel]) : 0;
	const out = { top: 0, right, bottom, left: 0 };
	if (l.legend) {
		const asLeft = l.legend.x + l.legend.width;
		const asTop = l.legend.y + l.legend.height;
		const areaLeft = (l.width - asLeft - right) * (l.height - bottom);
		const areaTop = (l.width - right) * (l.height - asTop - bottom);
		if (areaLeft > areaTop) out.left = asLeft;
		else out.top = asTop;
	}
	return out;
}

/** Padding for fitting a route: what covers each edge plus a margin of 5% of the shorter side (at least
 *  16 px). If the covers would leave less than MIN_FREE px on an axis, they shrink on that axis. */
export function framePadding(width: number, height: number, covered: Insets): Padding {
	const margin = Math.round(Math.max(16, Math.min(width, height) * 0.05));
	const fit = (a: number, b: number, size: number): [number, number] => {
		const free = size - a - b - 2 * margin;
		if (free >= MIN_FREE) return [a, b];
		const k = Math.max(0, (size - 2 * margin - MIN_FREE) / (a + b));
		return [Math.floor(a * k), Math.floor(b * k)];
	};
	const [left, right] = fit(covered.left, covered.right, width);
	const [top, bottom] = fit(covered.top, covered.bottom, height);
	return { top: top + margin, right: right + margin, bottom: bottom + margin, left: left + margin };
}

/** The least room (px) a framed route keeps on each axis. */
const MIN_FREE = 80;
