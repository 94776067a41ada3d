// How a corridor appears in a key (legend, saved image): drawn like most of its length on the map,
// dashed if mostly not in service, hollow if mostly pipeline (the gas corridor).
import type { CorridorInfo } from './types';

export interface KeyStyle {
	dashed: boolean;
	hollow: boolean;
}

export function corridorKey(c: CorridorInfo): KeyStyle {
	const share = (test: (s: CorridorInfo['segments'][number]) => boolean) =>
		c.segments.filter(test).reduce((n, s) => n + s.lengthKm, 0) / c.lengthKm;
	return {
		dashed: share((s) => s.status !== 'operational') > 0.5,
		hollow: share((s) => s.mode === 'pipeline') > 0.5
	};
}
