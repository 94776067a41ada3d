// Reads the ETOPO5 extract (extract/40-dem.sh: Int16 metres, 1/12° cells, grid-line registered from
// lon -25, lat 66) through gdal_translate into memory, for range positions derived from the relief.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';

export interface Dem {
	at(lon: number, lat: number): number;
	/** Cells in a box whose height passes `keep`. */
	cells(box: [number, number, number, number], keep: (m: number) => boolean): Position[];
}

const STEP = 1 / 12;
const WEST = -25;
const NORTH = 66;

export function readDem(tif: string): Dem {
	const dir = mkdtempSync(join(tmpdir(), 'dem-'));
	const raw = join(dir, 'dem.bin');
	execFileSync('gdal_translate', ['-q', '-of', 'ENVI', '-ot', 'Int16', tif, raw]);
	const buf = readFileSync(raw);
	const info = execFileSync('gdalinfo', ['-json', tif], { encoding: 'utf8' });
	const [w, h] = (JSON.parse(info) as { size: [number, number] }).size;
	const data = new Int16Array(buf.buffer, buf.byteOffset, w * h);
	const at = (lon: number, lat: number) => {
		const c = Math.round((lon - WEST) / STEP);
		const r = Math.round((NORTH - lat) / STEP);
		return c < 0 || r < 0 || c >= w || r >= h ? NaN : data[r * w + c]!;
	};
	return {
		at,
		cells([west, south, east, north], keep) {
			const out: Position[] = [];
			for (let lat = Math.ceil(south / STEP) * STEP; lat <= north; lat += STEP)
				for (let lon = Math.ceil(west / STEP) * STEP; lon <= east; lon += STEP)
					if (keep(at(lon, lat))) out.push([lon, lat]);
			return out;
		}
	};
}

/** The mean position of some cells (cos-lat weighting is not needed over a few degrees). */
export function centre(cells: Position[]): Position {
	const n = cells.length;
	if (n === 0) throw new Error('dem: no cells to centre');
	return [cells.reduce((s, c) => s + c[0]!, 0) / n, cells.reduce((s, c) => s + c[1]!, 0) / n];
}

/** The principal axis of some cells, between its 10th and 90th percentiles: a range's crest line. */
export function axis(cells: Position[]): Position[] {
	const [cx, cy] = centre(cells) as [number, number];
	const k = Math.cos((cy * Math.PI) / 180);
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (const [x, y] of cells) {
		const dx = (x! - cx) * k;
		const dy = y! - cy;
		sxx += dx * dx;
		sxy += dx * dy;
		syy += dy * dy;
	}
	const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
	const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
	const ts = cells.map(([x, y]) => (x! - cx) * k * ux + (y! - cy) * uy).sort((a, b) => a - b);
	const t0 = ts[Math.floor(ts.length * 0.1)]!;
	const t1 = ts[Math.floor(ts.length * 0.9)]!;
	// West to east (or south to north), so text along the line reads upright.
	const ends = [t0, t1].map((t) => [cx + (ux * t) / k, cy + uy * t]);
	return ends.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
}
