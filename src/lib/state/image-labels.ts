// What a saved image says about itself: the title, what is shown, the data version, and a key of the
// corridors shown, each drawn like the map draws most of it.
import { SITE_TITLE } from '../data/cite';
import type { ContentIndex, RouteRef } from '../data/content-index';
import { corridorKey } from '../data/corridor-key';
import type { CorridorId } from '../data/vocabulary';
import type { ImageLabels } from '../map/export-image';

export function imageLabels(
	index: ContentIndex,
	selected: RouteRef | undefined,
	visible: readonly CorridorId[]
): ImageLabels {
	const shown = selected ? (selected.segment?.name ?? selected.corridor.name) : 'Four corridors';
	return {
		title: SITE_TITLE,
		subtitle: `${shown} · data ${index.content.data.version}`,
		legend: index.content.corridors
			.filter((c) => visible.includes(c.id))
			.map((c) => ({ id: c.id, name: c.name, ...corridorKey(c) }))
	};
}
