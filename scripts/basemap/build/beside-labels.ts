// Small states named at the zooms where no point inside them is clear (Georgia, Armenia and Azerbaijan
// when zoomed out): as atlases do, the name goes over or beside the state rather than nowhere. Each such
// zoom gets its own point, shown at that zoom only (`maxzoom`, exclusive): one of a few positions around
// the state's pole, chosen for all neighbours together so that no name overlaps another or the names
// already shown there (other states', the towns'), and MapLibre drops none of them.
import type { Position } from 'geojson';
import { pxPerDegree, worldPx, type Box } from './clearance';
import type { Leader } from './leader-lines';

export interface SmallState {
	name: string;
	pole: Position;
	/** The first zoom at which the state has a point inside its outline. */
	fitsFrom: number;
}

export interface ShownName {
	name: string;
	at: Position;
	minzoom: number;
	maxzoom?: number;
	/** The line from a name set off its state to the state (state-labels.ts adds it). */
	leader?: Leader;
}

export interface BesideOptions {
	minZoom: number;
	/** The label's box around its anchor at zoom z, px (y down). */
	box: (name: string, z: number) => Box;
	/** Whether a box at p, zoom z, touches a town's name. */
	hitsTown: (p: Position, box: Box, z: number) => boolean;
}

/** Room kept between two names, px (the style's text-padding and a little more). */
const GAP = 6;

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Where to try the name: over the pole, half or a whole name's width to either side, a line above or
 *  below (also shifted by half or a whole width), two lines above or below. */
function offsets([l, t, r, b]: Box): [number, number][] {
	const [dx, dy] = [(r - l) / 2 + GAP * 2, b - t + GAP];
	const across = [0, dx / 2, -dx / 2, dx, -dx];
	return [
		...across.map((x): [number, number] => [x, 0]),
		...across.flatMap((x): [number, number][] => [
			[x, -dy],
			[x, dy]
		]),
		[0, -2 * dy],
		[0, 2 * dy]
	];
}

export function besideLabels(small: SmallState[], shown: ShownName[], o: BesideOptions): ShownName[] {
	const out: ShownName[] = [];
	const last = Math.max(...small.map((s) => s.fitsFrom - 1));
	for (let z = o.minZoom; z <= last; z++) {
		const k = pxPerDegree(z);
		const here = (n: ShownName) => n.minzoom <= z && (n.maxzoom ?? Infinity) > z;
		// The names on screen at this zoom, as boxes in px on the world (one scale for all latitudes put
		// Georgia's name at zoom 2 10 px further from Azerbaijan's than the map does, and the map dropped it).
		const px = (p: Position) => worldPx(p, z);
		/** The room a name's box takes at p, with the gap kept around it. */
		const room = (p: Position, b: Box): Box => {
			const [x, y] = px(p);
			return [x + b[0] - GAP, y + b[1] - GAP, x + b[2] + GAP, y + b[3] + GAP];
		};
		const taken: Box[] = [...shown, ...out].filter(here).map((n) => room(n.at, o.box(n.name, z)));
		const placing = small
			.filter((s) => z < s.fitsFrom)
			.map((s) => {
				const box = o.box(s.name, z);
				const ky = k / Math.cos((s.pole[1]! * Math.PI) / 180);
				const offs = offsets(box);
				const tries = offs.map(([dx, dy]) => [s.pole[0]! + dx / k, s.pole[1]! - dy / ky] as Position);
				return { s, box, tries, offsets: offs };
			});
		const clear = (p: Position, box: Box, others: Box[]) => {
			const [x, y] = px(p);
			return !others.some((t) => overlap(t, [x + box[0], y + box[1], x + box[2], y + box[3]]));
		};
		// Neighbours are placed together: of the sets of places where no name overlaps another (and clear
		// of the towns' names too, if possible), the one whose names lie nearest their states in all.
		// Near its own state comes before clear of the routes: a name far from its state misleads, and
		// the halo keeps it legible over a route.
		const search = (townsToo: boolean): Position[] | null => {
			const best = { cost: Infinity, places: null as Position[] | null };
			const step = (i: number, others: Box[], places: Position[], cost: number) => {
				if (cost >= best.cost) return;
				const n = placing[i];
				if (!n) {
					best.cost = cost;
					best.places = places;
					return;
				}
				n.tries.forEach((p, t) => {
					if (!clear(p, n.box, others) || (townsToo && o.hitsTown(p, n.box, z))) return;
					const [dx, dy] = n.offsets[t]!;
					step(i + 1, [...others, room(p, n.box)], [...places, p], cost + Math.hypot(dx, dy));
				});
			};
			step(0, taken, [], 0);
			return best.places;
		};
		// Where no such set exists, each takes its first free place in turn, or else its own pole.
		const oneByOne = () =>
			placing.map((n) => {
				const at = n.tries.find((p) => clear(p, n.box, taken)) ?? n.tries[0]!;
				taken.push(room(at, n.box));
				return at;
			});
		const places = search(true) ?? search(false) ?? oneByOne();
		placing.forEach((n, i) =>
			out.push({
				name: n.s.name,
				at: places[i]!.map((v) => Math.round(v * 1000) / 1000),
				minzoom: z,
				maxzoom: z + 1
			})
		);
	}
	return out;
}
