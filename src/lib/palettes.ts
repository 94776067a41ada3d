// The map's two palettes, light and dark, for the one style function (buildStyle takes either). Text
// colours meet WCAG AA (4.5:1) against the land, their halo and, for sea names, the water; route
// colours are Okabe–Ito hues, at least 3:1 against land and water and apart from each other also for
// readers with red–green colour blindness (tests/unit/palette.test.ts measures all of this).
import type { CorridorId } from './data/vocabulary';

export type ThemeName = 'light' | 'dark';

export interface MapPalette {
	name: ThemeName;
	water: string;
	land: string;
	/** Lake fill, river lines, and water drawn under river borders. */
	river: string;
	border: string;
	/** Inner edges of the units the story names (Syunik). */
	unitEdge: string;
	countryText: string;
	unitText: string;
	placeText: string;
	/** The dot of a town. */
	placeDot: string;
	riverText: string;
	reliefText: string;
	halo: string;
	ink: string;
	keyLine: string;
	/** Shaded relief: opacity at small scales, and the brightest its light may get (dims it on dark land). */
	relief: { opacity: number; brightnessMax: number };
	corridors: Record<CorridorId, string>;
}

export const LIGHT_PALETTE: MapPalette = {
	name: 'light',
	water: '#c9dbe6',
	land: '#f3f0e8',
	river: '#9dc0d6',
	border: '#8f8a80',
	unitEdge: '#b3a999',
	countryText: '#4d4943',
	unitText: '#5e5549',
	placeText: '#2b2926',
	placeDot: '#2b2926',
	riverText: '#2c5f80',
	reliefText: '#6b5236',
	halo: '#ffffff',
	ink: '#1f1d1a',
	keyLine: '#3b3833',
	relief: { opacity: 0.55, brightnessMax: 1 },
	corridors: {
		'zangezur-tripp': '#a8326e',
		'middle-corridor': '#0068a8',
		'southern-gas-corridor': '#c24e00',
		'nakhchivan-link': '#1a7f4e'
	}
};

export const DARK_PALETTE: MapPalette = {
	name: 'dark',
	water: '#14232e',
	land: '#2a2926',
	river: '#36607c',
	border: '#8c877d',
	unitEdge: '#6e675c',
	countryText: '#d9d3c7',
	unitText: '#c9c0b2',
	placeText: '#efeae1',
	placeDot: '#efeae1',
	riverText: '#8ec3e6',
	reliefText: '#d4bd98',
	halo: '#1b1a18',
	ink: '#f3f0e8',
	keyLine: '#d8d2c6',
	relief: { opacity: 0.5, brightnessMax: 0.55 },
	corridors: {
		'zangezur-tripp': '#e58cc0',
		'middle-corridor': '#5cb8f0',
		'southern-gas-corridor': '#f0a030',
		'nakhchivan-link': '#34c796'
	}
};

export const PALETTES: Record<ThemeName, MapPalette> = { light: LIGHT_PALETTE, dark: DARK_PALETTE };
