// Every layer id, and the draw order stated once (bottom to top). No other module spells a layer id;
// the style puts the layer specifications in this order and refuses any it does not list.
import { CORRIDOR_IDS, type CorridorId } from '../../data/vocabulary';

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
	symbols: 'map-symbols',
	reliefLabels: 'relief-labels',
	reliefLines: 'relief-line-labels',
	riverLabels: 'river-labels',
	riverLabelsDetail: 'river-labels-detail',
	lakeLabels: 'lake-labels',
	unitLabels: 'unit-labels',
	stateLabels: 'state-labels',
	placeDots: 'place-dots',
	placeLabels: 'place-labels',
	townLabels: 'town-labels'
} as const;

/** The drawn parts of a corridor, bottom to top, and the invisible band that picks up the pointer. */
const CORRIDOR_PARTS = ['casing', 'line', 'dashed', 'core'] as const;
export type CorridorPart = (typeof CORRIDOR_PARTS)[number] | 'hit';

export function corridorLayerId(corridor: CorridorId, part: CorridorPart): string {
	return `${corridor}-${part}`;
}

/** All layers of one corridor (toggled together). */
export function corridorLayerIds(corridor: CorridorId): string[] {
	return [...CORRIDOR_PARTS, 'hit' as const].map((p) => corridorLayerId(corridor, p));
}

/** Layers that answer hover and click. */
const HIT_LAYER_IDS = CORRIDOR_IDS.map((c) => corridorLayerId(c, 'hit'));

export const LAYER_ORDER: readonly string[] = [
	...Object.values(BASE_LAYER_IDS),
	...CORRIDOR_IDS.flatMap((c) => CORRIDOR_PARTS.map((p) => corridorLayerId(c, p))),
	// Above every drawn line, so a pick never misses a route drawn under another corridor.
	...HIT_LAYER_IDS,
	LABEL_LAYER_IDS.placeDots,
	// Symbol layers: MapLibre places the topmost first, so cities and the towns named early win
	// collisions, then state names (several candidates each, so one that yields leaves others), then
	// the towns named only close in, units, water and relief.
	LABEL_LAYER_IDS.symbols,
	LABEL_LAYER_IDS.reliefLabels,
	LABEL_LAYER_IDS.reliefLines,
	LABEL_LAYER_IDS.riverLabels,
	LABEL_LAYER_IDS.riverLabelsDetail,
	LABEL_LAYER_IDS.lakeLabels,
	LABEL_LAYER_IDS.unitLabels,
	LABEL_LAYER_IDS.townLabels,
	LABEL_LAYER_IDS.stateLabels,
	LABEL_LAYER_IDS.placeLabels
];

/** The symbol layers whose text the e2e tests read back (map-probe). */
export const TEXT_LAYER_IDS: readonly string[] = [
	LABEL_LAYER_IDS.placeLabels,
	LABEL_LAYER_IDS.townLabels,
	LABEL_LAYER_IDS.stateLabels,
	LABEL_LAYER_IDS.unitLabels,
	LABEL_LAYER_IDS.lakeLabels,
	LABEL_LAYER_IDS.riverLabels,
	LABEL_LAYER_IDS.riverLabelsDetail,
	LABEL_LAYER_IDS.reliefLabels,
	LABEL_LAYER_IDS.reliefLines,
	LABEL_LAYER_IDS.symbols
];
