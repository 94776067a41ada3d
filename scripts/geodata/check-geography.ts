// The geographic checks of one segment: coordinates in the region and in [lon, lat] order, countries
// crossed in order, sea legs at sea, drawn length against the published one. They return problems
// (never throw) and the facts they derive on the way.
import type { Position } from 'geojson';
import { along, distance, length as turfLength, lineString } from '@turf/turf';
import type { Segment } from '../../src/lib/data/schema/geodata';
import type { LineDetail } from '../../src/lib/data/types';
import { inRegion, REGION_BOX, type BBox } from '../../src/lib/region';
import type { CountryIndex } from './country-index';
import { bboxOf, lineDetail, lines } from './geometry';
import type { Problem } from './problems';

export const TOLERANCE = {
	/** Country runs shorter than this (km) are border noise between the border polygons and the real line. */
	borderKm: 3,
	/** A sea leg may touch land this long in total (km): port approaches. */
	seaOverLandKm: 5,
	/** Drawn length vs published length. */
	lengthRatio: 0.1,
	/** Sampling step (km) along lines for the country checks. */
	sampleKm: 0.5
} as const;

/** Coordinates inside the region box, rounded sanely, and not [lat, lon] by mistake. */
export function checkCoordinates(file: string, seg: Segment, index: CountryIndex): Problem[] {
	const id = seg.properties.id;
	const problems: Problem[] = [];
	const positions = lines(seg.geometry).flat();
	const outside = positions.filter(([lon, lat]) => !inRegion(lon!, lat!));
	if (outside.length > 0) {
		const [lon, lat] = outside[0]!;
		const swapped = inRegion(lat!, lon!);
		problems.push({
			file,
			id,
			check: 'coordinates',
			message:
				`${outside.length} coordinate(s) outside the region box ${REGION_BOX.west}–${REGION_BOX.east}°E, ` +
				`${REGION_BOX.south}–${REGION_BOX.north}°N, first [${lon}, ${lat}]` +
				(swapped ? ' — looks like swapped lat/lon (GeoJSON is [lon, lat])' : '')
		});
		return problems;
	}
	// Inside the box a swap can still land on land somewhere else; it shows as vertices in none of the
	// expected countries whose swapped twins are in them.
	const expected = new Set(seg.properties.countries);
	if (expected.size > 0) {
		let wrong = 0;
		let swappedRight = 0;
		for (const [lon, lat] of positions) {
			const here = index.countryAt(lon!, lat!);
			if (here !== null && expected.has(here)) continue;
			wrong++;
			const there = inRegion(lat!, lon!) ? index.countryAt(lat!, lon!) : null;
			if (there !== null && expected.has(there)) swappedRight++;
		}
		if (wrong > positions.length / 2 && swappedRight > wrong / 2) {
			problems.push({
				file,
				id,
				check: 'coordinates',
				message: `${swappedRight} of ${positions.length} coordinates fall in ${[...expected].join('/')} only when read as [lat, lon] — looks like swapped lat/lon (GeoJSON is [lon, lat])`
			});
		}
	}
	return problems;
}

interface CountryRun {
	country: string | null;
	km: number;
	startKm: number;
}

/** Walk a line in small steps and list the countries (null = sea) it passes through, with distances. */
function countryRuns(coords: Position[], index: CountryIndex, stepKm = TOLERANCE.sampleKm): CountryRun[] {
	const line = lineString(coords);
	const total = turfLength(line);
	const steps = Math.max(1, Math.ceil(total / stepKm));
	const runs: CountryRun[] = [];
	for (let i = 0; i <= steps; i++) {
		const km = (total * i) / steps;
		const [lon, lat] = along(line, km).geometry.coordinates;
		const c = index.countryAt(lon!, lat!);
		const seg = i === 0 ? 0 : total / steps;
		const last = runs[runs.length - 1];
		if (last && last.country === c) last.km += seg;
		else runs.push({ country: c, km: seg, startKm: km });
	}
	return runs;
}

/** Countries in order, ignoring sea and runs shorter than the border tolerance. */
function countrySequence(runs: CountryRun[], toleranceKm: number = TOLERANCE.borderKm): string[] {
	const seq: string[] = [];
	for (const r of runs) {
		if (r.country === null || r.km < toleranceKm) continue;
		if (seq[seq.length - 1] !== r.country) seq.push(r.country);
	}
	return seq;
}

export interface Derived {
	lengthKm: number;
	countriesCrossed: string[];
	bbox: BBox;
	landKm: number;
	detail: LineDetail;
}

