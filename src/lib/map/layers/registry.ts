// Every layer id, and the draw order stated once (bottom to top). No other module spells a layer id;
// the style puts the layer specifications in this order and refuses any it does not list.
import { CORRIDOR_IDS, ROUTE_ROLES, type CorridorId, type RouteRole } from '../../data/vocabulary';

export const BASE_LAYER_IDS = {
	water: 'water',
	land: 'land',
	relief: 'relief',
	lakes: 'lakes',
	rivers: 'rivers',
	riversDetail: 'rivers-detail',
	borderRivers: 'border-rivers',
	unitEdges: 'unit-edges',
	borders: 'borders',
	bordersDetail: 'borders-detail'
} as const;

export const LABEL_LAYER_IDS = {
	stateLeaders: 'state-leaders',
	symbols: 'map-symbols',
	reliefLabels: 'relief-labels',
	reliefLines: 'relief-line-labels',
	riverLabels: 'river-labels',
	riverLabelsDetail: 'river-labels-detail',
	lakeLabels: 'lake-labels',
	unitLabels: 'unit-labels',
	stateLabels: 'state-labels',
	stateNamesAdded: 'state-names-added',
	placeDots: 'place-dots',
	placeLabels: 'place-labels',
	townLabels: 'town-labels'
} as const;

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
	...Object.values(BASE_LAYER_IDS),
	// Lines from a state's name set off the state to the state: under the routes, which stay whole.
	LABEL_LAYER_IDS.stateLeaders,
	// Context routes first, so the article's own routes are drawn (and picked) above them.
	...ROUTE_ROLES.flatMap((role) =>
		CORRIDOR_IDS.flatMap((c) => CORRIDOR_PARTS.map((p) => corridorLayerId(c, p, role)))
	),
	// Above every drawn line, so a pick never misses a route drawn under another corridor.
	...ROUTE_ROLES.flatMap((role) => CORRIDOR_IDS.map((c) => corridorLayerId(c, 'hit', role))),
	LABEL_LAYER_IDS.placeDots,
	// Symbol layers: MapLibre places the topmost first, so cities and the towns named early win
	// collisions, then state names (several candidates each, so one that yields leaves others), then
	// the towns named only close in, units, water and relief. The basemap's names keep off the routes
	// (the build places them so), so the routes' own names, topmost, rarely take a basemap name's room.
	LABEL_LAYER_IDS.symbols,
	// Names added for states the fixed points leave unnamed in view (state-names.ts): placed last, so
	// they take only room no other name wants, and never hide one.
	LABEL_LAYER_IDS.stateNamesAdded,
	LABEL_LAYER_IDS.reliefLabels,
	LABEL_LAYER_IDS.reliefLines,
	LABEL_LAYER_IDS.riverLabels,
	LABEL_LAYER_IDS.riverLabelsDetail,
	LABEL_LAYER_IDS.lakeLabels,
	LABEL_LAYER_IDS.unitLabels,
	LABEL_LAYER_IDS.townLabels,
	LABEL_LAYER_IDS.stateLabels,
	LABEL_LAYER_IDS.placeLabels,
	// Route names along the lines, above every line and every basemap name.
	...CORRIDOR_IDS.map((c) => corridorLayerId(c, 'label'))
];

/** The basemap's symbol layers whose text the e2e tests read back (test-probe). */
export const TEXT_LAYER_IDS: readonly string[] = [
	LABEL_LAYER_IDS.placeLabels,
	LABEL_LAYER_IDS.townLabels,
	LABEL_LAYER_IDS.stateLabels,
	LABEL_LAYER_IDS.stateNamesAdded,
	LABEL_LAYER_IDS.unitLabels,
	LABEL_LAYER_IDS.lakeLabels,
	LABEL_LAYER_IDS.riverLabels,
	LABEL_LAYER_IDS.riverLabelsDetail,
	LABEL_LAYER_IDS.reliefLabels,
	LABEL_LAYER_IDS.reliefLines,
	LABEL_LAYER_IDS.symbols
];
