// Where a town's name sits against its dot: the build picks, per town, a side and a distance that keep
// the name off the routes (scripts/basemap/build/place-anchors.ts); the style turns the pair into
// MapLibre's text-anchor and text-offset, and the map finds a name the page cuts from the same box
// (town-names.ts). One table serves all, so they cannot disagree.
import type { ExpressionSpecification } from 'maplibre-gl';

export const ANCHORS = [
	'left',
	'right',
	'top',
	'bottom',
	'top-left',
	'top-right',
	'bottom-left',
	'bottom-right'
] as const;
export type Anchor = (typeof ANCHORS)[number];

/** Near the dot, then farther out, past routes that leave the town (a factor on the offsets). */
export const ANCHOR_DISTANCES = [1, 2.2, 3.5] as const;

/** The gap between dot and text at distance 1, px. */
export const ANCHOR_GAP_PX = 5;

/** Offsets (ems) at distance 1 that put the text on the anchor's side of the dot. */
export const ANCHOR_OFFSET_EM: Record<Anchor, [number, number]> = {
	left: [0.45, 0],
	right: [-0.45, 0],
	top: [0, 0.4],
	bottom: [0, -0.4],
	'top-left': [0.3, 0.25],
	'top-right': [-0.3, 0.25],
	'bottom-left': [0.3, -0.25],
	'bottom-right': [-0.3, -0.25]
};

/** The label's box (y down) when the text's `anchor` side sits at the dot (MapLibre's text-anchor). */
export function anchorBox(anchor: Anchor, w: number, h: number, far = 1): [number, number, number, number] {
	const GAP = ANCHOR_GAP_PX * far;
	const d = GAP * 0.7;
	switch (anchor) {
		case 'left':
			return [GAP, -h / 2, GAP + w, h / 2];
		case 'right':
			return [-GAP - w, -h / 2, -GAP, h / 2];
		case 'top':
			return [-w / 2, GAP, w / 2, GAP + h];
		case 'bottom':
			return [-w / 2, -GAP - h, w / 2, -GAP];
		case 'top-left':
			return [d, d, d + w, d + h];
		case 'top-right':
			return [-d - w, d, -d, d + h];
		case 'bottom-left':
			return [d, -d - h, d + w, -d];
		case 'bottom-right':
			return [-d - w, -d - h, -d, -d];
	}
}

const lit = (v: [number, number]) => ['literal', v] as unknown as ExpressionSpecification;
const round = (v: number) => Math.round(v * 100) / 100;

/** text-offset from the feature's `anc` and `far` (an index into ANCHOR_DISTANCES, 0 when absent). */
export function textOffset(): ExpressionSpecification {
	const byAnchor = ANCHORS.flatMap((a) => {
		const [x, y] = ANCHOR_OFFSET_EM[a];
		const at = (k: number) => lit([round(x * k), round(y * k)]);
		return [
			a,
			[
				'match',
				['coalesce', ['get', 'far'], 0],
				1,
				at(ANCHOR_DISTANCES[1]),
				2,
				at(ANCHOR_DISTANCES[2]),
				at(1)
			]
		];
	});
	return ['match', ['get', 'anc'], ...byAnchor, lit([0, 0])] as unknown as ExpressionSpecification;
}
