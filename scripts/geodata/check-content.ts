// Validates the article's claims, our context facts and the labelled places, and their cross-references.
import type { z } from 'zod';
import {
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

export interface CheckedContent {
	article: z.infer<typeof ClaimsFileSchema>['article'];
	claims: z.infer<typeof ClaimsFileSchema>['claims'];
	context: z.infer<typeof ContextFileSchema>;
	places: z.infer<typeof PlacesFileSchema>['places'];
	tour: z.infer<typeof TourFileSchema>['steps'];
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
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
	const claims = ClaimsFileSchema.safeParse(raw.claims);
	const context = ContextFileSchema.safeParse(raw.context);
	const places = PlacesFileSchema.safeParse(raw.places);
	const tour = TourFileSchema.safeParse(raw.tour);
	const schemaFail = (file: string, r: { success: boolean; error?: z.ZodError }) => {
		if (r.error) problems.push(...schemaProblems(file, '(file)', r.error));
	};
	if (raw.claims !== undefined) schemaFail(files.claimsFile, claims);
	if (raw.context !== undefined) schemaFail(files.contextFile, context);
	if (raw.places !== undefined) schemaFail(files.placesFile, places);
	if (raw.tour !== undefined) schemaFail(files.tourFile, tour);
	if (!claims.success || !context.success || !places.success || !tour.success) return undefined;

	for (const id of duplicates(claims.data.claims.map((c) => c.id)))
		problems.push({ file: files.claimsFile, id, check: 'unique-id', message: 'claim id repeats' });
	for (const id of duplicates(context.data.facts.map((f) => f.id)))
		problems.push({ file: files.contextFile, id, check: 'unique-id', message: 'fact id repeats' });

	const claimIds = new Set(claims.data.claims.map((c) => c.id));
	for (const c of claims.data.claims)
		for (const r of c.routes)
			if (!routeIds.has(r))
				problems.push({
					file: files.claimsFile,
					id: c.id,
					check: 'routes',
					message: `unknown route id "${r}"`
				});
	for (const f of context.data.facts) {
		for (const r of f.routes)
			if (!routeIds.has(r))
				problems.push({
					file: files.contextFile,
					id: f.id,
					check: 'routes',
					message: `unknown route id "${r}"`
				});
		for (const c of f.claims)
			if (!claimIds.has(c))
				problems.push({
					file: files.contextFile,
					id: f.id,
					check: 'claims',
					message: `unknown claim id "${c}"`
				});
	}
	tour.data.steps.forEach((step, i) => {
		const id = `step ${i + 1}`;
		for (const c of step.claims)
			if (!claimIds.has(c))
				problems.push({ file: files.tourFile, id, check: 'claims', message: `unknown claim id "${c}"` });
		for (const r of step.routes)
			if (!routeIds.has(r))
				problems.push({ file: files.tourFile, id, check: 'routes', message: `unknown route id "${r}"` });
	});
	// Every corridor must be one click from at least one claim.
	for (const c of corridors) {
		const own = new Set([c.meta.id, ...c.segments.map((s) => s.segment.properties.id)]);
		if (!claims.data.claims.some((cl) => cl.routes.some((r) => own.has(r))))
			problems.push({
				file: files.claimsFile,
				id: c.meta.id,
				check: 'coverage',
				message: 'no claim refers to this corridor or its segments'
			});
	}
	return {
		article: claims.data.article,
		claims: claims.data.claims,
		context: context.data,
		places: places.data.places,
		tour: tour.data.steps
	};
}
