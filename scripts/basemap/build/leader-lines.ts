// A small state's name set beside the state and off it (Armenia's at zoom 2 lies two lines above,
// over Russia's North Caucasus) gets a thin line from the name to the state's middle, as atlases do,
// so that no reader takes the name for the land under it.
import type { Position } from 'geojson';
import { worldPx, type Box } from './clearance';

export interface Leader {
	line: Position[];
	/** The zooms it is drawn at: [minzoom, maxzoom). */
	minzoom: number;
	maxzoom: number;
}

/** Gap between the name's box and the line, and between the line and the state's middle, px. */
const GAP_PX = 3;
/** The name's box is kept this much clear above and below its letters (collision room): the line
 *  starts at the letters. */
const INSET_Y_PX = 4;
/** A line shorter than this would only touch the name: the name is by its state already. */
const MIN_PX = 8;
/** One line serves a whole zoom (the map's filters read a tile's whole zoom): it is computed at the
 *  middle, so the name, which keeps its size in px as the map grows under it, stays 1–6 px from it. */
const MIDDLE = 0.5;

/** The point at world px (x, y) at zoom z: the inverse of `worldPx`. */
function fromWorldPx([x, y]: [number, number], z: number): Position {
	const k = (512 * 2 ** z) / 360;
	const lat = (Math.atan(Math.sinh((-y * Math.PI) / (k * 180))) * 180) / Math.PI;
	return [Math.round((x / k) * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

/** Where the name's middle line is sampled to tell whether the name lies over its state. */
const SAMPLES = [0, 0.25, 0.5, 0.75, 1];

export interface LeaderState {
	/** The state's middle (its pole of inaccessibility). */
	pole: Position;
	/** Whether a point lies in the state. */
	inside: (p: Position) => boolean;
}

/** The line from the name's box (`box` around `at`) to its state's middle, for the zooms [z, z + 1), or
 *  none where most of the name lies over the state, or the name touches the middle. */
export function leaderLine(
	at: Position,
	box: (z: number) => Box,
	state: LeaderState,
	z: number
): Leader | null {
	const mid = z + MIDDLE;
	const [ax, ay] = worldPx(at, mid);
	const [px, py] = worldPx(state.pole, mid);
	const [l, top, r, bottom] = box(mid);
	const over = SAMPLES.filter((f) => state.inside(fromWorldPx([ax + l + f * (r - l), ay], mid)));
	if (over.length > SAMPLES.length / 2) return null;
	const [t, b] = [top + INSET_Y_PX, bottom - INSET_Y_PX];
	// The nearest point of the name's letters to the state's middle.
	const qx = Math.min(ax + r, Math.max(ax + l, px));
	const qy = Math.min(ay + b, Math.max(ay + t, py));
	const len = Math.hypot(px - qx, py - qy);
	if (len < MIN_PX) return null;
	const [ux, uy] = [(px - qx) / len, (py - qy) / len];
	return {
		line: [
			fromWorldPx([qx + ux * GAP_PX, qy + uy * GAP_PX], mid),
			fromWorldPx([px - ux * GAP_PX, py - uy * GAP_PX], mid)
		],
		minzoom: z,
		maxzoom: z + 1
	};
}
