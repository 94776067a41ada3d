// Every layer id, and the draw order stated once (bottom to top). No other module spells a layer id;
// the style puts the layer specifications in this order and refuses any it does not list.
import { CORRIDOR_IDS, ROUTE_ROLES, type CorridorId, type RouteRole } from '../../data/vocabulary';

export const BASE_LAYER_IDS = {
	water: 'water',
	land: 'land',
	borders: 'borders',
	countryLabels: 'country-labels'
} as const;
export const PLACE_LAYER_IDS = { dots: 'place-dots', labels: 'place-labels' } as const;

/** The drawn parts of a corridor, bottom to top, and the invisible band that picks up the pointer. */
const CORRIDOR_PARTS = ['casing', 'line', 'dashed', 'core'] as const;
export type CorridorPart = (typeof CORRIDOR_PARTS)[number] | 'hit' | 'label';

/** A corridor's layer for one part and one role: the article's routes keep the plain ids. */
export function corridorLayerId(
	corridor: CorridorId,
	part: CorridorPart,
	role: RouteRole = 'article'
): string {
	return role === 'article' ? `${corridor}-${part}` : `${corridor}-${part}-context`;
}

/** All layers of one corridor, both roles and its name labels (toggled together). */
export function corridorLayerIds(corridor: CorridorId): string[] {
	return [
		...ROUTE_ROLES.flatMap((role) =>
			[...CORRIDOR_PARTS, 'hit' as const].map((p) => corridorLayerId(corridor, p, role))
		),
		corridorLayerId(corridor, 'label')
	];
}

/** The hit layers of the corridors shown, topmost first (the article's routes above context routes). */
export function hitLayerIds(visible: readonly CorridorId[]): string[] {
	return [...ROUTE_ROLES]
		.reverse()
		.flatMap((role) =>
			CORRIDOR_IDS.filter((c) => visible.includes(c)).map((c) => corridorLayerId(c, 'hit', role))
		);
}

export const LAYER_ORDER: readonly string[] = [
	BASE_LAYER_IDS.water,
	BASE_LAYER_IDS.land,
	BASE_LAYER_IDS.borders,
	// Context routes first, so the article's own routes are drawn (and picked) above them.
	...ROUTE_ROLES.flatMap((role) =>
		CORRIDOR_IDS.flatMap((c) => CORRIDOR_PARTS.map((p) => corridorLayerId(c, p, role)))
	),
	// Above every drawn line, so a pick never misses a route drawn under another corridor.
	...ROUTE_ROLES.flatMap((role) => CORRIDOR_IDS.map((c) => corridorLayerId(c, 'hit', role))),
	// Route names along the lines, above every line.
	...CORRIDOR_IDS.map((c) => corridorLayerId(c, 'label')),
	PLACE_LAYER_IDS.dots,
	PLACE_LAYER_IDS.labels,
	// The topmost symbol layer is placed first, so country names win label collisions.
	BASE_LAYER_IDS.countryLabels
];
