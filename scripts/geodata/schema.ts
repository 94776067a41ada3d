// Schemas for everything in geodata/. They run in the build only, never in the browser.
import { z } from 'zod';
import { CORRIDOR_IDS, SEGMENT_MODES, SEGMENT_STATUSES } from '../../src/lib/corridors';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceSchema = z.strictObject({
	title: z.string().min(3),
	publisher: z.string().min(2),
	url: z.url({ protocol: /^https?$/ }).optional(),
	accessed: isoDate.optional()
});
export type Source = z.infer<typeof SourceSchema>;

const Position = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number());
const LineStringSchema = z.strictObject({
	type: z.literal('LineString'),
	coordinates: z.array(Position).min(2)
});
const MultiLineStringSchema = z.strictObject({
	type: z.literal('MultiLineString'),
	coordinates: z.array(z.array(Position).min(2)).min(1)
});

const year = z.number().int().min(1850).max(2100);

export const SegmentPropertiesSchema = z.strictObject({
	id: kebab,
	corridor: z.enum(CORRIDOR_IDS),
	name: z.string().min(3),
	mode: z.enum(SEGMENT_MODES),
	status: z.enum(SEGMENT_STATUSES),
	opened: year.nullable(),
	lengthKmPublished: z.number().positive().nullable(),
	lengthSource: SourceSchema.nullable(),
	lengthNote: z.string().min(10).optional(),
	capacity: z.strictObject({ value: z.string().min(2), source: SourceSchema }).nullable(),
	countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code')),
	description: z.string().min(20),
	sources: z.array(SourceSchema).min(1),
	geometryNote: z.string().min(5),
	/** How far the drawn line may be from the real alignment at most (km); the note states the same number. */
	precisionKm: z.number().positive(),
	/** The longest straight stretch between drawn points that the note admits (km). */
	maxStepKm: z.number().positive()
});
export type SegmentProperties = z.infer<typeof SegmentPropertiesSchema>;

export const SegmentSchema = z
	.strictObject({
		type: z.literal('Feature'),
		id: z.union([z.string(), z.number()]).optional(),
		properties: SegmentPropertiesSchema,
		geometry: z.discriminatedUnion('type', [LineStringSchema, MultiLineStringSchema])
	})
	.refine((f) => f.properties.lengthKmPublished === null || f.properties.lengthSource !== null, {
		message: 'lengthKmPublished needs a lengthSource',
		path: ['properties', 'lengthSource']
	});
export type Segment = z.infer<typeof SegmentSchema>;

export const CorridorFileSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	id: z.enum(CORRIDOR_IDS),
	name: z.string().min(3),
	altName: z.string().optional(),
	description: z.string().min(20),
	features: z.array(z.unknown()).min(1)
});

export const PILLARS = [
	'regional connectivity',
	'economic investment',
	'security cooperation',
	'context'
] as const;
export const CLAIM_KINDS = ['event', 'plan', 'assessment'] as const;

export const ClaimSchema = z.strictObject({
	id: kebab,
	quote: z.string().min(10),
	paragraph: z.number().int().min(1).max(19),
	pillar: z.enum(PILLARS),
	routes: z.array(z.string()),
	kind: z.enum(CLAIM_KINDS),
	places: z.array(z.string()).optional()
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ArticleSchema = z.strictObject({
	title: z.string().min(5),
	titleIsDescriptive: z.boolean().optional(),
	author: z.string(),
	authorRole: z.string(),
	institution: z.string(),
	publishers: z.array(z.strictObject({ name: z.string(), url: z.url().optional() })).min(1),
	published: isoDate.optional(),
	url: z.url().optional(),
	note: z.string().min(10)
});
export type Article = z.infer<typeof ArticleSchema>;

export const ClaimsFileSchema = z.strictObject({
	article: ArticleSchema,
	claims: z.array(ClaimSchema).min(1)
});

export const FactSchema = z.strictObject({
	id: kebab,
	routes: z.array(z.string()),
	claims: z.array(z.string()),
	text: z.string().min(10),
	date: isoDate,
	source: SourceSchema
});
export type Fact = z.infer<typeof FactSchema>;

const SeriesPoint = z.strictObject({
	year,
	value: z.number().nonnegative(),
	estimate: z.boolean().optional(),
	note: z.string().optional(),
	source: SourceSchema
});
export const ContextFileSchema = z.strictObject({
	facts: z.array(FactSchema).min(1),
	gasExports: z.strictObject({
		title: z.string(),
		unit: z.string(),
		points: z.array(SeriesPoint).min(2),
		target: z.strictObject({ value: z.number().positive(), year, label: z.string(), source: SourceSchema }),
		note: z.string().optional()
	})
});

export const PlaceSchema = z.strictObject({
	name: z.string().min(2),
	lon: z.number(),
	lat: z.number(),
	kind: z.enum(['capital', 'city', 'port', 'border', 'field', 'sea']),
	minzoom: z.number().min(0).max(12),
	note: z.string().optional()
});
export const PlacesFileSchema = z.strictObject({ places: z.array(PlaceSchema).min(1), source: SourceSchema });
export type Place = z.infer<typeof PlaceSchema>;

export const TourFileSchema = z.strictObject({
	steps: z
		.array(
			z.strictObject({
				title: z.string().min(3),
				intro: z.string().min(10),
				claims: z.array(z.string()).min(1),
				routes: z.array(z.string()).min(1)
			})
		)
		.min(2)
		.max(20)
});
