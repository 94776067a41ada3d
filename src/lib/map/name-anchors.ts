// How an added state name may hang from its pool point: centred on it, or (where a centred name would be
// cut by the map's edge or covered by the page) with one side at the point, MapLibre's `text-anchor`.
// The build marks, for each pool point, which sides keep the name inside its state and clear of routes
// and towns (bit i of `fit` for NAME_ANCHORS[i]); the map uses only those. One list for both.
import { stateNameSize } from './layers/label-layers';

export const NAME_ANCHORS = ['left', 'right', 'top', 'bottom'] as const;
export type NameAnchor = 'center' | (typeof NAME_ANCHORS)[number];

/** Where the middle of a name so anchored lies from its point, in half-widths and half-heights (y down). */
export function anchorShift(a: NameAnchor): [number, number] {
	if (a === 'left') return [1, 0];
	if (a === 'right') return [-1, 0];
	if (a === 'top') return [0, 1];
	if (a === 'bottom') return [0, -1];
	return [0, 0];
}

/** The placements a point allows, centred first. */
export const placementsOf = (fit: number): NameAnchor[] => [
	'center',
	...NAME_ANCHORS.filter((_, i) => fit & (1 << i))
];

/** Half a state name's width on screen, px: upper case and letter-spaced, at its size at this zoom. */
export const nameHalfWidth = (name: string, zoom: number) => name.length * stateNameSize(zoom) * 0.36;
