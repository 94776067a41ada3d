// Copies the committed relief tiles (geodata/basemap/relief, zooms 2–5) into the site, and writes a
// transparent tile wherever the derive step left none (sea, flat land) inside the basemap's extent, so
// the map never asks for a tile that is not there.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { BASEMAP_EXTENT } from '../../../src/lib/region';
import { tilesOfBox } from './write-tiles';

export const RELIEF_ZOOMS = { min: 2, max: 5 } as const;

export function writeRelief(from: string, to: string): { copied: number; empty: number } {
	rmSync(to, { recursive: true, force: true });
	const empty = PNG.sync.write(new PNG({ width: 1, height: 1 }));
	let [copied, blank] = [0, 0];
	for (let z = RELIEF_ZOOMS.min; z <= RELIEF_ZOOMS.max; z++) {
		// Relief tiles are 256 px: tile zoom z covers what a 512-px tile of zoom z − 1 does.
		const r = tilesOfBox(BASEMAP_EXTENT, z);
		for (let x = r.x[0]; x <= r.x[1]; x++)
			for (let y = r.y[0]; y <= r.y[1]; y++) {
				mkdirSync(join(to, `${z}`, `${x}`), { recursive: true });
				const src = join(from, `${z}`, `${x}`, `${y}.png`);
				const dst = join(to, `${z}`, `${x}`, `${y}.png`);
				if (existsSync(src)) {
					copyFileSync(src, dst);
					copied++;
				} else {
					writeFileSync(dst, empty);
					blank++;
				}
			}
	}
	return { copied, empty: blank };
}
