// Every layer id, and the draw order stated once (bottom to top). No other module spells a layer id;
// the style puts the layer specifications in this order and refuses any it does not list.
import { CORRIDOR_IDS, type CorridorId } from '../../data/vocabulary';

export const BASE_LAYER_IDS = {
	water: 'water',
	land: 'land',
	borders: 'borders',
	countryLabels: 'country-labels'
} as const;
export const PLACE_LAYER_IDS = { dots: 'place-dots', labels: 'place-labels' } as const;

/** The drawn parts of a corridor, bottom to top, and the invisible band that picks up the pointer. */
export const CORRIDOR_PARTS = ['casing', 'line', 'dashed', 'core'] as const;
export type CorridorPart = (typeof CORRIDOR_PARTS)[number] | 'hit';

export function corridorLayerId(corridor: CorridorId, part: CorridorPart): string {
	return `${corridor}-${part}`;
}

/** All layers of one corridor (toggled together). */
export function corridorLayerIds(corridor: CorridorId): string[] {
	return [...CORRIDOR_PARTS, 'hit' as const].map((p) => corridorLayerId(corridor, p));
}

/** Layers that answer hover and click. */
export const HIT_LAYER_IDS = CORRIDOR_IDS.map((c) => corridorLayerId(c, 'hit'));

export const LAYER_ORDER: readonly string[] = [
	BASE_LAYER_IDS.water,
	BASE_LAYER_IDS.land,
	BASE_LAYER_IDS.borders,
	...CORRIDOR_IDS.flatMap((c) => CORRIDOR_PARTS.map((p) => corridorLayerId(c, p))),
	// Above every drawn line, so a pick never misses a route drawn under another corridor.
	...HIT_LAYER_IDS,
	PLACE_LAYER_IDS.dots,
	PLACE_LAYER_IDS.labels,
	// The topmost symbol layer is placed first, so country names win label collisions.
	BASE_LAYER_IDS.countryLabels
];
