// The palette of the theme in use, for what the page draws in the map's colours (legend swatches, the
// gas chart): shared by Svelte context so a theme change recolours them with the map.
import { getContext, setContext } from 'svelte';
import { LIGHT_PALETTE, type MapPalette } from '../palettes';

const KEY = Symbol('palette');

export function setPaletteContext(palette: () => MapPalette) {
	setContext(KEY, palette);
}

/** A getter for the current palette (light outside an app, as in prerendered text). */
export function getPalette(): () => MapPalette {
	return getContext<(() => MapPalette) | undefined>(KEY) ?? (() => LIGHT_PALETTE);
}
