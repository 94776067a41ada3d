// Shapes validated data into what the app loads: slim geometry for the map, text and derived facts for
// the panels. The content is checked against the app's own schema before it is written.
import type { Feature, FeatureCollection } from 'geojson';
import { ContentSchema } from '../../src/lib/data/schema/content';
import type { Content, CorridorInfo, DataVersion, SegmentInfo } from '../../src/lib/data/types';
import { CORRIDOR_IDS, type RouteRole } from '../../src/lib/data/vocabulary';
import type { BBox } from '../../src/lib/region';
import type { CheckedContent } from './check-content';
import { bboxOf, lines, roundCoord, unionBBox, type LineGeometry } from './geometry';
import { buildOverview } from './overview';
import { formatProblem, schemaProblems } from './problems';
import type { ValidatedCorridor } from './validate-corridors';

function roundGeometry(g: LineGeometry): LineGeometry {
	const round = (coords: number[][]) => coords.map(([x, y]) => [roundCoord(x!), roundCoord(y!)]);
	return g.type === 'LineString'
		? { type: 'LineString', coordinates: round(g.coordinates) }
		: { type: 'MultiLineString', coordinates: lines(g).map(round) };
}

/** The article's routes: every segment of a corridor the article names, and any segment a claim is about.
 *  The rest are drawn for context (below the article's, and said so in their panels). */
export function routeRoles(
	corridors: ValidatedCorridor[],
	claims: CheckedContent['claims']
): Map<string, RouteRole> {
	const claimed = new Set(claims.flatMap((c) => c.assessment.routes));
	const roles = new Map<string, RouteRole>();
	for (const c of corridors)
		for (const { segment } of c.segments) {
			const id = segment.properties.id;
			roles.set(id, c.meta.inArticle || claimed.has(id) ? 'article' : 'context');
		}
	return roles;
}

/** The map's corridor source: geometry with only the properties the style and picking use. */
export function emitCorridorGeometry(
	corridors: ValidatedCorridor[],
	roles: Map<string, RouteRole>
): FeatureCollection<LineGeometry> {
	return {
		type: 'FeatureCollection',
		features: corridors.flatMap((c) =>
			c.segments.map(({ segment: s }): Feature<LineGeometry> => {
				const { id, corridor, name, status, mode } = s.properties;
				return {
					type: 'Feature',
					properties: { id, corridor, name, status, mode, role: roles.get(id) },
					geometry: roundGeometry(s.geometry)
				};
			})
		)
	};
}

function corridorInfo(c: ValidatedCorridor, roles: Map<string, RouteRole>): CorridorInfo {
	const segments: SegmentInfo[] = c.segments.map(({ segment: { properties: p }, derived }) => {
		const { countries: _declared, ...props } = p;
		return {
			...props,
			lengthKm: derived.lengthKm,
			countries: derived.countriesCrossed,
			detail: derived.detail,
			bbox: derived.bbox,
			role: roles.get(p.id)!
		};
	});
	const countries = [...new Set(segments.flatMap((s) => s.countries))];
	return {
		id: c.meta.id,
		name: c.meta.name,
		...(c.meta.inArticle ? { inArticle: c.meta.inArticle } : {}),
		description: c.meta.description,
		lengthKm: Math.round(segments.reduce((s, x) => s + x.lengthKm, 0)),
		countries,
		bbox: bboxOf(c.segments.map((s) => s.segment.geometry)),
		segments
	};
}

export function emitContent(
	corridors: ValidatedCorridor[],
	content: CheckedContent,
	data: DataVersion,
	countryName: (a3: string) => string
): Content {
	// The registry's order, so the legend and panels list corridors the same way everywhere.
	const roles = routeRoles(corridors, content.claims);
	const infos = corridors
		.map((c) => corridorInfo(c, roles))
		.sort((a, b) => CORRIDOR_IDS.indexOf(a.id) - CORRIDOR_IDS.indexOf(b.id));
	const boxes = new Map<string, BBox>();
	for (const c of infos) {
		boxes.set(c.id, c.bbox);
		for (const s of c.segments) boxes.set(s.id, s.bbox);
	}
	const crossed = [...new Set(infos.flatMap((c) => c.countries))].sort();
	const out: Content = {
		data,
		corridors: infos,
		countryNames: Object.fromEntries(crossed.map((a3) => [a3, countryName(a3)])),
		article: content.article,
		// The article's order: by paragraph, and within one in the order the file lists them.
		claims: content.claims
			.map((claim, i) => ({ claim, i }))
			.sort((a, b) => a.claim.paragraph - b.claim.paragraph || a.i - b.i)
			.map(({ claim }) => {
				const routes = claim.assessment.routes;
				return routes.length ? { ...claim, bbox: unionBBox(routes.map((r) => boxes.get(r)!)) } : claim;
			}),
		facts: content.context.facts,
		gasExports: content.context.gasExports,
		// Route ids were checked against the corridors, so every step has its boxes.
		tour: content.tour.map((step) => ({ ...step, bbox: unionBBox(step.routes.map((r) => boxes.get(r)!)) })),
		overview: buildOverview()
	};
	const check = ContentSchema.safeParse(out);
	if (!check.success)
		throw new Error(
			'emitted content does not match its schema:\n' +
				schemaProblems('static/data/content.json', '(content)', check.error).map(formatProblem).join('\n')
		);
	return out;
}
