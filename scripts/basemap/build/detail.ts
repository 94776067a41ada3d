// The detail tile set (zooms 7–10, the detail zone only): DCW borders (those along rivers marked with
// the river's name, drawn as water under the border), Natural Earth rivers less the stretches those
// borders draw, the names along both, and the inner edge of Syunik (its outer edges are national
// borders, drawn by the borders layer from DCW, with which Natural Earth's admin-1 outline disagrees).
import type { Feature } from 'geojson';
import { DETAIL_ZOOMS } from '../../../src/lib/region';
import { densify, distKm, PointIndex, roundLine, runsWhere, type Line } from '../geo';

const lengthKm = (l: Line) => l.slice(1).reduce((s, p, i) => s + distKm(l[i]!, p), 0);
import type { BasemapInputs } from './inputs';
import { riverLabelLines } from './river-labels';
import type { TileLayer } from './write-tiles';
import { NAME_POOL_LAYER } from '../../../src/lib/map/sources';

/** `namePool`: every point of the name pool (src/lib/map/state-names.ts picks from those in view). */
export function detailLayers(
	b: BasemapInputs,
	routes: Line[],
	namePool: Feature[]
): Record<string, TileLayer> {
	const routePoints = new PointIndex(0.1).add(routes.flatMap((l) => densify(l, 0.3)));
	const borderPoints = new PointIndex(0.05).add(
		b.bordersDetail.flatMap((f) => f.lines.flatMap((l) => densify(l, 0.3)))
	);
	const unitEdges = b.units.flatMap((u) =>
		u.polygons
			.flat()
			// Natural Earth's admin-1 outline wanders up to ~4 km from DCW's borders: only long runs well
			// away from every border are inner edges.
			.flatMap((ring) => runsWhere(densify(ring, 0.3), (p) => borderPoints.nearestKm(p, 5) === Infinity))
			.filter((l) => lengthKm(l) >= 10)
			.map((l) => roundLine(l, 4))
			.filter((l) => l.length >= 2)
	);
	const borderRivers = b.bordersDetail.flatMap((f) =>
		f.river ? f.lines.map((line) => ({ name: f.river!, minzoom: 0, line })) : []
	);
	const feature = (coordinates: Line[], properties: Record<string, unknown>): Feature => ({
		type: 'Feature',
		properties,
		geometry: { type: 'MultiLineString', coordinates }
	});
	return {
		borders: {
			features: b.bordersDetail.map((f) => feature(f.lines, f.river ? { river: f.river } : {})),
			tolerance: 0.5
		},
		rivers: { features: b.riversDetail.map((r) => feature([r.line], { mz: r.minzoom })), tolerance: 1 },
		'river-labels': {
			features: riverLabelLines([...b.riversDetail, ...borderRivers], routePoints, {
				from: DETAIL_ZOOMS.min,
				to: DETAIL_ZOOMS.max
			}),
			tolerance: 4
		},
		'unit-edges': { features: unitEdges.map((l) => feature([l], {})), tolerance: 1 },
		[NAME_POOL_LAYER]: { features: namePool }
	};
}
