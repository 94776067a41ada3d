// The article's claims and our context: each build check fails, naming the claim, fact or step, on a
// deliberately broken copy of the real files; the real files pass; every quote is verbatim.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/geodata/check-content';
import { loadGeodata } from '../../scripts/geodata/build';
import { formatProblem, type Problem } from '../../scripts/geodata/problems';
import { CLAIM_STATUS_INFO } from '../../src/lib/data/claim-status';
import { CLAIM_STATUSES } from '../../src/lib/data/vocabulary';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const files = {
	claimsFile: 'geodata/article/claims.json',
	contextFile: 'geodata/article/context.json',
	placesFile: 'geodata/places.json',
	tourFile: 'geodata/article/tour.json'
};
let data: ReturnType<typeof loadGeodata>;
beforeAll(() => {
	data = loadGeodata('geodata');
}, 120_000);

type RawClaim = { id: string; assessment: Record<string, unknown> & { facts: string[]; routes: string[] } };
interface Raw {
	claims: { claims: RawClaim[] };
	context: { facts: { id: string; routes: string[] }[] };
	places: unknown;
	tour: { steps: { claims: string[]; facts: string[]; routes: string[] }[] };
}

/** Problems the content checks report for a mutated copy of the real files. */
function check(mutate: (raw: Raw) => void): Problem[] {
	const raw: Raw = {
		claims: read(files.claimsFile),
		context: read(files.contextFile),
		places: read(files.placesFile),
		tour: read(files.tourFile)
	};
	mutate(raw);
	const problems: Problem[] = [];
	checkContent(files, raw, data.corridors, problems);
	return problems;
}

const first = () => read(files.claimsFile).claims[0] as RawClaim;
const named = (problems: Problem[], id: string, check: string) =>
	problems.filter((p) => p.id === id && p.check === check).map(formatProblem);

describe('the article’s claims and our assessments', () => {
	it('pass every check as they are', () => {
		expect(check(() => {}).map(formatProblem)).toEqual([]);
	});

	it('refuse a claim without a status, naming the claim and the field', () => {
		const problems = check((raw) => delete raw.claims.claims[0]!.assessment.status);
		expect(named(problems, first().id, 'schema').join('\n')).toMatch(/assessment\.status/);
	});

	it('refuse a status outside the vocabulary, listing the vocabulary', () => {
		const problems = check((raw) => (raw.claims.claims[0]!.assessment.status = 'true'));
		const text = named(problems, first().id, 'schema').join('\n');
		expect(text).toMatch(/assessment\.status/);
		for (const s of CLAIM_STATUSES) expect(text).toContain(s);
	});

	it('refuse a claim without the date it was checked', () => {
		const problems = check((raw) => delete raw.claims.claims[0]!.assessment.checked);
		expect(named(problems, first().id, 'schema').join('\n')).toMatch(/assessment\.checked/);
	});

	it('refuse a plan that does not say what would settle it', () => {
		const problems = check((raw) => {
			const c = raw.claims.claims[0]!;
			c.assessment.status = 'not-yet';
			delete c.assessment.settles;
		});
		expect(named(problems, first().id, 'schema').join('\n')).toMatch(
			/assessment\.settles: .*what would settle it/
		);
	});

	it('refuse evidence that points to a fact or a map feature that does not exist', () => {
		const problems = check((raw) => {
			raw.claims.claims[0]!.assessment.facts.push('no-such-fact');
			raw.claims.claims[0]!.assessment.routes.push('atlantis-line');
		});
		expect(named(problems, first().id, 'evidence')).toEqual([
			`${files.claimsFile} › ${first().id} › evidence: unknown fact id "no-such-fact"`,
			`${files.claimsFile} › ${first().id} › evidence: unknown route id "atlantis-line"`
		]);
	});

	it('refuse a repeated claim id', () => {
		const problems = check((raw) => (raw.claims.claims[1]!.id = raw.claims.claims[0]!.id));
		expect(named(problems, first().id, 'unique-id')).toHaveLength(1);
	});

	it('refuse a fact that no route, claim or tour step shows', () => {
		const problems = check((raw) =>
			raw.context.facts.push({ ...raw.context.facts[0]!, id: 'orphan-fact', routes: [] })
		);
		expect(named(problems, 'orphan-fact', 'reach')).toEqual([
			`${files.contextFile} › orphan-fact › reach: no route, claim or tour step shows this fact`
		]);
	});

	it('refuse a tour step that shows nothing an earlier step did not, and unknown ids in a step', () => {
		const problems = check((raw) => {
			const [one, two] = raw.tour.steps;
			two!.claims = [...one!.claims];
			two!.facts = [...one!.facts];
			raw.tour.steps[2]!.routes.push('atlantis-line');
			raw.tour.steps[3]!.facts.push('no-such-fact');
		});
		expect(named(problems, 'step 2', 'novelty')).toHaveLength(1);
		expect(named(problems, 'step 3', 'routes')).toHaveLength(1);
		expect(named(problems, 'step 4', 'facts')).toHaveLength(1);
	});

	it('assess every claim with a status the About panel defines, and tie claims only to routes', () => {
		for (const c of data.content.claims) {
			expect(Object.keys(CLAIM_STATUS_INFO), c.id).toContain(c.assessment.status);
			if (c.assessment.status === 'not-yet') expect(c.assessment.settles, c.id).toBeDefined();
		}
		// The article never mentions these context routes, so no claim is tied to them.
		for (const context of ['aras-corridor', 'kars-igdir-nakhchivan', 'igdir-nakhchivan-gas'])
			expect(
				data.content.claims.filter((c) => c.assessment.routes.includes(context)).map((c) => c.id),
				context
			).toEqual([]);
	});

	const checker = '../shared/article/check-quotes.mjs';
	it('quotes every claim and every route name verbatim (shared checker)', (ctx) => {
		if (!existsSync(checker)) {
			console.warn(
				`\n*** QUOTES NOT CHECKED: ${checker} is missing, so this run cannot confirm the quotes are verbatim. ***\n`
			);
			ctx.skip();
		}
		// Real path: the checker only runs as a script when argv[1] is its own resolved path.
		const corridorFiles = data.corridors.map((c) => c.file);
		const out = execFileSync('node', [realpathSync(checker), files.claimsFile, ...corridorFiles], {
			encoding: 'utf8'
		});
		expect(out).toMatch(/^(\d+) of \1 quotes verbatim$/m);
	});
});
