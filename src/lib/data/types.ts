// The app's data types, inferred from the schemas (src/lib/data/schema/): never written twice.
import type { z } from 'zod';
import type {
	ArticleSchema,
	AssessmentSchema,
	FactSchema,
	GasExportsSchema,
	PlaceSchema
} from './schema/article';
import type { SourceSchema } from './schema/common';
import type {
	ClaimInfoSchema,
	ContentSchema,
	CorridorInfoSchema,
	DataVersionSchema,
	LineDetailSchema,
	OverviewSchema,
	SegmentInfoSchema
} from './schema/content';

export type { BBox } from '../region';
export type Source = z.infer<typeof SourceSchema>;
export type LineDetail = z.infer<typeof LineDetailSchema>;
export type SegmentInfo = z.infer<typeof SegmentInfoSchema>;
export type CorridorInfo = z.infer<typeof CorridorInfoSchema>;
export type Claim = z.infer<typeof ClaimInfoSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type GasExports = z.infer<typeof GasExportsSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type DataVersion = z.infer<typeof DataVersionSchema>;
export type Content = z.infer<typeof ContentSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
