// The article's claims with our assessment of each, our context facts, the labelled places and the
// tour (geodata/article/, geodata/places.json).
import { z } from 'zod';
import { CLAIM_KINDS, CLAIM_STATUSES, CLAIM_THEMES } from '../vocabulary';
import { fullDate, isoDate, kebabId, SourceSchema, webUrl, year } from './common';

/** Our assessment of a claim, in our own voice, next to the article's words. */
export const AssessmentSchema = z
	.strictObject({
		/** What in the claim can be checked, in one sentence. */
		checkable: z.string().min(20),
		status: z.enum(CLAIM_STATUSES, {
			error: `must be one of ${CLAIM_STATUSES.join(', ')}`
		}),
		/** Our note: what the sources say, or the context a reader needs. */
		note: z.string().min(20),
		/** For plans and forecasts: what would settle the claim, and when. */
		settles: z.strictObject({ what: z.string().min(10), when: z.string().min(4) }).optional(),
		/** Context facts that bear on the claim (ids in context.json). */
		facts: z.array(kebabId),
		/** Map features the claim concerns (corridor or segment ids); the claim's link frames them. */
		routes: z.array(z.string()),
		/** When we last checked it against the sources. */
		checked: fullDate
	})
	.refine((a) => a.status !== 'not-yet' || a.settles !== undefined, {
		message: 'a claim that has not yet happened says what would settle it, and when (settles)',
		path: ['settles']
	});

export const ClaimSchema = z.strictObject({
	id: kebabId,
	/** The article's own words, verbatim (checked by the shared quote checker). */
	quote: z.string().min(10),
	paragraph: z.number().int().min(1).max(19),
	theme: z.enum(CLAIM_THEMES),
	kind: z.enum(CLAIM_KINDS),
	places: z.array(z.string()).optional(),
	assessment: AssessmentSchema
});

export const ArticleSchema = z.strictObject({
	title: z.string().min(5),
	titleIsDescriptive: z.boolean().optional(),
	author: z.string(),
	authorRole: z.string(),
	institution: z.string(),
	publishers: z.array(z.strictObject({ name: z.string(), url: webUrl.optional() })).min(1),
	/** When it appeared; `inferred` when the article carries no date and we reason it from its text. */
	published: z.strictObject({ date: isoDate, inferred: z.boolean(), reason: z.string().min(20) }),
	url: webUrl.optional(),
	note: z.string().min(10)
});

export const ClaimsFileSchema = z.strictObject({
	article: ArticleSchema,
	// Claims are checked one by one, so each problem names its claim.
	claims: z.array(z.unknown()).min(1)
});

export const FactSchema = z.strictObject({
	id: kebabId,
	text: z.string().min(10),
	/** When the event happened (YYYY, YYYY-MM or YYYY-MM-DD). */
	date: isoDate,
	/** For statuses, capacities and volumes: the date the statement is true as of. */
	asOf: isoDate.optional(),
	/** Routes in whose panel the fact appears. */
	routes: z.array(z.string()),
	/** Whose view the source carries, where it matters (e.g. "Armenian government"). */
	perspective: z.string().min(3).optional(),
	source: SourceSchema
});

const SeriesPoint = z.strictObject({
	year,
	value: z.number().nonnegative(),
	estimate: z.boolean().optional(),
	note: z.string().optional(),
	source: SourceSchema
});

export const GasExportsSchema = z.strictObject({
	title: z.string(),
	unit: z.string(),
	points: z.array(SeriesPoint).min(2),
	target: z.strictObject({ value: z.number().positive(), year, label: z.string(), source: SourceSchema }),
	note: z.string().optional()
});

export const ContextFileSchema = z.strictObject({
	facts: z.array(FactSchema).min(1),
	gasExports: GasExportsSchema
});

const PLACE_KINDS = ['capital', 'city', 'port', 'border', 'field', 'sea'] as const;
export const PlaceSchema = z.strictObject({
	name: z.string().min(2),
	lon: z.number(),
	lat: z.number(),
	kind: z.enum(PLACE_KINDS),
	minzoom: z.number().min(0).max(12),
	note: z.string().optional()
});
export const PlacesFileSchema = z.strictObject({ places: z.array(PlaceSchema).min(1), source: SourceSchema });

export const TourStepSchema = z.strictObject({
	title: z.string().min(3),
	intro: z.string().min(10),
	claims: z.array(z.string()).min(1),
	/** Context facts the step shows. */
	facts: z.array(z.string()),
	routes: z.array(z.string()).min(1)
});
export const TourFileSchema = z.strictObject({ steps: z.array(TourStepSchema).min(2).max(20) });
