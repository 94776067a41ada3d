// Words for the aria-live region.
import type { RouteRef } from './content-index';
import { formatKm } from './format';

export function selectionMessage(ref: RouteRef): string {
	if (ref.segment)
		return `${ref.segment.name} selected: part of ${ref.corridor.name}, ${formatKm(ref.segment.lengthKm)}`;
	const n = ref.corridor.segments.length;
	return `${ref.corridor.name} selected: ${n} segment${n === 1 ? '' : 's'}, ${formatKm(ref.corridor.lengthKm)}`;
}

export function layerMessage(name: string, visible: boolean): string {
	return `${name} ${visible ? 'shown' : 'hidden'}`;
}
