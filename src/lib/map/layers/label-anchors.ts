// Where a town's name sits against its dot: the build picks, per town, a side and a distance that keep
// the name off the routes (scripts/basemap/build/place-anchors.ts); the style turns the pair into
// MapLibre's text-anchor and text-offset. One table serves both, so they cannot disagree.
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
