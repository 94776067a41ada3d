// Derives geodata/borders/dcw-countries.geojson: country polygons from the Digital Chart of the World
// (DCW-GMT, Debian package gmt-dcw), clipped to the 0.5° cells around the corridor lines, for the
// country checks. Natural Earth 10m stays the basemap; it is too coarse (1–5 km) where lines follow
// borders. Needs `gmt` with the DCW data; the output is committed, so a build needs neither.
//
//   apt-get install gmt gmt-dcw && npx tsx scripts/geodata/derive-borders.ts
//
// DCW-GMT 2.1.1 ends its Azerbaijan polygon at 45°E, leaving out the part of Nakhchivan west of that
// meridian (Sharur and Sadarak); that piece is filled from Natural Earth 10m and marked as such.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MultiPolygon, Position } from 'geojson';
import { booleanPointInPolygon, polygon } from '@turf/turf';
import { loadCountries } from './country-index';
import { pointsAlong, type LineGeometry } from './geometry';

export const CELL_DEG = 0.5;
const OUT = 'geodata/borders/dcw-countries.geojson';

/** ISO 3166-1 alpha-2 (DCW's codes) → alpha-3, for the countries near the corridors. */
const A2_TO_A3: Record<string, string> = {
	AZ: 'AZE',
	AM: 'ARM',
	GE: 'GEO',
	TR: 'TUR',
	IR: 'IRN',
	KZ: 'KAZ',
	CN: 'CHN',
	GR: 'GRC',
	AL: 'ALB',
	IT: 'ITA',
	BG: 'BGR',
	RU: 'RUS',
	TM: 'TKM',
	UZ: 'UZB',
	KG: 'KGZ',
	MK: 'MKD',
	RS: 'SRB',
	RO: 'ROU',
	UA: 'UKR',
	CY: 'CYP',
	SY: 'SYR',
	IQ: 'IRQ',
	TJ: 'TJK',
	ME: 'MNE',
	XK: 'XKX',
	BA: 'BIH',
	HR: 'HRV',
	MD: 'MDA',
	MN: 'MNG'
};

type Ring = Position[];

/** The cells (keys "lon,lat" of their south-west corner) within one cell of any corridor line. */
export function corridorCells(geodataRoot: string): Set<string> {
	const cells = new Set<string>();
	const dir = join(geodataRoot, 'corridors');
	for (const f of readdirSync(dir).filter((n) => n.endsWith('.geojson'))) {
		const fc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { features: { geometry: LineGeometry }[] };
		for (const feat of fc.features) {
			for (const [lon, lat] of pointsAlong(feat.geometry, 2)) {
				const cx = Math.floor(lon! / CELL_DEG);
				const cy = Math.floor(lat! / CELL_DEG);
				for (let dx = -1; dx <= 1; dx++)
					for (let dy = -1; dy <= 1; dy++)
						cells.add(`${((cx + dx) * CELL_DEG).toFixed(1)},${((cy + dy) * CELL_DEG).toFixed(1)}`);
			}
		}
	}
	return cells;
}

/** DCW rings of one country, each flagged as a hole or not (GMT marks holes with -Ph). */
function dcwRings(a2: string): { hole: boolean; ring: Ring }[] {
	const out = execFileSync('gmt', ['coast', '-R-180/180/-90/90', `-E${a2}`, '-M'], {
		encoding: 'utf8',
		maxBuffer: 1 << 28,
		cwd: tmpdir() // gmt leaves a gmt.history file in its working directory
	});
	const rings: { hole: boolean; ring: Ring }[] = [];
	let cur: Ring | null = null;
	let hole = false;
	for (const line of out.split('\n')) {
		if (line.startsWith('>')) {
			if (cur && cur.length > 2) rings.push({ hole, ring: cur });
			cur = [];
			hole = line.includes('-Ph');
		} else if (line.trim() && cur) {
			const [x, y] = line.trim().split(/\s+/).map(Number);
			cur.push([x!, y!]);
		}
	}
	if (cur && cur.length > 2) rings.push({ hole, ring: cur });
	return rings;
}

/** Sutherland–Hodgman clip of a ring to an axis-aligned box [w, s, e, n]. */
export function clipRing(ring: Ring, [w, s, e, n]: [number, number, number, number]): Ring {
	const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => p[0]! >= w, (a, b) => [w, a[1]! + ((b[1]! - a[1]!) * (w - a[0]!)) / (b[0]! - a[0]!)]],
		[(p) => p[0]! <= e, (a, b) => [e, a[1]! + ((b[1]! - a[1]!) * (e - a[0]!)) / (b[0]! - a[0]!)]],
		[(p) => p[1]! >= s, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (s - a[1]!)) / (b[1]! - a[1]!), s]],
		[(p) => p[1]! <= n, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (n - a[1]!)) / (b[1]! - a[1]!), n]]
	];
	let pts = ring;
	for (const [inside, cut] of edges) {
		if (pts.length === 0) break;
		const next: Ring = [];
		for (let i = 0; i < pts.length; i++) {
			const a = pts[i]!;
			const b = pts[(i + 1) % pts.length]!;
			if (inside(a)) next.push(a);
			if (inside(a) !== inside(b)) next.push(cut(a, b));
		}
		pts = next;
	}
	return pts;
}

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

