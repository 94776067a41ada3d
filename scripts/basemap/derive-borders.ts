// Fine national borders for the detail zone, from the Digital Chart of the World as GMT ships it
// (Debian gmt-dcw): the same polygons the corridors were drawn and checked against, so TRIPP, drawn
// 0.35 km inside Armenia along the Araks, stays inside Armenia on the map too. DCW has one polygon per
// country and no shared edges: a border is where one country's outline runs within EPS_KM of a
// neighbour's. Each border is taken once, from the country first in PRIORITY (Armenia, whose outline the
// TRIPP check used, then Azerbaijan …). DCW-GMT 2.1.1 leaves Nakhchivan west of 45°E in no country; the
// borders there come from Natural Earth. Stretches that follow a river carry the river's name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, MultiLineString } from 'geojson';
import { DETAIL_BOX } from '../../src/lib/region';
import {
	densify,
	distKm,
	inRect,
	PointIndex,
	roundLine,
	runsWhere,
	simplifyLine,
	type Line,
	type Rect
} from './geo';

/** Countries in or next to the detail zone, in the order whose outline wins a shared border. */
const PRIORITY = ['AM', 'AZ', 'GE', 'TR', 'IR', 'RU', 'SY', 'IQ'] as const;
/** Two outlines closer than this are one border (DCW's own neighbours differ by up to ~0.3 km). */
const EPS_KM = 0.6;
/** The dump's box: the zone and a margin, so the cut of the dump never reads as a border. */
const MARGIN = 1;
/** Where DCW-GMT 2.1.1 leaves Nakhchivan in no country, with a margin for the borders around it. */
const NAKHCHIVAN_GAP: Rect = [44.7, 39.25, 45.08, 39.9];

export type BorderFeature = Feature<MultiLineString, { pair: string; source: 'dcw' | 'ne'; river?: string }>;

function dumpDcw(): Map<string, Line[]> {
	const [w, s, e, n] = DETAIL_BOX;
	const dir = mkdtempSync(join(tmpdir(), 'gmt-'));
	const text = execFileSync(
		'gmt',
		['coast', `-E${PRIORITY.join(',')}+z`, '-M', `-R${w - MARGIN}/${e + MARGIN}/${s - MARGIN}/${n + MARGIN}`],
		{ env: { ...process.env, GMT_USERDIR: dir, GMT_TMPDIR: dir }, maxBuffer: 1 << 28, encoding: 'utf8' }
	);
	const rings = new Map<string, Line[]>();
	let cur: Line | null = null;
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) {
			const code = /-Z(\w\w)/.exec(line)?.[1];
			if (!code) throw new Error(`derive-borders: no country code in "${line}"`);
			cur = [];
			rings.set(code, [...(rings.get(code) ?? []), cur]);
		} else if (line.trim() && cur) {
			const [x, y] = line.split(/\s+/).map(Number);
			cur.push([x!, y!]);
		}
	}
	return rings;
}

/** Border lines of the detail zone; `neBorders` fills where DCW has no country. */
export function deriveFineBorders(
	neBorders: Line[],
	rivers: { name: string; line: Line }[]
): BorderFeature[] {
	const rings = dumpDcw();
	const [w, s, e, n] = DETAIL_BOX;
	const zone: Rect = [w - 0.2, s - 0.2, e + 0.2, n + 0.2];
	const dump: Rect = [w - MARGIN + 0.05, s - MARGIN + 0.05, e + MARGIN - 0.05, n + MARGIN - 0.05];
	const index = new Map(
		PRIORITY.map((c) => [c, new PointIndex(0.02).add((rings.get(c) ?? []).flatMap((r) => densify(r, 0.1)))])
	);
	const out: BorderFeature[] = [];
	const fine = new PointIndex(0.02);
	PRIORITY.forEach((a, i) => {
		for (const b of PRIORITY.slice(i + 1)) {
			const other = index.get(b)!;
			const runs = (rings.get(a) ?? []).flatMap((r) =>
				runsWhere(
					densify(r, 0.1),
					(p) => inRect(p, dump) && inRect(p, zone) && other.nearestKm(p, EPS_KM) < EPS_KM
				)
			);
			if (runs.length === 0) continue;
			const lines = runs.map((l) => roundLine(simplifyLine(l, 0.02), 4)).filter((l) => l.length >= 2);
			fine.add(lines.flatMap((l) => densify(l, 0.2)));
			out.push(feature(`${a}-${b}`, 'dcw', lines));
		}
	});
	// Natural Earth where DCW draws no border, that is in DCW's Nakhchivan gap (Sharur and Sadarak, west
	// of 45°E): its lines there more than 4 km from every DCW border, in runs long enough to be a
	// border of their own. Elsewhere the two sources only part by a few km, and DCW is the one drawn.
	const fill = neBorders
		.flatMap((l) =>
			runsWhere(densify(l, 0.2), (p) => inRect(p, NAKHCHIVAN_GAP) && fine.nearestKm(p, 4) === Infinity)
		)
		.filter((l) => lengthKm(l) >= 5)
		.map((l) => roundLine(simplifyLine(l, 0.05), 4))
		.filter((l) => l.length >= 2);
	if (fill.length) out.push(feature('natural-earth', 'ne', fill));
	return splitRiverStretches(out, rivers);
}

