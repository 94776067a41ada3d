// Which segments are emphasised or dimmed for a selection or a tour step: pure, so it is unit-tested.
import type { Content } from '../data/types';

export interface SegmentState {
	selected: boolean;
	dimmed: boolean;
}

/** Highlighted routes (corridor or segment ids) are selected; when any are, the rest are dimmed. */
export function segmentStates(
	content: Pick<Content, 'corridors'>,
	routes: readonly string[]
): Map<string, SegmentState> {
	const out = new Map<string, SegmentState>();
	const on = new Set(routes);
	for (const c of content.corridors) {
		for (const s of c.segments) {
			const selected = on.has(s.id) || on.has(c.id);
			out.set(s.id, { selected, dimmed: on.size > 0 && !selected });
		}
	}
	return out;
}
