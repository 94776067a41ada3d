// Shapes validated data into what the app loads: slim geometry for the map, text and facts for panels.
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { bbox as turfBbox } from '@turf/turf';
import { CORRIDOR_IDS } from '../../src/lib/corridors';
import type { Content, CorridorInfo, SegmentInfo } from '../../src/lib/data/types';
import type { CheckedContent } from './check-content';
import type { ValidatedCorridor } from './validate-corridors';
import type { Segment } from './schema';

/** 4 decimals ≈ 10 m: finer than the 1–5 km fidelity the data promises, coarse enough to compress well. */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

function roundGeometry(g: Segment['geometry']): LineString | MultiLineString {
	return g.type === 'LineString'
		? { type: 'LineString', coordinates: g.coordinates.map(([x, y]) => [round(x), round(y)]) }
		: {
				type: 'MultiLineString',
				coordinates: g.coordinates.map((l) => l.map(([x, y]) => [round(x), round(y)]))
			};
}

export function emitCorridorGeometry(
	corridors: ValidatedCorridor[]
): FeatureCollection<LineString | MultiLineString> {
	return {
		type: 'FeatureCollection',
		features: corridors.flatMap((c) =>
			c.segments.map(({ segment: s }): Feature<LineString | MultiLineString> => ({
				type: 'Feature',
				properties: {
					id: s.properties.id,
					corridor: s.properties.corridor,
					name: s.properties.name,
					status: s.properties.status,
					mode: s.properties.mode
				},
				geometry: roundGeometry(s.geometry)
			}))
		)
	};
}

export function emitContent(corridors: ValidatedCorridor[], content: CheckedContent): Omit<Content, 'data'> {
	const infos: CorridorInfo[] = corridors.map((c) => {
		const segments: SegmentInfo[] = c.segments.map(({ segment: { properties: p }, derived }) => ({
			id: p.id,
			corridor: p.corridor,
			name: p.name,
			mode: p.mode,
			status: p.status,
			opened: p.opened,
			lengthKm: derived.lengthKm,
			lengthKmPublished: p.lengthKmPublished,
			lengthSource: p.lengthSource,
			...(p.lengthNote ? { lengthNote: p.lengthNote } : {}),
			capacity: p.capacity,
			countries: derived.countriesCrossed,
			description: p.description,
			sources: p.sources,
			geometryNote: p.geometryNote,
			detail: derived.detail,
			bbox: derived.bbox
		}));
		const countries: string[] = [];
		for (const s of segments) for (const k of s.countries) if (!countries.includes(k)) countries.push(k);
		const b = turfBbox({
			type: 'FeatureCollection',
			features: c.segments.map(({ segment }) => ({
				type: 'Feature',
				properties: {},
				geometry: segment.geometry
			}))
		});
		return {
			id: c.meta.id,
			name: c.meta.name,
			...(c.meta.altName ? { altName: c.meta.altName } : {}),
			description: c.meta.description,
			lengthKm: Math.round(segments.reduce((s, x) => s + x.lengthKm, 0)),
			countries,
			bbox: [b[0], b[1], b[2], b[3]],
			segments
		};
	});
	// Keep the registry's order so the legend and panels list corridors the same way everywhere.
	infos.sort((a, b) => CORRIDOR_IDS.indexOf(a.id) - CORRIDOR_IDS.indexOf(b.id));
	return {
		corridors: infos,
		article: content.article,
		claims: content.claims,
		facts: content.context.facts,
		gasExports: content.context.gasExports,
		tour: content.tour
	};
}
