// The corridor files in geodata/corridors/: one FeatureCollection per corridor, one Feature per segment.
import { z } from 'zod';
import { CORRIDOR_IDS, SEGMENT_MODES, SEGMENT_STATUSES } from '../vocabulary';
import { a3, isoDate, kebabId, SourceSchema, year } from './common';

const Position = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number());
const LineStringSchema = z.strictObject({
	type: z.literal('LineString'),
	coordinates: z.array(Position).min(2)
});
const MultiLineStringSchema = z.strictObject({
	type: z.literal('MultiLineString'),
	coordinates: z.array(z.array(Position).min(2)).min(1)
});

export const SegmentPropertiesSchema = z.strictObject({
	id: kebabId,
	corridor: z.enum(CORRIDOR_IDS),
	name: z.string().min(3),
	mode: z.enum(SEGMENT_MODES),
	status: z.enum(SEGMENT_STATUSES),
	opened: year.nullable(),
	lengthKmPublished: z.number().positive().nullable(),
	lengthSource: SourceSchema.nullable(),
	lengthNote: z.string().min(10).optional(),
	/** Capacity with the date it is stated as of. */
	capacity: z.strictObject({ value: z.string().min(2), asOf: isoDate, source: SourceSchema }).nullable(),
	countries: z.array(a3),
	description: z.string().min(20),
	sources: z.array(SourceSchema).min(1),
	geometryNote: z.string().min(5),
	/** How far the drawn line may be from the real alignment at most (km); the note states the same number. */
	precisionKm: z.number().positive(),
	/** The longest straight stretch between drawn points that the note admits (km). */
	maxStepKm: z.number().positive()
});

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
	/** The article's own name for the route, verbatim, with its paragraph (absent when it never names it). */
	inArticle: z
		.strictObject({ quote: z.string().min(3), paragraph: z.number().int().min(1).max(19) })
		.optional(),
	description: z.string().min(20),
	// Features are checked one by one (SegmentSchema), so one bad segment does not hide the others.
	features: z.array(z.unknown()).min(1)
});
export type CorridorFile = z.infer<typeof CorridorFileSchema>;
