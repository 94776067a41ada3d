// URL hash parsing and serialising: round trips for valid states, and any string parses safely.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/lib/region';
import { normalize, parseHash, serializeHash, type HashState } from '../../src/lib/state/hash';

const ROUTES = ['tripp', 'btk', 'scp', ...CORRIDOR_IDS];
const CLAIMS = ['tripp-named', 'section-907-suspended'];
const TOUR_LENGTH = 5;
const known = {
	isRoute: (id: string) => ROUTES.includes(id),
	isClaim: (id: string) => CLAIMS.includes(id),
	tourLength: TOUR_LENGTH
};

const fixed = (min: number, max: number, decimals: number) =>
	fc
		.integer({ min: Math.ceil(min * 10 ** decimals), max: Math.floor(max * 10 ** decimals) })
		.map((n) => n / 10 ** decimals + 0);

const state: fc.Arbitrary<HashState> = fc.record(
	{
		view: fc.record({ zoom: fixed(MIN_ZOOM, MAX_ZOOM, 2), lat: fixed(-85, 85, 4), lon: fixed(-180, 180, 4) }),
		layers: fc.subarray([...CORRIDOR_IDS]),
		route: fc.constantFrom(...ROUTES),
		claim: fc.constantFrom(...CLAIMS),
		tour: fc.integer({ min: 1, max: TOUR_LENGTH })
	},
	{ requiredKeys: [] }
);

describe('URL hash', () => {
	it('parses a full deep link', () => {
		expect(parseHash('#map=6.5/40.1/47.25&layers=middle-corridor,zangezur-tripp&route=tripp', known)).toEqual(
			{
				view: { zoom: 6.5, lat: 40.1, lon: 47.25 },
				layers: ['zangezur-tripp', 'middle-corridor'],
				route: 'tripp'
			}
		);
	});

	it('reads keys in any order and ignores invalid ones key by key', () => {
		expect(parseHash('#route=nope&layers=middle-corridor&map=NaN/1/2', known)).toEqual({
			layers: ['middle-corridor']
		});
		expect(parseHash('#map=1e309/40/45&route=btk', known)).toEqual({ route: 'btk' });
		expect(parseHash('#map=99/40/45', known)).toEqual({});
		expect(parseHash('#route=<script>alert(1)</script>', known)).toEqual({});
		expect(parseHash('#layers=middle-corridor,<img src=x>', known)).toEqual({});
		expect(parseHash('#%E0%A4%A', known)).toEqual({});
	});

	it('reads a tour step and ignores steps the tour does not have', () => {
		expect(parseHash('#tour=3', known)).toEqual({ tour: 3 });
		expect(parseHash('#tour=0', known)).toEqual({});
		expect(parseHash('#tour=2.5', known)).toEqual({});
		expect(parseHash(`#tour=${TOUR_LENGTH + 1}`, known)).toEqual({});
		expect(parseHash('#tour=99', known)).toEqual({});
	});

	it('keeps one place: a valid step over a claim over a route, a route where the step is refused', () => {
		expect(parseHash('#route=tripp&claim=tripp-named&tour=2', known)).toEqual({ tour: 2 });
		expect(parseHash('#route=tripp&claim=tripp-named', known)).toEqual({ claim: 'tripp-named' });
		expect(parseHash('#route=tap&tour=20', { ...known, isRoute: (id: string) => id === 'tap' })).toEqual({
			route: 'tap'
		});
		expect(parseHash('#claim=__proto__&route=constructor', known)).toEqual({});
	});

	it('no longer reads an embed key: the embed page is its own address', () => {
		expect(parseHash('#embed=1&route=btk', known)).toEqual({ route: 'btk' });
	});

	it('treats an empty layers key as "no corridor shown"', () => {
		expect(parseHash('#layers=', known)).toEqual({ layers: [] });
	});

	it('round-trips every valid state: parse(serialize(s)) = normalize(s)', () => {
		fc.assert(
			fc.property(state, (s) => {
				expect(parseHash(serializeHash(s), known)).toEqual(normalize(s));
			})
		);
	});

	it('parses any string to a valid state without throwing', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()), (junk) => {
				const s = parseHash(junk, known);
				if (s.view) {
					expect(s.view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
					expect(s.view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
					expect(Math.abs(s.view.lat)).toBeLessThanOrEqual(85);
					expect(Math.abs(s.view.lon)).toBeLessThanOrEqual(180);
				}
				if (s.layers) for (const l of s.layers) expect(CORRIDOR_IDS).toContain(l);
				if (s.route) expect(ROUTES).toContain(s.route);
				if (s.tour !== undefined)
					expect(Number.isInteger(s.tour) && s.tour >= 1 && s.tour <= TOUR_LENGTH).toBe(true);
				if (s.claim) expect(CLAIMS).toContain(s.claim);
			}),
			{ numRuns: 2000 }
		);
	});

	it('handles a 100 KB hash', () => {
		const huge = '#' + 'map=1/2/3&'.repeat(10_000) + 'route=btk';
		expect(() => parseHash(huge, known)).not.toThrow();
	});
});
