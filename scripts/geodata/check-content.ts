// Validates the article's claims and our assessments, the context facts, the labelled places and the
// tour, and every cross-reference between them. Each problem names the claim, fact or step.
import type { z } from 'zod';
import {
	ClaimSchema,
	ClaimsFileSchema,
	ContextFileSchema,
	PlacesFileSchema,
	TourFileSchema
} from '../../src/lib/data/schema/article';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { schemaProblems, type Problem } from './problems';
import type { ValidatedCorridor } from './validate-corridors';

export interface ContentInput {
	claimsFile: string;
	contextFile: string;
	placesFile: string;
	tourFile: string;
}

type Claim = z.infer<typeof ClaimSchema>;

export interface CheckedContent {
	article: z.infer<typeof ClaimsFileSchema>['article'];
	claims: Claim[];
	context: z.infer<typeof ContextFileSchema>;
	places: z.infer<typeof PlacesFileSchema>['places'];
	tour: z.infer<typeof TourFileSchema>['steps'];
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Each claim on its own, so a problem names the claim it is in. */
function parseClaims(file: string, raw: unknown[], problems: Problem[]): Claim[] {
	const out: Claim[] = [];
	raw.forEach((item, i) => {
		const rawId = (item as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' && rawId ? rawId : `claim #${i}`;
		const r = ClaimSchema.safeParse(item);
		if (r.success) out.push(r.data);
		else problems.push(...schemaProblems(file, id, r.error));
	});
	return out;
}

export function checkContent(
	files: ContentInput,
	raw: { claims: unknown; context: unknown; places: unknown; tour: unknown },
	corridors: ValidatedCorridor[],
	problems: Problem[]
): CheckedContent | undefined {
	const routeIds = new Set<string>([
		...CORRIDOR_IDS,
		...corridors.flatMap((c) => c.segments.map((s) => s.segment.properties.id))
	]);
	const claimsFile = ClaimsFileSchema.safeParse(raw.claims);
	const context = ContextFileSchema.safeParse(raw.context);
	const places = PlacesFileSchema.safeParse(raw.places);
	const tour = TourFileSchema.safeParse(raw.tour);
	const schemaFail = (file: string, r: { error?: z.ZodError }) => {
		if (r.error) problems.push(...schemaProblems(file, '(file)', r.error));
	};
	if (raw.claims !== undefined) schemaFail(files.claimsFile, claimsFile);
	if (raw.context !== undefined) schemaFail(files.contextFile, context);
	if (raw.places !== undefined) schemaFail(files.placesFile, places);
	if (raw.tour !== undefined) schemaFail(files.tourFile, tour);
	if (!claimsFile.success || !context.success || !places.success || !tour.success) return undefined;
	const claims = parseClaims(files.claimsFile, claimsFile.data.claims, problems);
	const facts = context.data.facts;

	const problem = (file: string, id: string, check: string, message: string) =>
		problems.push({ file, id, check, message });
	for (const id of duplicates(claims.map((c) => c.id)))
		problem(files.claimsFile, id, 'unique-id', 'claim id repeats');
	for (const id of duplicates(facts.map((f) => f.id)))
		problem(files.contextFile, id, 'unique-id', 'fact id repeats');

	const claimIds = new Set(claims.map((c) => c.id));
	const factIds = new Set(facts.map((f) => f.id));
	for (const c of claims) {
		for (const f of c.assessment.facts)
			if (!factIds.has(f)) problem(files.claimsFile, c.id, 'evidence', `unknown fact id "${f}"`);
		for (const r of c.assessment.routes)
			if (!routeIds.has(r)) problem(files.claimsFile, c.id, 'evidence', `unknown route id "${r}"`);
	}
	for (const f of facts)
		for (const r of f.routes)
			if (!routeIds.has(r)) problem(files.contextFile, f.id, 'routes', `unknown route id "${r}"`);

	const seenClaims = new Set<string>();
	const seenFacts = new Set<string>();
	tour.data.steps.forEach((step, i) => {
		const id = `step ${i + 1}`;
		for (const c of step.claims)
			if (!claimIds.has(c)) problem(files.tourFile, id, 'claims', `unknown claim id "${c}"`);
		for (const f of step.facts)
			if (!factIds.has(f)) problem(files.tourFile, id, 'facts', `unknown fact id "${f}"`);
		for (const r of step.routes)
			if (!routeIds.has(r)) problem(files.tourFile, id, 'routes', `unknown route id "${r}"`);
		// Each step must show the reader something the steps before it did not.
		const fresh = [
			...step.claims.filter((c) => !seenClaims.has(c)),
			...step.facts.filter((f) => !seenFacts.has(f))
		];
		if (fresh.length === 0)
			problem(
				files.tourFile,
				id,
				'novelty',
				'shows no claim or fact that an earlier step did not already show'
			);
		for (const c of step.claims) seenClaims.add(c);
		for (const f of step.facts) seenFacts.add(f);
	});

	// Every fact must reach a reader: through a route panel, a claim's evidence or a tour step.
	const shown = new Set([...claims.flatMap((c) => c.assessment.facts), ...seenFacts]);
	for (const f of facts)
		if (f.routes.length === 0 && !shown.has(f.id))
			problem(files.contextFile, f.id, 'reach', 'no route, claim or tour step shows this fact');

	return {
		article: claimsFile.data.article,
		claims,
		context: context.data,
		places: places.data.places,
		tour: tour.data.steps
	};
}
