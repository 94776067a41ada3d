// Read access to the corridors, claims and facts the build emitted. Bundled into the page (and so
// prerendered into the HTML), which is also what the text view shows when the map cannot draw.
import raw from '../generated/content.json';
import type { CorridorId } from '../corridors';
import type { Claim, Content, CorridorInfo, Fact, SegmentInfo } from './types';

export const content = raw as Content;

export type RouteRef =
	| { kind: 'corridor'; id: string; corridor: CorridorInfo; segment?: undefined }
	| { kind: 'segment'; id: string; corridor: CorridorInfo; segment: SegmentInfo };

const routes = new Map<string, RouteRef>();
for (const corridor of content.corridors) {
	routes.set(corridor.id, { kind: 'corridor', id: corridor.id, corridor });
	for (const segment of corridor.segments)
		routes.set(segment.id, { kind: 'segment', id: segment.id, corridor, segment });
}

export function findRoute(id: string | null | undefined): RouteRef | undefined {
	return id ? routes.get(id) : undefined;
}

export function isRouteId(id: unknown): id is string {
	return typeof id === 'string' && routes.has(id);
}

export function corridorInfo(id: CorridorId): CorridorInfo {
	const c = content.corridors.find((x) => x.id === id);
	if (!c) throw new Error(`no corridor "${id}" in the built data`);
	return c;
}

/** The ids a route stands for: a corridor covers its segments; a segment also belongs to its corridor. */
function relatedIds(ref: RouteRef): Set<string> {
	return ref.kind === 'corridor'
		? new Set([ref.id, ...ref.corridor.segments.map((s) => s.id)])
		: new Set([ref.id, ref.corridor.id]);
}

export function claimsFor(ref: RouteRef): Claim[] {
	const ids = relatedIds(ref);
	return content.claims.filter((c) => c.routes.some((r) => ids.has(r)));
}

export function factsFor(ref: RouteRef): Fact[] {
	const ids = relatedIds(ref);
	return content.facts.filter((f) => f.routes.some((r) => ids.has(r)));
}

/** Display name of a route id (corridor or segment), for chips and announcements. */
export function routeName(id: string): string {
	const ref = routes.get(id);
	return ref ? (ref.segment?.name ?? ref.corridor.name) : id;
}
