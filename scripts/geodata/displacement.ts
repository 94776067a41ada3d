// How far each segment moved against an earlier version of the geodata, for the changelog.
//
//   npx tsx scripts/geodata/displacement.ts <commit>     (e.g. b59102f, the geometry of 1.4.0)
//
// For every point of the new line: its distance to the old line (median and largest); and for every
// point of the old line its distance to the new one (largest), which catches stretches that moved
// away from where the new line has few points. Prints one changelog line per segment.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineString, MultiLineString, Position } from 'geojson';
import { lineString, pointToLineDistance } from '@turf/turf';

interface SegmentGeometry {
	id: string;
	name: string;
	geometry: LineString | MultiLineString;
}

function segments(json: string): SegmentGeometry[] {
	const fc = JSON.parse(json) as {
		features: { properties: { id: string; name: string }; geometry: LineString | MultiLineString }[];
	};
	return fc.features.map((f) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry }));
}

function parts(g: LineString | MultiLineString): Position[][] {
	return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Distance (km) from each point of `from` to the nearest part of `to`. */
export function distancesTo(from: LineString | MultiLineString, to: LineString | MultiLineString): number[] {
	const targets = parts(to).map((c) => lineString(c));
	return parts(from)
		.flat()
		.map((p) => Math.min(...targets.map((t) => pointToLineDistance(p, t, { units: 'kilometers' }))));
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length / 2;
	return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Displacement {
	id: string;
	name: string;
	medianKm: number;
	maxKm: number;
	reverseMaxKm: number;
}

export function displacement(oldG: SegmentGeometry, newG: SegmentGeometry): Displacement {
	const forward = distancesTo(newG.geometry, oldG.geometry);
	const reverse = distancesTo(oldG.geometry, newG.geometry);
	const r = (v: number) => Math.round(v * 10) / 10;
	return {
		id: newG.id,
		name: newG.name,
		medianKm: r(median(forward)),
		maxKm: r(Math.max(...forward)),
		reverseMaxKm: r(Math.max(...reverse))
	};
}

function main() {
	const commit = process.argv[2];
	if (!commit) throw new Error('usage: displacement.ts <commit>');
	const dir = 'geodata/corridors';
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson'))) {
		const now = segments(readFileSync(join(dir, file), 'utf8'));
		const before = segments(
			execFileSync('git', ['show', `${commit}:${dir}/${file}`], { encoding: 'utf8', maxBuffer: 1 << 28 })
		);
		for (const seg of now) {
			const old = before.find((s) => s.id === seg.id);
			if (!old) {
				console.log(`- ${seg.name} (\`${seg.id}\`): new`);
				continue;
			}
			const d = displacement(old, seg);
			console.log(
				`- ${d.name} (\`${d.id}\`): points moved a median ${d.medianKm} km, at most ${d.maxKm} km; ` +
					`the old line lies at most ${d.reverseMaxKm} km from the new`
			);
		}
	}
}

if (process.argv[1]?.endsWith('displacement.ts')) main();
