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

/** A route the article discusses (its corridor is named in it, or a claim is about the segment), or one
 *  we draw for context only. The article's routes are drawn above context routes. */
export const ROUTE_ROLES = ['context', 'article'] as const;
export type RouteRole = (typeof ROUTE_ROLES)[number];

export const SEGMENT_STATUSES = ['operational', 'under-construction', 'planned'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** What a claim is about, for filtering the article's claims. */
export const CLAIM_THEMES = [
	'relations',
	'section-907',
	'summit-and-peace',
	'memorandum',
	'transit',
	'energy',
	'economy',
	'security',
	'geopolitics'
] as const;
export type ClaimTheme = (typeof CLAIM_THEMES)[number];

/** What kind of statement a claim is: something that happened, what a document says, a plan or
 *  forecast, or the author's own argument. */
export const CLAIM_KINDS = ['event', 'document', 'plan', 'argument'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Our assessment of a claim against the sources (never of its author). Defined for readers in
 *  CLAIM_STATUS_INFO (src/lib/data/claim-status.ts). */
export const CLAIM_STATUSES = ['consistent', 'partly-consistent', 'disputed', 'not-yet', 'opinion'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
