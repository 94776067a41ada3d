// Claims and context: schema, cross-references, coverage, and verbatim quotes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/geodata/check-content';
import { loadGeodata } from '../../scripts/geodata/build';
import type { Problem } from '../../scripts/geodata/problems';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const files = {
	claimsFile: 'geodata/article/claims.json',
	contextFile: 'geodata/article/context.json',
	placesFile: 'geodata/places.json',
	tourFile: 'geodata/article/tour.json'
};
const { corridors, content } = loadGeodata('geodata');

interface Raw {
	claims: { claims: { id: string; routes: string[]; pillar: string }[] };
	context: { facts: { claims: string[] }[] };
	places: unknown;
	tour: { steps: { claims: string[]; routes: string[] }[] };
}

function check(mutate: (raw: Raw) => void): Problem[] {
	const raw: Raw = {
		claims: read(files.claimsFile),
		context: read(files.contextFile),
		places: read(files.placesFile),
		tour: read(files.tourFile)
	};
	mutate(raw);
	const problems: Problem[] = [];
	checkContent(files, raw, corridors, problems);
	return problems;
}

describe('claims', () => {
	it('has at least 20 claims with unique ids', () => {
		expect(content.claims.length).toBeGreaterThanOrEqual(20);
		const ids = content.claims.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('ties every corridor to at least one claim', () => {
		for (const id of CORRIDOR_IDS) {
			const own = new Set([
				id,
				...corridors.find((c) => c.meta.id === id)!.segments.map((s) => s.segment.properties.id)
			]);
			expect(
				content.claims.some((c) => c.routes.some((r) => own.has(r))),
				id
			).toBe(true);
		}
	});

	it('covers Section 907 and the Washington summit without a route', () => {
		const text = content.claims.map((c) => c.quote).join(' ');
		expect(text).toMatch(/Section 907/);
		expect(text).toMatch(/Washington/);
		expect(content.claims.some((c) => c.routes.length === 0 && /907/.test(c.quote))).toBe(true);
	});

	it('rejects an unknown route id, naming the claim', () => {
		const problems = check((raw) => raw.claims.claims[0]!.routes.push('atlantis-line'));
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: files.claimsFile,
				id: content.claims[0]!.id,
				check: 'routes',
				message: 'unknown route id "atlantis-line"'
			})
		);
	});

	it('rejects a duplicate claim id', () => {
		const problems = check((raw) => (raw.claims.claims[1]!.id = raw.claims.claims[0]!.id));
		expect(problems.some((p) => p.check === 'unique-id' && p.id === content.claims[0]!.id)).toBe(true);
	});

	it('rejects a malformed claim (bad pillar), naming the field', () => {
		const problems = check((raw) => (raw.claims.claims[0]!.pillar = 'vibes'));
		expect(problems.some((p) => p.check === 'schema' && /claims\.0\.pillar/.test(p.message))).toBe(true);
	});

	it('rejects a fact that points at an unknown claim', () => {
		const problems = check((raw) => raw.context.facts[0]!.claims.push('no-such-claim'));
		expect(problems.some((p) => p.check === 'claims' && /no-such-claim/.test(p.message))).toBe(true);
	});

	it('rejects a tour step that names an unknown claim or route', () => {
		const problems = check((raw) => {
			raw.tour.steps[1]!.claims.push('no-such-claim');
			raw.tour.steps[2]!.routes.push('atlantis-line');
		});
		expect(problems).toContainEqual(expect.objectContaining({ id: 'step 2', check: 'claims' }));
		expect(problems).toContainEqual(expect.objectContaining({ id: 'step 3', check: 'routes' }));
	});

	const checker = '../shared/article/check-quotes.mjs';
	it.skipIf(!existsSync(checker))('quotes every claim verbatim (shared checker)', () => {
		// Real path: the checker only runs as a script when argv[1] is its own resolved path.
		const out = execFileSync('node', [realpathSync(checker), files.claimsFile], { encoding: 'utf8' });
		expect(out).toMatch(/^(\d+) of \1 quotes verbatim$/m);
	});
});
