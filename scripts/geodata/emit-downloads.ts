// The files readers can download: every corridor as GeoJSON with all properties, derived facts and
// sources, and the article's claims as JSON and CSV.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { toCsv } from '../../src/lib/data/csv';
import type { Article, Claim, DataVersion } from '../../src/lib/data/types';
import type { ValidatedCorridor } from './validate-corridors';

function corridorCollection(corridors: ValidatedCorridor[], version: DataVersion): FeatureCollection {
	return {
		type: 'FeatureCollection',
		// Foreign members: where the data comes from and which version it is.
		...{ dataVersion: version.version, dataDate: version.date, licence: version.licence },
		features: corridors.flatMap((c) =>
			c.segments.map(({ segment, derived }) => ({
				type: 'Feature',
				properties: {
					...segment.properties,
					corridorName: c.meta.name,
					lengthKmDrawn: derived.lengthKm,
					countriesCrossed: derived.countriesCrossed,
					vertexStepKmMedian: derived.detail.medianStepKm,
					vertexStepKmLongest: derived.detail.longestStepKm
				},
				bbox: derived.bbox,
				geometry: segment.geometry
			}))
		)
	};
}

export const CLAIM_CSV_HEADER = [
	'id',
	'paragraph',
	'theme',
	'kind',
	'status',
	'checked',
	'routes',
	'facts',
	'quote',
	'checkable',
	'note'
];

/** One row per claim: the article's words and, apart from them, our assessment. */
export function claimsCsv(claims: Claim[]): string {
	return toCsv(
		CLAIM_CSV_HEADER,
		claims.map((c) => {
			const a = c.assessment;
			return [
				c.id,
				c.paragraph,
				c.theme,
				c.kind,
				a.status,
				a.checked,
				a.routes.join(' '),
				a.facts.join(' '),
				c.quote,
				a.checkable,
				a.note
			];
		})
	);
}

export function writeDownloads(
	dir: string,
	corridors: ValidatedCorridor[],
	article: Article,
	claims: Claim[],
	version: DataVersion
): void {
	mkdirSync(dir, { recursive: true });
	const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
	write('corridors.geojson', JSON.stringify(corridorCollection(corridors, version)));
	for (const c of corridors) write(`${c.meta.id}.geojson`, JSON.stringify(corridorCollection([c], version)));
	write('claims.json', JSON.stringify({ dataVersion: version.version, article, claims }, null, 1));
	write('claims.csv', claimsCsv(claims));
}