function feature(pair: string, source: 'dcw' | 'ne', lines: Line[]): BorderFeature {
	return {
		type: 'Feature',
		properties: { pair, source },
		geometry: { type: 'MultiLineString', coordinates: lines }
	};
}

/** Natural Earth's river lines lie within a few km of the border rivers they follow. */
const RIVER_KM = 3;
const MIN_WET_KM = 4;
const AKHURIAN = 'Akhurian (Arpaçay)';
/** Rivers that are borders here; others only run near one for a while. */
const BORDER_RIVERS = new Set(['Araks', AKHURIAN, 'Alazani', 'Samur', 'Kura', 'Dicle']);

const lengthKm = (l: Line) => l.slice(1).reduce((sum, p, i) => sum + distKm(l[i]!, p), 0);

/** Border stretches along a named river become their own features carrying that name. */
function splitRiverStretches(
	borders: BorderFeature[],
	rivers: { name: string; line: Line }[]
): BorderFeature[] {
	const byName = new Map<string, PointIndex>();
	for (const r of rivers) {
		if (!BORDER_RIVERS.has(r.name)) continue;
		const idx = byName.get(r.name) ?? new PointIndex(0.05);
		byName.set(r.name, idx.add(densify(r.line, 0.3)));
	}
	const nearRiver = (p: number[], pair: string) => {
		// The Armenia–Türkiye border follows the Akhurian (Arpaçay) from the Araks up to Lake Arpi, a
		// course Natural Earth draws under that name only in part.
		if (pair === 'AM-TR' && p[1]! > 40.12 && p[1]! < 41.05) return AKHURIAN;
		for (const [name, idx] of byName) if (idx.nearestKm(p, RIVER_KM) < RIVER_KM) return name;
		return null;
	};
	const out: BorderFeature[] = [];
	for (const f of borders) {
		const dry: Line[] = [];
		const wet = new Map<string, Line[]>();
		for (const line of f.geometry.coordinates) {
			let run: Line = [line[0]!];
			let name = nearRiver(line[0]!, f.properties.pair);
			const put = (l: Line, river: string | null) =>
				// A border that only crosses a river is not a river border: a wet run must be long.
				(river && lengthKm(l) >= MIN_WET_KM ? (wet.get(river) ?? wet.set(river, []).get(river)!) : dry).push(
					l
				);
			for (const p of line.slice(1)) {
				const here = nearRiver(p, f.properties.pair);
				run.push(p);
				if (here !== name) {
					put(run, name);
					run = [p];
					name = here;
				}
			}
			put(run, name);
		}
		const keep = (ls: Line[]) => ls.filter((l) => l.length >= 2);
		if (keep(dry).length) out.push({ ...f, geometry: { type: 'MultiLineString', coordinates: keep(dry) } });
		for (const [river, ls] of wet)
			if (keep(ls).length)
				out.push({
					...f,
					properties: { ...f.properties, river },
					geometry: { type: 'MultiLineString', coordinates: keep(ls) }
				});
	}
	return out;
}
