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
	/** Boxes over the map: the legend (when unfolded) and the map's own controls. */
	boxes: Box[];
	/** The open panel: a side panel, a bottom sheet at its height, or none. */
	panel: 'side' | SheetSnap | null;
}

const EDGES = ['top', 'right', 'bottom', 'left'] as const;

/** What covers the map's edges. The panel or sheet covers its edge; each other box counts as a cover of
 *  whichever edge leaves the largest free area once it is pushed past the box. */
export function coveredEdges(l: Layout): Insets {
	const phone = l.width <= PHONE_MAX_WIDTH;
	const out: Insets = {
		top: 0,
		right: l.panel === 'side' && !phone ? sidePanelWidth(l.width) : 0,
		bottom: l.panel && l.panel !== 'side' && phone ? Math.round(l.height * SHEET_SNAPS[l.panel]) : 0,
		left: 0
	};
	const free = (i: Insets) =>
		Math.max(0, l.width - i.left - i.right) * Math.max(0, l.height - i.top - i.bottom);
	for (const b of l.boxes) {
		const reach = { top: b.y + b.height, right: l.width - b.x, bottom: l.height - b.y, left: b.x + b.width };
		const options = EDGES.map((edge) => ({ ...out, [edge]: Math.max(out[edge], reach[edge]) }));
		Object.assign(
			out,
			options.reduce((best, o) => (free(o) > free(best) ? o : best))
		);
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
