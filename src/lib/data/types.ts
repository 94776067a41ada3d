// Shapes of the data the build emits for the app (see scripts/geodata/emit-app-data.ts).
import type { CorridorId, SegmentMode, SegmentStatus } from '../corridors';

export type BBox = [number, number, number, number];

export interface Source {
	title: string;
	publisher: string;
	url?: string;
	accessed?: string;
}

/** How finely a line is drawn: the distance between consecutive vertices (km), computed at build time. */
export interface LineDetail {
	medianStepKm: number;
	longestStepKm: number;
}

export interface SegmentInfo {
	id: string;
	corridor: CorridorId;
	name: string;
	mode: SegmentMode;
	status: SegmentStatus;
	opened: number | null;
	/** Drawn length, computed by Turf at build time. */
	lengthKm: number;
	lengthKmPublished: number | null;
	lengthSource: Source | null;
	lengthNote?: string;
	capacity: { value: string; source: Source } | null;
	/** Countries crossed in order, derived from Natural Earth polygons. */
	countries: string[];
	description: string;
	sources: Source[];
	/** How the line was drawn and how far it may be from the real alignment, in our words. */
	geometryNote: string;
	detail: LineDetail;
	bbox: BBox;
}

export interface CorridorInfo {
	id: CorridorId;
	name: string;
	altName?: string;
	description: string;
	lengthKm: number;
	countries: string[];
	bbox: BBox;
	segments: SegmentInfo[];
}

export const PILLARS = [
	'regional connectivity',
	'economic investment',
	'security cooperation',
	'context'
] as const;
export type Pillar = (typeof PILLARS)[number];
export type ClaimKind = 'event' | 'plan' | 'assessment';

export interface Claim {
	id: string;
	quote: string;
	paragraph: number;
	pillar: Pillar;
	routes: string[];
	kind: ClaimKind;
	places?: string[];
}

export interface Article {
	title: string;
	titleIsDescriptive?: boolean;
	author: string;
	authorRole: string;
	institution: string;
	publishers: { name: string; url?: string }[];
	published?: string;
	url?: string;
	note: string;
}

export interface Fact {
	id: string;
	routes: string[];
	claims: string[];
	text: string;
	date: string;
	source: Source;
}

export interface SeriesPoint {
	year: number;
	value: number;
	estimate?: boolean;
	note?: string;
	source: Source;
}

export interface GasExports {
	title: string;
	unit: string;
	points: SeriesPoint[];
	target: { value: number; year: number; label: string; source: Source };
	note?: string;
}

export interface DataVersion {
	version: string;
	date: string;
	licence: string;
}

export interface TourStep {
	title: string;
	intro: string;
	claims: string[];
	routes: string[];
}

export interface Content {
	data: DataVersion;
	tour: TourStep[];
	corridors: CorridorInfo[];
	article: Article;
	claims: Claim[];
	facts: Fact[];
	gasExports: GasExports;
}