function closeRounded(ring: Ring): Ring | null {
	const out: Ring = [];
	for (const [x, y] of ring) {
		const p = [r5(x!), r5(y!)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	if (out.length < 3) return null;
	out.push([...out[0]!]);
	return out;
}

/** Clip a country's rings to the cells; holes go with the clipped outer ring that contains them. */
function clipToCells(rings: { hole: boolean; ring: Ring }[], cells: Set<string>): Position[][][] {
	const polys: Position[][][] = [];
	for (const key of cells) {
		const [w, s] = key.split(',').map(Number) as [number, number];
		const box: [number, number, number, number] = [w, s, w + CELL_DEG, s + CELL_DEG];
		const outers: Ring[] = [];
		const holes: Ring[] = [];
		for (const { hole, ring } of rings) {
			const c = closeRounded(clipRing(ring, box));
			if (c) (hole ? holes : outers).push(c);
		}
		const cellPolys = outers.map((o) => [o]);
		for (const h of holes) {
			const owner = cellPolys.find((p) => booleanPointInPolygon(h[0]!, polygon([p[0]!])));
			if (owner) owner.push(h);
		}
		polys.push(...cellPolys);
	}
	return polys;
}

function countryCodes(): string[] {
	const text = readFileSync('/usr/share/gmt/dcw/dcw-countries.txt', 'utf8');
	return text
		.split('\n')
		.filter((l) => /^(AS|EU) [A-Z]{2} /.test(l))
		.map((l) => l.split(' ')[1]!);
}

function bboxOf(rings: { ring: Ring }[]): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { ring } of rings)
		for (const [x, y] of ring) {
			w = Math.min(w, x!);
			e = Math.max(e, x!);
			s = Math.min(s, y!);
			n = Math.max(n, y!);
		}
	return [w, s, e, n];
}

function touchesCells([w, s, e, n]: [number, number, number, number], cells: Set<string>): boolean {
	for (const key of cells) {
		const [cw, cs] = key.split(',').map(Number) as [number, number];
		if (cw <= e && cw + CELL_DEG >= w && cs <= n && cs + CELL_DEG >= s) return true;
	}
	return false;
}

function main() {
	const cells = corridorCells('geodata');
	const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'gmt-dcw'], { encoding: 'utf8' });
	const features: unknown[] = [];
	for (const a2 of countryCodes()) {
		const rings = dcwRings(a2);
		if (rings.length === 0 || !touchesCells(bboxOf(rings), cells)) continue;
		const polys = clipToCells(rings, cells);
		if (polys.length === 0) continue;
		features.push({
			type: 'Feature',
			properties: { a3: A2_TO_A3[a2] ?? a2, source: 'DCW' },
			geometry: { type: 'MultiPolygon', coordinates: polys } satisfies MultiPolygon
		});
	}
	// Nakhchivan west of 45°E, missing from DCW-GMT 2.1.1: Natural Earth's polygon, cut at the meridian.
	const aze = loadCountries().find((c) => c.properties.a3 === 'AZE')!;
	const parts = aze.geometry.type === 'Polygon' ? [aze.geometry.coordinates] : aze.geometry.coordinates;
	const nakhchivanWest = parts
		.filter((p) => Math.min(...p[0]!.map((q) => q[0]!)) < 44.9)
		.map((p) => ({ hole: false, ring: clipRing(p[0]!, [-180, -90, 45, 90]) }));
	features.push({
		type: 'Feature',
		properties: { a3: 'AZE', source: 'Natural Earth 10m (Nakhchivan west of 45°E, missing from DCW-GMT)' },
		geometry: {
			type: 'MultiPolygon',
			coordinates: clipToCells(nakhchivanWest, cells)
		} satisfies MultiPolygon
	});
	const out = {
		type: 'FeatureCollection',
		provenance:
			`Digital Chart of the World country polygons from DCW-GMT (Debian package gmt-dcw ${version}), ` +
			`extracted with "gmt coast -E<code> -M" and clipped to the ${CELL_DEG}° cells within one cell of a ` +
			'corridor line; the part of Nakhchivan west of 45°E, which DCW-GMT 2.1.1 lacks, from Natural Earth 10m. ' +
			'Regenerate with: apt-get install gmt gmt-dcw && npx tsx scripts/geodata/derive-borders.ts',
		licence:
			'DCW-GMT: LGPL-3.0-or-later (the GMT team; the original Digital Chart of the World, US National ' +
			'Imagery and Mapping Agency, is public domain); Natural Earth: public domain',
		cellDeg: CELL_DEG,
		cells: [...cells].sort(),
		features
	};
	mkdirSync('geodata/borders', { recursive: true });
	writeFileSync(OUT, JSON.stringify(out) + '\n');
	console.log(`${OUT}: ${features.length} countries, ${cells.size} cells`);
}

if (process.argv[1]?.endsWith('derive-borders.ts')) main();
