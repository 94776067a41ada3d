// URL hash parsing and serialising: round trips for valid states, and any string parses safely.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/lib/region';
import { MAX_TOUR_STEP, normalize, parseHash, serializeHash, type HashState } from '../../src/lib/state/hash';

const ROUTES = ['tripp', 'btk', 'scp', ...CORRIDOR_IDS];
const isRoute = (id: string) => ROUTES.includes(id);

const fixed = (min: number, max: number, decimals: number) =>
	fc
		.integer({ min: Math.ceil(min * 10 ** decimals), max: Math.floor(max * 10 ** decimals) })
		.map((n) => n / 10 ** decimals + 0);

const state: fc.Arbitrary<HashState> = fc.record(
	{
		view: fc.record({ zoom: fixed(MIN_ZOOM, MAX_ZOOM, 2), lat: fixed(-85, 85, 4), lon: fixed(-180, 180, 4) }),
		layers: fc.subarray([...CORRIDOR_IDS]),
		route: fc.constantFrom(...ROUTES),
		tour: fc.integer({ min: 1, max: MAX_TOUR_STEP }),
		embed: fc.constant(true)
	},
	{ requiredKeys: [] }
);

describe('URL hash', () => {
	it('parses a full deep link', () => {
		expect(
			parseHash('#map=6.5/40.1/47.25&layers=middle-corridor,zangezur-tripp&route=tripp', isRoute)
		).toEqual({
			view: { zoom: 6.5, lat: 40.1, lon: 47.25 },
			layers: ['zangezur-tripp', 'middle-corridor'],
			route: 'tripp'
		});
	});

	it('reads keys in any order and ignores invalid ones key by key', () => {
		expect(parseHash('#route=nope&layers=middle-corridor&map=NaN/1/2', isRoute)).toEqual({
			layers: ['middle-corridor']
		});
		expect(parseHash('#map=1e309/40/45&route=btk', isRoute)).toEqual({ route: 'btk' });
		expect(parseHash('#map=99/40/45', isRoute)).toEqual({});
		expect(parseHash('#route=<script>alert(1)</script>', isRoute)).toEqual({});
		expect(parseHash('#layers=middle-corridor,<img src=x>', isRoute)).toEqual({});
		expect(parseHash('#%E0%A4%A', isRoute)).toEqual({});
	});

	it('reads a tour step and ignores impossible ones', () => {
		expect(parseHash('#tour=3', isRoute)).toEqual({ tour: 3 });
		expect(parseHash('#tour=0', isRoute)).toEqual({});
		expect(parseHash('#tour=2.5', isRoute)).toEqual({});
		expect(parseHash('#tour=99', isRoute)).toEqual({});
	});

	it('treats an empty layers key as "no corridor shown"', () => {
		expect(parseHash('#layers=', isRoute)).toEqual({ layers: [] });
	});

	it('round-trips every valid state: parse(serialize(s)) = normalize(s)', () => {
		fc.assert(
			fc.property(state, (s) => {
				expect(parseHash(serializeHash(s), isRoute)).toEqual(normalize(s));
			})
		);
	});

	it('parses any string to a valid state without throwing', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()), (junk) => {
				const s = parseHash(junk, isRoute);
				if (s.view) {
					expect(s.view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
					expect(s.view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
					expect(Math.abs(s.view.lat)).toBeLessThanOrEqual(85);
					expect(Math.abs(s.view.lon)).toBeLessThanOrEqual(180);
				}
				if (s.layers) for (const l of s.layers) expect(CORRIDOR_IDS).toContain(l);
				if (s.route) expect(ROUTES).toContain(s.route);
				if (s.tour !== undefined)
					expect(Number.isInteger(s.tour) && s.tour >= 1 && s.tour <= MAX_TOUR_STEP).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('handles a 100 KB hash', () => {
		const huge = '#' + 'map=1/2/3&'.repeat(10_000) + 'route=btk';
		expect(() => parseHash(huge, isRoute)).not.toThrow();
	});
});
