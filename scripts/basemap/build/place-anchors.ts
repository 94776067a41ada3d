// Which side of its dot a town's name goes: the first side, in order of preference, whose box clears
// every route line from the zoom the town is named at; where none does, the side that clears soonest,
// and the name waits until that zoom (the dot shows from the town's own zoom).
import type { Position } from 'geojson';
import { anchorBox, ANCHOR_DISTANCES, ANCHORS, type Anchor } from '../../../src/lib/map/layers/label-anchors';
import { type CorridorIndex, textWidthPx } from './clearance';

export type { Anchor };

export function chooseAnchor(
	at: Position,
	text: string,
	sizePx: number,
	minzoom: number,
	maxzoom: number,
	routes: CorridorIndex
): { anchor: Anchor; far: number; labelzoom: number } {
	// `far` is returned as an index into ANCHOR_DISTANCES.
	const w = textWidthPx(text, sizePx);
	// Letters fill about the font size in height: the rest of the line box is air.
	const h = sizePx;
	let best: { anchor: Anchor; far: number; labelzoom: number } = {
		anchor: 'left',
		far: 1,
		labelzoom: Infinity
	};
	for (const [farIndex, far] of ANCHOR_DISTANCES.entries())
		for (const anchor of ANCHORS) {
			const box = anchorBox(anchor, w, h, far);
			// The first zoom from which this side stays clear all the way in.
			let from = maxzoom + 1;
			for (let z = maxzoom; z >= minzoom; z--) {
				if (routes.hits(at, box, z)) break;
				from = z;
			}
			if (from < best.labelzoom) best = { anchor, far: farIndex, labelzoom: from };
			if (from === minzoom) return best;
		}
	return best;
}
