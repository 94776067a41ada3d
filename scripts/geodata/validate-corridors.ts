// Validates the corridor files as a set and attaches the derived facts to each segment.
import type { Position } from 'geojson';
import { along, length as turfLength, lineString } from '@turf/turf';
import type { CountryIndex } from './country-index';
import {
	checkCoordinates,
	checkGeography,
	checkUniqueIds,
	lines,
	parseCorridorFile,
	type Derived,
	type ParsedCorridorFile,
	type Problem
} from './checks';
import type { Segment } from './schema';

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

function densify(seg: Segment, stepKm = 10): Position[] {
	return lines(seg.geometry).flatMap((coords) => {
		const line = lineString(coords);
		const total = turfLength(line);
		const n = Math.max(1, Math.ceil(total / stepKm));
		return Array.from({ length: n + 1 }, (_, i) => along(line, (total * i) / n).geometry.coordinates);
	});
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
			segments.push({ segment: seg, derived, densified: densify(seg) });
		}
		out.push({ file, meta: p.meta, segments });
	}
	return out;
}