/** Country order, sea-over-land and length checks; also returns the derived facts the app shows. */
export function checkGeography(
	file: string,
	seg: Segment,
	index: CountryIndex
): { problems: Problem[]; derived: Derived } {
	const p = seg.properties;
	const problems: Problem[] = [];
	const parts = lines(seg.geometry);
	const crossed: string[] = [];
	let landKm = 0;
	let lengthKm = 0;
	for (const coords of parts) {
		const runs = countryRuns(coords, index);
		lengthKm += runs.reduce((s, r) => s + r.km, 0);
		landKm += runs.filter((r) => r.country !== null).reduce((s, r) => s + r.km, 0);
		const seq = countrySequence(runs);
		if (p.mode !== 'sea') {
			const expected = p.countries;
			// A MultiLineString branch may cover a sub-sequence of the expected order.
			const ok = parts.length === 1 ? sameSequence(seq, expected) : isSubsequence(seq, expected);
			if (!ok) {
				const stray = runs.find(
					(r) => r.country !== null && r.km >= TOLERANCE.borderKm && !expected.includes(r.country)
				);
				problems.push({
					file,
					id: p.id,
					check: 'countries',
					message:
						`line crosses ${fmtSeq(seq)}, expected ${fmtSeq(expected)}` +
						(stray
							? ` (${stray.km.toFixed(1)} km in ${stray.country} from km ${stray.startKm.toFixed(1)})`
							: '')
				});
			}
		}
		// One line: its countries in order, a return into a country included (China → Kazakhstan →
		// Kyrgyzstan → Kazakhstan). Branches of a MultiLineString: each country once.
		if (parts.length === 1) crossed.push(...seq);
		else for (const c of seq) if (!crossed.includes(c)) crossed.push(c);
	}
	if (p.mode === 'sea' && landKm > TOLERANCE.seaOverLandKm) {
		problems.push({
			file,
			id: p.id,
			check: 'sea-over-land',
			message: `sea leg runs ${landKm.toFixed(1)} km over land (at most ${TOLERANCE.seaOverLandKm} km allowed for port approaches)`
		});
	}
	if (p.lengthKmPublished !== null) {
		const diff = Math.abs(lengthKm - p.lengthKmPublished) / p.lengthKmPublished;
		if (diff > TOLERANCE.lengthRatio && !p.lengthNote) {
			problems.push({
				file,
				id: p.id,
				check: 'length',
				message:
					`drawn length ${lengthKm.toFixed(0)} km differs from published ${p.lengthKmPublished} km by ` +
					`${(diff * 100).toFixed(0)}% (more than ${TOLERANCE.lengthRatio * 100}%; fix the line or explain in lengthNote)`
			});
		}
	}
	const detail = lineDetail(seg.geometry);
	problems.push(...checkPrecision(file, seg));
	return {
		problems,
		derived: {
			lengthKm: Math.round(lengthKm * 10) / 10,
			countriesCrossed: crossed,
			bbox: bboxOf([seg.geometry]),
			landKm: Math.round(landKm * 10) / 10,
			detail
		}
	};
}

/** Whether a note has a "Precision: …" sentence that states this many km ("30 km", "2.5 km", "1,811 km"). */
export function statesPrecision(note: string, km: number): boolean {
	const at = note.indexOf('Precision:');
	if (at < 0) return false;
	const sentence = note.slice(at).split(/\.(\s|$)/)[0]!;
	return [String(km), km.toLocaleString('en-GB')].some((v) =>
		new RegExp(`(^|[^\\d.,])${v.replace(/[.,]/g, '\\$&')}\\s?km\\b`).test(sentence)
	);
}

/** The note states the precision, and no straight stretch is longer than the note admits. */
export function checkPrecision(file: string, seg: Segment): Problem[] {
	const p = seg.properties;
	const problems: Problem[] = [];
	if (!statesPrecision(p.geometryNote, p.precisionKm)) {
		problems.push({
			file,
			id: p.id,
			check: 'precision',
			message: `geometryNote has no "Precision: …" sentence stating ${p.precisionKm} km (precisionKm)`
		});
	}
	// lineDetail rounds to 0.1 km; compare the unrounded longest step.
	const longest = Math.max(
		...lines(seg.geometry).flatMap((c) => c.slice(1).map((q, i) => distance(c[i]!, q)))
	);
	if (longest > p.maxStepKm) {
		problems.push({
			file,
			id: p.id,
			check: 'max-step',
			message:
				`longest straight stretch between drawn points is ${longest.toFixed(1)} km, ` +
				`more than the ${p.maxStepKm} km the note admits (maxStepKm)`
		});
	}
	return problems;
}

function sameSequence(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

function isSubsequence(sub: string[], full: string[]): boolean {
	if (sub.length === 0) return false;
	let j = 0;
	for (const c of full) if (c === sub[j]) j++;
	return j === sub.length;
}

function fmtSeq(seq: string[]): string {
	return seq.length ? seq.join(' → ') : '(no country)';
}
