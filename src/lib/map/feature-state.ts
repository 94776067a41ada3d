// Which segments are selected or dimmed for a given selection: pure, so it is unit-tested.
import type { Content } from '../data/types';

export interface SegmentState {
	selected: boolean;
	dimmed: boolean;
}

export function segmentStates(
	content: Pick<Content, 'corridors'>,
	route: string | null
): Map<string, SegmentState> {
	const out = new Map<string, SegmentState>();
	for (const c of content.corridors) {
		for (const s of c.segments) {
			const selected = route !== null && (route === s.id || route === c.id);
			out.set(s.id, { selected, dimmed: route !== null && !selected });
		}
	}
	return out;
}
