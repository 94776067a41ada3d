// The article's claims, our context facts, the labelled places and the tour (geodata/article/, geodata/places.json).
import { z } from 'zod';
import { CLAIM_KINDS, PILLARS } from '../vocabulary';
import { isoDate, kebabId, SourceSchema, webUrl, year } from './common';

export const ClaimSchema = z.strictObject({
	id: kebabId,
	quote: z.string().min(10),
	paragraph: z.number().int().min(1).max(19),
	pillar: z.enum(PILLARS),
	routes: z.array(z.string()),
	kind: z.enum(CLAIM_KINDS),
	places: z.array(z.string()).optional()
});

export const ArticleSchema = z.strictObject({
	title: z.string().min(5),
	titleIsDescriptive: z.boolean().optional(),
	author: z.string(),
	authorRole: z.string(),
	institution: z.string(),
	publishers: z.array(z.strictObject({ name: z.string(), url: webUrl.optional() })).min(1),
	published: isoDate.optional(),
	url: webUrl.optional(),
	note: z.string().min(10)
});

export const ClaimsFileSchema = z.strictObject({
	article: ArticleSchema,
	claims: z.array(ClaimSchema).min(1)
});

export const FactSchema = z.strictObject({
	id: kebabId,
	routes: z.array(z.string()),
	claims: z.array(z.string()),
	text: z.string().min(10),
	date: isoDate,
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

export const PLACE_KINDS = ['capital', 'city', 'port', 'border', 'field', 'sea'] as const;
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
	routes: z.array(z.string()).min(1)
});
export const TourFileSchema = z.strictObject({ steps: z.array(TourStepSchema).min(2).max(20) });
