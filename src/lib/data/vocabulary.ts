// The fixed vocabularies of the data: corridor ids, segment modes and statuses, claim themes and kinds.
// Plain constants (no zod), so the app can import them without the schemas; the schemas build on them.

export const CORRIDOR_IDS = [
	'zangezur-tripp',
	'middle-corridor',
	'southern-gas-corridor',
	'nakhchivan-link'
] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];

export function isCorridorId(value: unknown): value is CorridorId {
	return typeof value === 'string' && (CORRIDOR_IDS as readonly string[]).includes(value);
}

/** The corridor whose panel carries the gas-exports chart. */
export const GAS_CHART_CORRIDOR: CorridorId = 'southern-gas-corridor';

export const SEGMENT_MODES = ['rail', 'road', 'pipeline', 'sea', 'mixed'] as const;
export type SegmentMode = (typeof SEGMENT_MODES)[number];

export const SEGMENT_STATUSES = ['operational', 'under-construction', 'planned'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const PILLARS = [
	'regional connectivity',
	'economic investment',
	'security cooperation',
	'context'
] as const;
export type Pillar = (typeof PILLARS)[number];

export const CLAIM_KINDS = ['event', 'plan', 'assessment'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
