// The fixed points states are named at: several inside each state (label-candidates.ts), and, for the
// story's states too small to hold their name at the map's smallest zooms, one beside the state at each
// of those zooms (beside-labels.ts), with a line to the state where the name lies off it (leader-lines.ts).
import type { Position } from 'geojson';
import type { Box } from './clearance';
import { besideLabels, type ShownName } from './beside-labels';
import { leaderLine } from './leader-lines';
import { boxArea, insidePolygons, labelCandidates, poleOf, type Candidate } from './label-candidates';
import type { NamedState } from './name-pool';

export interface StateLabelOptions {
	minZoom: number;
	maxZoom: number;
	/** The detail zone: beyond zoom 8 points are made only there, and only its states are named beside. */
	inZone: (p: Position) => boolean;
	/** The name's box around its anchor at zoom z, px (y down). */
	box: (name: string, z: number) => Box;
	/** The name's box at p, zoom z, touches no route and no town name. */
	clear: (name: string, p: Position, z: number) => boolean;
	/** The box at p, zoom z, touches a town's name at that zoom. */
	hitsTown: (p: Position, box: Box, z: number) => boolean;
}

export function stateLabels(states: NamedState[], o: StateLabelOptions): ShownName[] {
	const named = states.map((s) => ({
		s,
		candidates: labelCandidates(s.polygons, {
			spacingPx: 540,
			marginPx: 12,
			minZoom: o.minZoom,
			maxZoom: o.maxZoom,
			limit: { zoom: 8, inside: o.inZone },
			clear: (p, z) => o.clear(s.name, p, z)
		})
	}));
	// A small state is named inside itself from the first zoom at which a point there is clear of the
	// routes and the towns' names, and beside itself before. Its point kept on a route only because no
	// point was clear counts from the zoom it is clear, if any: before, it lies where the towns' names
	// are (Yerevan's, Baku's), and the map dropped it and left Armenia and Azerbaijan unnamed at zoom 4.
	const clearFrom = (c: Candidate) => (c.onRoute ? (c.clearFrom ?? Infinity) : c.minzoom);
	const small = named
		.map(({ s, candidates }) => ({
			name: s.name,
			pole: poleOf(s.polygons),
			size: boxArea(s.polygons),
			fitsFrom: Math.min(o.maxZoom + 1, ...candidates.map(clearFrom))
		}))
		.filter((s) => o.inZone(s.pole) && s.fitsFrom > o.minZoom)
		// The largest first: it takes the best place.
		.sort((a, b) => b.size - a.size);
	const beside = new Set(small.map((s) => s.name));
	const inside = named.flatMap(({ s, candidates }) =>
		candidates
			.map((c) => ({
				name: s.name,
				at: c.coordinates,
				minzoom: beside.has(s.name) ? clearFrom(c) : c.minzoom
			}))
			.filter((n) => n.minzoom <= o.maxZoom)
	);
	const outlines = new Map(named.map(({ s }) => [s.name, s.polygons]));
	const ofState = new Map(
		small.map((s) => [
			s.name,
			{ pole: s.pole, inside: (p: Position) => insidePolygons(p, outlines.get(s.name)!) }
		])
	);
	return [
		...inside,
		...besideLabels(small, inside, { minZoom: o.minZoom, box: o.box, hitsTown: o.hitsTown }).map((n) => {
			const leader = leaderLine(n.at, (z) => o.box(n.name, z), ofState.get(n.name)!, n.minzoom);
			return leader ? { ...n, leader } : n;
		})
	];
}
