// Read access to the corridors, claims and facts the build emitted (static/data/content.json).
// The page loads the file once (prerendered into the HTML) and shares one index through context.
import { getContext, setContext } from 'svelte';
import type { Claim, Content, CorridorInfo, Fact, SegmentInfo } from './types';

export type RouteRef =
	| { kind: 'corridor'; id: string; corridor: CorridorInfo; segment?: undefined }
	| { kind: 'segment'; id: string; corridor: CorridorInfo; segment: SegmentInfo };

export class ContentIndex {
	readonly #routes = new Map<string, RouteRef>();
	readonly #claims: Map<string, Claim>;
	readonly #facts: Map<string, Fact>;

	readonly content: Content;

	constructor(content: Content) {
		// The build checked the content; a copy changed after it (a broken deploy, a proxy) may not be.
		// A claim or fact without the fields every list needs is left out rather than breaking every panel.
		const claims = content.claims.filter(usableClaim);
		const facts = content.facts.filter(usableFact);
		if (claims.length < content.claims.length || facts.length < content.facts.length)
			console.warn(
				`content: left out ${content.claims.length - claims.length} malformed claim(s), ${content.facts.length - facts.length} fact(s)`
			);
		this.content = { ...content, claims, facts };
		this.#claims = new Map(claims.map((c) => [c.id, c]));
		this.#facts = new Map(facts.map((f) => [f.id, f]));
		for (const corridor of content.corridors) {
			this.#routes.set(corridor.id, { kind: 'corridor', id: corridor.id, corridor });
			for (const segment of corridor.segments)
				this.#routes.set(segment.id, { kind: 'segment', id: segment.id, corridor, segment });
		}
	}

	findRoute(id: string | null | undefined): RouteRef | undefined {
		return id ? this.#routes.get(id) : undefined;
	}

	isRouteId = (id: unknown): id is string => typeof id === 'string' && this.#routes.has(id);

	isClaimId = (id: unknown): id is string => typeof id === 'string' && this.#claims.has(id);

	findClaim(id: string | null | undefined): Claim | undefined {
		return id ? this.#claims.get(id) : undefined;
	}

	/** Context facts by id, in the order given (unknown ids are skipped: the build refuses them). */
	facts(ids: readonly string[]): Fact[] {
		return ids.map((id) => this.#facts.get(id)).filter((f): f is Fact => f !== undefined);
	}

	claimsFor(ref: RouteRef): Claim[] {
		const ids = relatedIds(ref);
		return this.content.claims.filter((c) => c.assessment.routes.some((r) => ids.has(r)));
	}

	/** Claims about a route id (a corridor's own and its segments', or a segment's and its corridor's). */
	claimsForRouteId(id: string): Claim[] {
		const ref = this.findRoute(id);
		return ref ? this.claimsFor(ref) : [];
	}

	factsFor(ref: RouteRef): Fact[] {
		const ids = relatedIds(ref);
		return this.content.facts.filter((f) => f.routes.some((r) => ids.has(r)));
	}

	/** Display name of a route id (corridor or segment), for chips, tooltips and announcements. */
	routeName(id: string): string {
		const ref = this.#routes.get(id);
		return ref ? (ref.segment?.name ?? ref.corridor.name) : id;
	}

	/** Countries in the order given, by their display names: "Azerbaijan → Georgia → Türkiye". */
	countryList(a3s: readonly string[]): string {
		return a3s.map((a3) => this.content.countryNames[a3] ?? a3).join(' → ');
	}
}

function usableClaim(c: Claim): boolean {
	const a = c?.assessment as Partial<Claim['assessment']> | undefined;
	return (
		typeof c?.quote === 'string' &&
		typeof a?.status === 'string' &&
		Array.isArray(a.routes) &&
		Array.isArray(a.facts)
	);
}

function usableFact(f: Fact): boolean {
	return typeof f?.text === 'string' && typeof f.source?.publisher === 'string' && Array.isArray(f.routes);
}

/** The ids a route stands for: a corridor covers its segments; a segment also belongs to its corridor. */
function relatedIds(ref: RouteRef): Set<string> {
	return ref.kind === 'corridor'
		? new Set([ref.id, ...ref.corridor.segments.map((s) => s.id)])
		: new Set([ref.id, ref.corridor.id]);
}

const KEY = Symbol('content-index');

export function setContentIndex(index: ContentIndex): ContentIndex {
	return setContext(KEY, index);
}

export function getContentIndex(): ContentIndex {
	const index = getContext<ContentIndex | undefined>(KEY);
	if (!index) throw new Error('getContentIndex() called outside the page that loads the content');
	return index;
}

/** The context entry, for mounting a component on its own (component tests). */
export const contentContext = (index: ContentIndex) => new Map([[KEY, index]]);
