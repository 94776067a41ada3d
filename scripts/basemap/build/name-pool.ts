// The pool of points the map may name a state at when none of the state's fixed label points is in
// view (a phone zoomed in, a view at the edge of a state): a regular grid, about `stepPx` apart on
// screen at each zoom, of points where the state's name fits inside its outline and keeps clear of
// routes and town names. Each point also says which sides the name may hang from it by (`fit`, see
// name-anchors.ts), for a point near the map's edge. The map picks one point per unnamed state from
// those in view at run time (src/lib/map/state-names.ts); nothing here is drawn as it is.
import type { Feature, Position } from 'geojson';
import { inRect, PointIndex, densify, roundTo, type Line, type Rect } from '../geo';
import { pxPerDegree } from './clearance';
import { bbox, insidePolygons, kmPerPx } from './label-candidates';
import { anchorShift, NAME_ANCHORS } from '../../../src/lib/map/name-anchors';

export interface NamedState {
	name: string;
	polygons: Position[][][];
}

export interface PoolOptions {
	/** Least distance from the state's outline, px at the point's zoom. */
	marginPx: number;
	/** Each zoom's grid: the box it covers, its step on screen (px), and where in the box it is made
	 *  (everywhere when not given). */
	zooms: { zoom: number; box: Rect; stepPx: number; where?: (p: Position) => boolean }[];
	/** The name's box at this point touches no route and no town name drawn at this zoom. */
	clear: (name: string, p: Position, z: number) => boolean;
	/** The last zoom a point's name is checked at (towns named later are checked up to it). */
	maxZoom: number;
	/** Half the name's box at this zoom, px: how far a name hung by one side moves its middle. */
	halfBox: (name: string, z: number) => [number, number];
}

/** Grid rows are closer in latitude than columns in longitude, so cells are about square on screen
 *  around 40°N, the story's latitude. */
const ROW_RATIO = Math.cos((40 * Math.PI) / 180);

/** Points with an id, `{ name, pz, zx?, fit? }`: the state, the first zoom at which its name fits there,
 *  the first zoom at which it no longer does (a town named from then on is in its way; left out when
 *  none up to the last zoom), and the sides it may hang by (bits of NAME_ANCHORS; left out when none). A
 *  point kept at one zoom is not repeated where a later grid meets it (one that halves the last one's). */
export function namePool(states: NamedState[], opts: PoolOptions): Feature[] {
	const shapes = states.map((s) => ({
		...s,
		box: bbox(s.polygons) as Rect,
		edge: new PointIndex(0.1).add(s.polygons.flat().flatMap((r: Line) => densify(r, 1)))
	}));
	type Shape = (typeof shapes)[number];
	/** The name's middle at q fits: inside the state, the margin from its outline, clear of the rest. */
	const fitsAt = (s: Shape, q: Position, z: number) =>
		insidePolygons(q, s.polygons) &&
		s.edge.nearestKm(q, opts.marginPx * kmPerPx(z, q[1]!)) === Infinity &&
		opts.clear(s.name, q, z);
	/** Which sides the name may hang from p by: its middle moved by half its box, as the map moves it. */
	const sidesAt = (s: Shape, p: Position, z: number) => {
		const [hw, hh] = opts.halfBox(s.name, z);
		const k = pxPerDegree(z);
		return NAME_ANCHORS.reduce((fit, a, i) => {
			const [sx, sy] = anchorShift(a);
			// y is down on screen; a degree of latitude is 1 / cos(lat) as long as one of longitude.
			const q = [p[0]! + (sx * hw) / k, p[1]! - (sy * hh * Math.cos((p[1]! * Math.PI) / 180)) / k];
			return fitsAt(s, q, z) ? fit | (1 << i) : fit;
		}, 0);
	};
	const kept = new Set<string>();
	const out: Feature[] = [];
	for (const { zoom: z, box, stepPx, where } of opts.zooms) {
		const dx = stepPx / pxPerDegree(z);
		const dy = dx * ROW_RATIO;
		for (let i = Math.ceil(box[0] / dx); i * dx <= box[2]; i++)
			for (let j = Math.ceil(box[1] / dy); j * dy <= box[3]; j++) {
				const p: Position = [roundTo(i * dx, 4), roundTo(j * dy, 4)];
				const key = `${p[0]}:${p[1]}`;
				if (kept.has(key) || (where && !where(p))) continue;
				const s = shapes.find((st) => inRect(p, st.box) && insidePolygons(p, st.polygons));
				if (!s || !fitsAt(s, p, z)) continue;
				const fit = sidesAt(s, p, z);
				let zx = z + 1;
				while (zx <= opts.maxZoom && fitsAt(s, p, zx)) zx++;
				kept.add(key);
				out.push({
					type: 'Feature',
					// The map keeps a name at the same point while it stays in view: it knows the point by id.
					id: out.length + 1,
					properties: {
						name: s.name,
						pz: z,
						...(zx <= opts.maxZoom ? { zx } : {}),
						...(fit ? { fit } : {})
					},
					geometry: { type: 'Point', coordinates: p }
				});
			}
	}
	return out;
}
