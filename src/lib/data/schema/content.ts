// What the build emits for the app (static/data/content.json): the reviewed data plus the facts the
// build derives (drawn lengths, countries crossed, bounding boxes). The build validates its own output
// against this schema, so the app's types cannot drift from what it receives.
import { z } from 'zod';
import { CORRIDOR_IDS, ROUTE_ROLES } from '../vocabulary';
import { ArticleSchema, ClaimSchema, FactSchema, GasExportsSchema, TourStepSchema } from './article';
import { a3, BBoxSchema, isoDate, webUrl } from './common';
import { SegmentPropertiesSchema } from './geodata';

/** How finely a line is drawn: the distance between consecutive points (km), derived at build time. */
export const LineDetailSchema = z.strictObject({
	medianStepKm: z.number().nonnegative(),
	longestStepKm: z.number().nonnegative()
});

export const SegmentInfoSchema = SegmentPropertiesSchema.omit({ countries: true }).extend({
	/** Drawn length, computed along the line at build time. */
	lengthKm: z.number().nonnegative(),
	/** Countries crossed in order, derived from country polygons (not the file's own list). */
	countries: z.array(a3),
	detail: LineDetailSchema,
	bbox: BBoxSchema,
	/** Whether the article discusses this route or we draw it for context (derived by the build). */
	role: z.enum(ROUTE_ROLES)
});

export const CorridorInfoSchema = z.strictObject({
	id: z.enum(CORRIDOR_IDS),
	name: z.string(),
	inArticle: z.strictObject({ quote: z.string(), paragraph: z.number() }).optional(),
	description: z.string(),
	lengthKm: z.number().nonnegative(),
	countries: z.array(a3),
	bbox: BBoxSchema,
	segments: z.array(SegmentInfoSchema)
});

/** A claim with the box that frames the features it concerns (none when it concerns no feature). */
export const ClaimInfoSchema = ClaimSchema.extend({ bbox: BBoxSchema.optional() });

/** A tour step with the box that frames its routes. */
export const TourStepInfoSchema = TourStepSchema.extend({ bbox: BBoxSchema });

/** One source of the basemap: what it is, what the map takes from it, and its licence. */
export const BasemapSourceSchema = z.strictObject({
	name: z.string().min(3),
	use: z.string().min(3),
	licence: z.string().min(3),
	url: webUrl.optional()
});

export const DataVersionSchema = z.strictObject({
	version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version'),
	date: isoDate,
	licence: z.string().min(10),
	/** The basemap's sources (geodata/basemap/README.md has their versions and commands). */
	basemap: z.array(BasemapSourceSchema).optional()
});

/** The overview inset's map: SVG paths of land and borders in its own pixels (Web Mercator). */
export const OverviewSchema = z.strictObject({
	bbox: BBoxSchema,
	width: z.number().positive(),
	height: z.number().positive(),
	land: z.string(),
	borders: z.string()
});

export const ContentSchema = z.strictObject({
	data: DataVersionSchema,
	corridors: z.array(CorridorInfoSchema),
	/** Display names of every country a route crosses, by alpha-3 code. */
	countryNames: z.record(a3, z.string()),
	article: ArticleSchema,
	/** In the article's order. */
	claims: z.array(ClaimInfoSchema),
	facts: z.array(FactSchema),
	gasExports: GasExportsSchema,
	tour: z.array(TourStepInfoSchema),
	overview: OverviewSchema
});
