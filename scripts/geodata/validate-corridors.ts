// Validates the corridor files as a set and attaches the derived facts to each segment.
import type { Position } from 'geojson';
import type { Segment } from '../../src/lib/data/schema/geodata';
import { checkUniqueIds, parseCorridorFile, type ParsedCorridorFile } from './check-corridor-files';
import { checkCoordinates, checkGeography, type Derived } from './check-geography';
import type { CountryIndex } from './country-index';
import { pointsAlong } from './geometry';
import type { Problem } from './problems';

export interface ValidatedSegment {
	segment: Segment;
	derived: Derived;
	/** Points every ~10 km along the line: used to keep basemap detail near corridors. */
	densified: Position[];
}

export interface ValidatedCorridor {
	file: string;
	meta: ParsedCorridorFile['meta'];
	segments: ValidatedSegment[];
}

export function validateCorridors(
	inputs: { file: string; json: unknown; expectedId?: string }[],
	index: CountryIndex,
	problems: Problem[]
): ValidatedCorridor[] {
	const parsed = inputs.map(({ file, json, expectedId }) => {
		const r = parseCorridorFile(file, json, expectedId);
		problems.push(...r.problems);
		return { file, parsed: r.parsed };
	});
	problems.push(
		...checkUniqueIds(
			parsed.flatMap(({ file, parsed: p }) => (p ? p.segments.map((seg) => ({ file, seg })) : []))
		)
	);
	const out: ValidatedCorridor[] = [];
	for (const { file, parsed: p } of parsed) {
		if (!p) continue;
		const segments: ValidatedSegment[] = [];
		for (const seg of p.segments) {
			const coordProblems = checkCoordinates(file, seg, index);
			problems.push(...coordProblems);
			if (coordProblems.length > 0) continue; // geography checks would only repeat the same fault
			const { problems: geo, derived } = checkGeography(file, seg, index);
			problems.push(...geo);
			segments.push({ segment: seg, derived, densified: pointsAlong(seg.geometry, 10) });
		}
		out.push({ file, meta: p.meta, segments });
	}
	return out;
}
