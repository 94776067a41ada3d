// Each geodata check, driven by a deliberately broken fixture that must fail with the right message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CountryIndex } from '../../scripts/geodata/country-index';
import { statesPrecision, TOLERANCE } from '../../scripts/geodata/check-geography';
import { lineDetail } from '../../scripts/geodata/geometry';
import { formatProblem, type Problem } from '../../scripts/geodata/problems';
import { validateCorridors } from '../../scripts/geodata/validate-corridors';

const index = new CountryIndex();

function run(name: string): Problem[] {
	const file = `tests/fixtures/geodata/${name}`;
	const problems: Problem[] = [];
	validateCorridors(
		[{ file, json: JSON.parse(readFileSync(file, 'utf8')), expectedId: 'middle-corridor' }],
		index,
		problems
	);
	return problems;
}

describe('geodata checks', () => {
	it('accept the valid fixture and derive length and countries', () => {
		const file = 'tests/fixtures/geodata/valid.geojson';
		const problems: Problem[] = [];
		const [c] = validateCorridors([{ file, json: JSON.parse(readFileSync(file, 'utf8')) }], index, problems);
		expect(problems.map(formatProblem)).toEqual([]);
		const rail = c!.segments.find((s) => s.segment.properties.id === 'fx-rail')!;
		expect(rail.derived.countriesCrossed).toEqual(['AZE', 'GEO', 'TUR']);
		expect(rail.derived.lengthKm).toBeGreaterThan(600);
		expect(rail.derived.lengthKm).toBeLessThan(680);
		const [w, s, e, n] = rail.derived.bbox;
		expect([w, s, e, n]).toEqual([43.1, 40.18, 49.47, 41.5]);
	});

	it('measure how finely a line is drawn, across every part of a MultiLineString', () => {
		// Steps of 0.1°, 0.2° and 1° of latitude: about 11, 22 and 111 km.
		const d = lineDetail({
			type: 'MultiLineString',
			coordinates: [
				[
					[45, 40],
					[45, 40.1],
					[45, 40.3]
				],
				[
					[46, 40],
					[46, 41]
				]
			]
		});
		expect(d).toEqual({ medianStepKm: 22.2, longestStepKm: 111.2 });
	});

	const cases: [string, string, RegExp][] = [
		['missing-id.geojson', 'schema', /feature #0 › schema: properties\.id/],
		['bad-status.geojson', 'schema', /fx-rail › schema: properties\.status/],
		['duplicate-id.geojson', 'unique-id', /fx-rail › unique-id: id repeats/],
		[
			'outside-region.geojson',
			'coordinates',
			/fx-rail › coordinates: 1 coordinate\(s\) outside the region box.*\[120\.5, 40\.6\]/
		],
		['swapped-coordinates.geojson', 'coordinates', /fx-rail › coordinates: .*swapped lat\/lon/],
		[
			'pipeline-wrong-country.geojson',
			'countries',
			/fx-rail › countries: line crosses AZE → ARM → TUR, expected AZE → GEO → TUR \(.* km in ARM/
		],
		[
			'ferry-over-land.geojson',
			'sea-over-land',
			/fx-ferry › sea-over-land: sea leg runs \d+\.\d km over land/
		],
		[
			'length-off.geojson',
			'length',
			/fx-rail › length: drawn length 638 km differs from published 1064 km by 40%/
		],
		[
			'precision-missing.geojson',
			'precision',
			/fx-rail › precision: geometryNote has no "Precision: …" sentence stating 10 km/
		],
		[
			'step-too-long.geojson',
			'max-step',
			/fx-rail › max-step: longest straight stretch between drawn points is \d+\.\d km, more than the 50 km/
		]
	];

	for (const [fixture, check, message] of cases) {
		it(`fail ${fixture} with a ${check} problem naming file and feature`, () => {
			const problems = run(fixture);
			const hits = problems.filter((p) => p.check === check);
			expect(hits.length, problems.map(formatProblem).join('\n')).toBeGreaterThan(0);
			const text = hits.map(formatProblem).join('\n');
			expect(text).toContain(`tests/fixtures/geodata/${fixture}`);
			expect(text).toMatch(message);
		});
	}

	it('allow drawn lengths within 10% of the published length', () => {
		expect(TOLERANCE.lengthRatio).toBe(0.1);
	});

	it('find the precision only in a "Precision: …" sentence, in the note\'s own number format', () => {
		expect(statesPrecision('Drawn straight. Precision: within 30 km of the pipeline.', 30)).toBe(true);
		expect(statesPrecision('Precision: within 2.5 km; the longest stretch is 9 km.', 2.5)).toBe(true);
		expect(statesPrecision('Precision: within 1,500 km.', 1500)).toBe(true);
		// The number elsewhere in the note, or a different number, does not count.
		expect(statesPrecision('A 30 km link. Precision: within 3 km.', 30)).toBe(false);
		expect(statesPrecision('Precision: within 130 km.', 30)).toBe(false);
		expect(statesPrecision('Within 30 km of the real line.', 30)).toBe(false);
	});

	it('accept a length that differs when lengthNote explains why', () => {
		const file = 'tests/fixtures/geodata/length-off.geojson';
		const json = JSON.parse(readFileSync(file, 'utf8'));
		json.features[0].properties.lengthNote = 'The published figure includes branch lines not drawn here.';
		const problems: Problem[] = [];
		validateCorridors([{ file, json }], index, problems);
		expect(problems.filter((p) => p.check === 'length')).toEqual([]);
	});
});
