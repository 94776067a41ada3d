// The map's look as numbers, defined once: colours, line widths and dashes. The map style, the legend
// swatches and the saved image all read them from here.
import type { CorridorId } from './data/vocabulary';
import { LIGHT_PALETTE } from './palettes';

export interface CorridorLook {
	/** Line colour: Okabe–Ito / Tol colour-blind-safe hues, dark enough for AA contrast on the basemap. */
	color: string;
	/** Line width in px at mid zoom; corridors also differ in width so colour is not the only cue. */
	width: number;
}

/** Colours as in the light palette; the map takes each palette's own (palettes.ts). */
export const CORRIDOR_LOOK: Record<CorridorId, CorridorLook> = {
	'zangezur-tripp': { color: LIGHT_PALETTE.corridors['zangezur-tripp'], width: 5 },
	'middle-corridor': { color: LIGHT_PALETTE.corridors['middle-corridor'], width: 3.5 },
	'southern-gas-corridor': { color: LIGHT_PALETTE.corridors['southern-gas-corridor'], width: 4 },
	'nakhchivan-link': { color: LIGHT_PALETTE.corridors['nakhchivan-link'], width: 2.5 }
};

/** How every corridor line is drawn, whatever its colour. */
export const LINE = {
	/** The casing is this many px wider than the line. */
	casingExtra: 3,
	/** Dashes for routes not yet in service, in line widths (MapLibre's `line-dasharray` unit). */
	dash: [1.6, 1.1] as [number, number],
	/** A pipeline's hollow core, as a share of the line width. */
	coreRatio: 0.34,
	/** Width of the invisible band that picks up hovers and clicks, px. */
	hitWidth: 18,
	/** Opacity of routes dimmed while another is selected. */
	dimOpacity: 0.28,
	/** Width factor of a hovered or selected route. */
	emphasis: 1.6,
	/** Width factor by zoom: thin when zoomed out, wider close in. */
	zoomFactor: [
		[3, 0.6],
		[6, 1],
		[10, 1.6]
	] as [number, number][]
} as const;

/** The light palette's basemap and text colours (the legend, the saved image); both palettes are in
 *  palettes.ts. */
export const PALETTE = LIGHT_PALETTE;

export const FONT = {
	regular: 'Noto Sans Regular',
	bold: 'Noto Sans Bold',
	italic: 'Noto Sans Italic'
} as const;
