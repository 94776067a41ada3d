// The geodata checks. Each returns problems instead of throwing so that one run reports them all,
// every problem naming file, feature id and check.
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { along, distance, bbox as turfBbox, length as turfLength, lineString } from '@turf/turf';
import type { z } from 'zod';
import type { LineDetail } from '../../src/lib/data/types';
import type { CountryIndex } from './country-index';
import { CorridorFileSchema, SegmentSchema, type Segment } from './schema';

export interface Problem {
	file: string;
	id: string;
	check: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file} › ${p.id} › ${p.check}: ${p.message}`;
}

export class GeodataError extends Error {
	constructor(public problems: Problem[]) {
		super(
			`geodata check failed (${problems.length}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n')
		);
	}
}

/** The region every corridor lies in: roughly 10°E–110°E, 28°N–55°N. */
export const REGION_BOX = { west: 10, south: 28, east: 110, north: 55 } as const;

export const TOLERANCE = {
	/** Country runs shorter than this (km) are border noise between NE polygons and the real line. */
	borderKm: 3,
	/** A sea leg may touch land this long in total (km): port approaches. */
	seaOverLandKm: 5,
	/** Drawn length vs published length. */
	lengthRatio: 0.1,
	/** Sampling step (km) along lines for the country checks. */
	sampleKm: 0.5
} as const;

export function zodMessages(error: z.ZodError): string[] {
	return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

export interface ParsedCorridorFile {
	meta: z.infer<typeof CorridorFileSchema>;
	segments: Segment[];
}

/** Schema check of one corridor file; returns parsed segments that passed and problems for the rest. */
export function parseCorridorFile(
	file: string,
	json: unknown,
	expectedId?: string
): { parsed?: ParsedCorridorFile; problems: Problem[] } {
	const problems: Problem[] = [];
	const top = CorridorFileSchema.safeParse(json);
	if (!top.success) {
		for (const m of zodMessages(top.error))
			problems.push({ file, id: '(collection)', check: 'schema', message: m });
		return { problems };
	}
	if (expectedId && top.data.id !== expectedId) {
		problems.push({
			file,
			id: '(collection)',
			check: 'schema',
			message: `collection id "${top.data.id}" does not match file name "${expectedId}"`
		});
	}
	const segments: Segment[] = [];
	top.data.features.forEach((raw, i) => {
		const rawId = (raw as { properties?: { id?: unknown } })?.properties?.id;
		const id = typeof rawId === 'string' && rawId ? rawId : `feature #${i}`;
		const r = SegmentSchema.safeParse(raw);
		if (!r.success) {
			for (const m of zodMessages(r.error)) problems.push({ file, id, check: 'schema', message: m });
			return;
		}
		if (r.data.properties.corridor !== top.data.id) {
			problems.push({
				file,
				id,
				check: 'schema',
				message: `properties.corridor is "${r.data.properties.corridor}" but the file is "${top.data.id}"`
			});
			return;
		}
		segments.push(r.data);
	});
	return { parsed: { meta: top.data, segments }, problems };
}

export function lines(geom: LineString | MultiLineString): Position[][] {
	return geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
}

function inBox(lon: number, lat: number): boolean {
	return (
		lon >= REGION_BOX.west && lon <= REGION_BOX.east && lat >= REGION_BOX.south && lat <= REGION_BOX.north
	);
}

/** Coordinates inside the region box, rounded sanely, and not [lat, lon] by mistake. */
export function checkCoordinates(file: string, seg: Segment, index: CountryIndex): Problem[] {
	const id = seg.properties.id;
	const problems: Problem[] = [];
	const positions = lines(seg.geometry).flat();
	const outside = positions.filter(([lon, lat]) => !inBox(lon!, lat!));
	if (outside.length > 0) {
		const [lon, lat] = outside[0]!;
		const swapped = inBox(lat!, lon!);
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
			const there = inBox(lat!, lon!) ? index.countryAt(lat!, lon!) : null;
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

export interface CountryRun {
	country: string | null;
	km: number;
	startKm: number;
}

/** Walk a line in small steps and list the countries (null = sea) it passes through, with distances. */
export function countryRuns(
	coords: Position[],
	index: CountryIndex,
	stepKm = TOLERANCE.sampleKm
): CountryRun[] {
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
export function countrySequence(runs: CountryRun[], toleranceKm: number = TOLERANCE.borderKm): string[] {
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
	bbox: [number, number, number, number];
	landKm: number;
	detail: LineDetail;
}

/** Median and longest distance between consecutive vertices, over every part of the line. */
export function lineDetail(geom: LineString | MultiLineString): LineDetail {
	const steps = lines(geom)
		.flatMap((coords) => coords.slice(1).map((c, i) => distance(coords[i]!, c)))
		.sort((a, b) => a - b);
	const mid = steps.length / 2;
	const median = steps.length % 2 ? steps[Math.floor(mid)]! : (steps[mid - 1]! + steps[mid]!) / 2;
	return {
		medianStepKm: Math.round(median * 10) / 10,
		longestStepKm: Math.round(steps[steps.length - 1]! * 10) / 10
	};
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
	const b = turfBbox(seg.geometry as Feature['geometry']);
	return {
		problems,
		derived: {
			lengthKm: Math.round(lengthKm * 10) / 10,
			countriesCrossed: crossed,
			bbox: [b[0], b[1], b[2], b[3]].map((v) => Math.round(v * 1e4) / 1e4) as Derived['bbox'],
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

/** Segment ids must be unique across every corridor file. */
export function checkUniqueIds(entries: { file: string; seg: Segment }[]): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const { file, seg } of entries) {
		const id = seg.properties.id;
		const first = seen.get(id);
		if (first)
			problems.push({ file, id, check: 'unique-id', message: `id repeats (first used in ${first})` });
		else seen.set(id, file);
	}
	return problems;
}
