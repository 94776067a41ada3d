// The single source of truth for corridor ids and how each corridor looks.
// Everything else (layer ids, legend swatches, URL parsing, build checks) derives from this list.

export const CORRIDOR_IDS = [
	'zangezur-tripp',
	'middle-corridor',
	'southern-gas-corridor',
	'nakhchivan-link'
] as const;

export type CorridorId = (typeof CORRIDOR_IDS)[number];

export const SEGMENT_MODES = ['rail', 'road', 'pipeline', 'sea', 'mixed'] as const;
export type SegmentMode = (typeof SEGMENT_MODES)[number];

export const SEGMENT_STATUSES = ['operational', 'under-construction', 'planned'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export interface CorridorLook {
	/** Line colour: Okabe–Ito / Tol colour-blind-safe hues, dark enough for AA contrast on the basemap. */
	color: string;
	/** Line width in px at mid zoom; corridors also differ in width so colour is not the only cue. */
	width: number;
}

export const CORRIDOR_LOOK: Record<CorridorId, CorridorLook> = {
	'zangezur-tripp': { color: '#a8326e', width: 5 },
	'middle-corridor': { color: '#0068a8', width: 3.5 },
	'southern-gas-corridor': { color: '#c24e00', width: 4 },
	'nakhchivan-link': { color: '#007a5a', width: 2.5 }
};

export function isCorridorId(value: unknown): value is CorridorId {
	return typeof value === 'string' && (CORRIDOR_IDS as readonly string[]).includes(value);
}

/** The corridor whose panel carries the gas-exports chart. */
export const GAS_CHART_CORRIDOR: CorridorId = 'southern-gas-corridor';
