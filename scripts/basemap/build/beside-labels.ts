// Small states named at the zooms where no label fits inside their outline (Georgia, Armenia and
// Azerbaijan below zoom ~4): as atlases do, the name goes over or beside the state rather than nowhere.
// Each such zoom gets its own point, shown at that zoom only (`maxzoom`, exclusive): the first of a few
// positions around the state's pole whose label keeps clear of the names already shown there (other
// states', the towns'). Neighbours are placed one after another, so
// their names do not collide and MapLibre drops none of them.
import type { Position } from 'geojson';
import { pxPerDegree, type Box } from './clearance';

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

/** Where to try the name, in order: over the pole, then to either side, above, below, at the corners. */
function offsets([l, t, r, b]: Box): [number, number][] {
	const [dx, dy] = [(r - l) / 2 + GAP * 2, b - t + GAP];
	return [
		[0, 0],
		[dx, 0],
		[-dx, 0],
		[0, -dy],
		[0, dy],
		[dx, -dy],
		[-dx, -dy],
		[dx, dy],
		[-dx, dy],
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
		// The names on screen at this zoom, as boxes in px from a common origin (0°, 0°).
		const px = (p: Position): [number, number] => {
			const ky = k / Math.cos((p[1]! * Math.PI) / 180);
			return [p[0]! * k, -p[1]! * ky];
		};
		/** The room a name's box takes at p, with the gap kept around it. */
		const room = (p: Position, b: Box): Box => {
			const [x, y] = px(p);
			return [x + b[0] - GAP, y + b[1] - GAP, x + b[2] + GAP, y + b[3] + GAP];
		};
		const taken: Box[] = [...shown, ...out].filter(here).map((n) => room(n.at, o.box(n.name, z)));
		for (const s of small) {
			if (z >= s.fitsFrom) continue;
			const box = o.box(s.name, z);
			const ky = k / Math.cos((s.pole[1]! * Math.PI) / 180);
			const tries = offsets(box).map(([dx, dy]) => [s.pole[0]! + dx / k, s.pole[1]! - dy / ky] as Position);
			const free = (p: Position) => {
				const [x, y] = px(p);
				return !taken.some((t) => overlap(t, [x + box[0], y + box[1], x + box[2], y + box[3]]));
			};
			// Near its own state before clear of the routes: a name far from its state misleads, and the
			// halo keeps it legible over a route.
			const at = tries.find((p) => free(p) && !o.hitsTown(p, box, z)) ?? tries.find(free) ?? tries[0]!;
			taken.push(room(at, box));
			out.push({ name: s.name, at: at.map((v) => Math.round(v * 1000) / 1000), minzoom: z, maxzoom: z + 1 });
		}
	}
	return out;
}
