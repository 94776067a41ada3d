// What covers the map, measured from the page: the legend, the map's own controls, the panel or sheet,
// and (for a close-up) the overview inset. The camera frames routes in what is left (camera.ts).
import { OVERVIEW, PHONE_MAX_WIDTH, type SheetSnap } from '../layout';
import { coveredEdges, type Box, type Insets } from './camera';

export interface CoverInputs {
	/** The map region, with the legend and the map's controls inside it. */
	region: HTMLElement | null | undefined;
	legend: HTMLElement | null | undefined;
	width: number;
	height: number;
	panel: 'open' | null;
	sheet: SheetSnap;
	/** The overview inset's size, when a close-up view will show it. */
	overview?: { width: number; height: number } | null;
	/** Read the boxes now (forcing layout); otherwise only the legend's last known size is used. */
	measure: boolean;
	legendSize?: { width: number; height: number };
}

const CONTROLS = '.maplibregl-ctrl-top-left, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right';

export function measureCovers(i: CoverInputs): Insets {
	const origin = i.region?.getBoundingClientRect();
	const boxOf = (el: Element | null | undefined): Box | null => {
		const r = el?.getBoundingClientRect();
		return r && origin && r.width > 0 && r.height > 0
			? { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }
			: null;
	};
	const legend =
		i.legend && !i.measure && i.legendSize ? lastLegendBox(i.legend, i.legendSize) : boxOf(i.legend);
	const controls = i.measure ? [...(i.region?.querySelectorAll(CONTROLS) ?? [])].map(boxOf) : [];
	const panel = i.panel === null ? null : i.width <= PHONE_MAX_WIDTH ? i.sheet : 'side';
	const sheet = coveredEdges({ width: i.width, height: i.height, boxes: [], panel }).bottom;
	const overview = i.overview
		? { ...overviewPlace(legend, i.height - sheet, i.overview), ...i.overview }
		: null;
	return coveredEdges({
		width: i.width,
		height: i.height,
		boxes: [legend, ...controls, overview].filter((b) => b !== null),
		panel
	});
}

/** Where the overview inset goes: bottom left, above the scale bar, or right of the legend where the
 *  legend reaches down into that corner (a short map). `bottom` is where the map's free part ends. */
export function overviewPlace(
	legend: Box | null,
	bottom: number,
	size: { width: number; height: number }
): { x: number; y: number } {
	const y = bottom - OVERVIEW.bottom - size.height;
	const x = legend && legend.y + legend.height > y ? legend.x + legend.width + OVERVIEW.left : OVERVIEW.left;
	return { x, y };
}

/** The legend's box from its last known size (no layout forced), in the map region's pixels. */
export function lastLegendBox(legend: HTMLElement, size: { width: number; height: number }): Box {
	return { x: legend.offsetLeft, y: legend.offsetTop, ...size };
}
