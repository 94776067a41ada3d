// The boxes town names take on screen, so that state and unit names can be placed where they leave
// the towns' names room: MapLibre would otherwise drop one of the two when they collide.
import type { Position } from 'geojson';
import { pxPerDegree, type Box } from './clearance';
import { anchorBox, type Anchor } from '../../../src/lib/map/layers/label-anchors';
import { ANCHOR_DISTANCES } from '../../../src/lib/map/layers/label-anchors';
import { textWidthPx } from './clearance';

export interface PlacedTown {
	at: Position;
	name: string;
	sizePx: number;
	labelzoom: number;
	anchor: Anchor;
	/** Index into ANCHOR_DISTANCES. */
	far: number;
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export class TownBoxes {
	constructor(private towns: PlacedTown[]) {}

	/** True when `box` around `p` overlaps a town's name or dot at zoom z or the next two: a label
	 *  point stays from its own zoom on, and towns named a little later must find it out of their way. */
	hits(p: Position, box: Box, z: number): boolean {
		for (let zz = z; zz <= Math.min(z + 2, 10); zz++) if (this.hitsAt(p, box, zz)) return true;
		return false;
	}

	/** The same at zoom z alone: for a label shown at that zoom only. */
	hitsAt(p: Position, box: Box, z: number): boolean {
		const k = pxPerDegree(z);
		const ky = k / Math.cos((p[1]! * Math.PI) / 180);
		for (const t of this.towns) {
			if (t.labelzoom > z) continue;
			const dx = (t.at[0]! - p[0]!) * k;
			const dy = (p[1]! - t.at[1]!) * ky;
			// Far away on screen: cannot touch.
			if (Math.abs(dx) > 400 || Math.abs(dy) > 200) continue;
			const own = anchorBox(t.anchor, textWidthPx(t.name, t.sizePx), t.sizePx, ANCHOR_DISTANCES[t.far]);
			const moved: Box = [own[0] + dx, own[1] + dy, own[2] + dx, own[3] + dy];
			const dot: Box = [dx - 4, dy - 4, dx + 4, dy + 4];
			if (overlap(box, moved) || overlap(box, dot)) return true;
		}
		return false;
	}
}
