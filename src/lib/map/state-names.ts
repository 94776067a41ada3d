// Names every state in view, whatever the view: when none of a state's fixed label points is drawn
// where the reader sees it (a phone zoomed in, a view at a state's edge, a name under the legend or the
// inset), one point of the build's name pool on screen is named instead (name-choice.ts decides which).
// A fixed name mostly cut by the map's edge or covered by the page ("GEO", "AN") is hidden.
// Only a choice among points the build placed clear of routes and towns: no geometry is computed here.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Point } from 'geojson';
import { stateNameSize } from './layers/label-layers';
import { LABEL_LAYER_IDS } from './layers/registry';
import { anchorShift, nameHalfWidth as halfWidth, type NameAnchor } from './name-anchors';
import { chooseNames, NO_CHOICE, sameNames, type Choice, type PoolPoint } from './name-choice';
import { featureHider } from './feature-hider';
import { NAME_POOL_LAYER, NAMES_SOURCE, SOURCES, STATE_NAMES_LAYER } from './sources';

/** A fixed name cut at the edge or by the legend still reads when its middle part this wide shows (so
 *  naming the state again beside it would only repeat it); with less, it is hidden. */
const NAME_READS = 0.6;

export interface StateNames {
	/** After the map has drawn: adds or moves names as the view needs. True when it changed them (the map
	 *  draws again, and reports idle after that). */
	update(): boolean;
	/** The camera moved: points whose names collided before may fit now. */
	moved(): void;
	/** A new style (the other palette) came with the names source empty: choose again from scratch. */
	restyled(): void;
}

type Seen = (name: string, x: number, y: number, part: number, anchor?: NameAnchor) => boolean;

export function watchStateNames(map: MapLibreMap): StateNames {
	let last: Choice = NO_CHOICE;
	const canvas = map.getCanvas();

	/** For the view as it is now (the canvas's place on the page and the zoom, read once): whether the map
	 *  is what shows under the middle `part` of a name hung at (x, y) on the canvas (1: all of it) and
	 *  above and below its middle, so nothing of the page lies over it and the map's edge cuts nothing. */
	function seenNow(): Seen {
		const r = canvas.getBoundingClientRect();
		const zoom = map.getZoom();
		const hh = stateNameSize(zoom) / 2;
		return (name, ax, ay, part, anchor = 'center') => {
			const [sx, sy] = anchorShift(anchor);
			const x = ax + sx * halfWidth(name, zoom);
			const y = ay + sy * hh;
			const hw = halfWidth(name, zoom) * part;
			const probes: [number, number][] = [
				[-hw, 0],
				[0, 0],
				[hw, 0],
				[0, -hh],
				[0, hh]
			];
			return probes.every(
				([dx, dy]) => document.elementFromPoint(r.left + x + dx, r.top + y + dy) === canvas
			);
		};
	}

	function poolOnCanvas(): PoolPoint[] {
		const zoom = map.getZoom();
		const [w, h] = [canvas.clientWidth, canvas.clientHeight];
		const ids = new Set<string>();
		const out: PoolPoint[] = [];
		// Both tile sets: the overview's points serve every zoom, the detail set's the story's ground.
		for (const source of [SOURCES.overview, SOURCES.detail]) {
			if (!map.getSource(source)) continue;
			for (const f of map.querySourceFeatures(source, { sourceLayer: NAME_POOL_LAYER })) {
				const key = String(f.id);
				// From the zoom its name fits at to the one a town named there gets in its way.
				if (!(Number(f.properties.pz) <= zoom) || zoom >= Number(f.properties.zx) || ids.has(key)) continue;
				ids.add(key);
				const at = (f.geometry as Point).coordinates as [number, number];
				const { x, y } = map.project(at);
				if (x >= 0 && x <= w && y >= 0 && y <= h)
					out.push({ name: String(f.properties.name), key, at, x, y, fit: Number(f.properties.fit ?? 0) });
			}
		}
		return out;
	}

	/** States whose added name MapLibre drew where the reader sees it. */
	function drawnAdded(seen: Seen): Set<string> {
		const out = new Set<string>();
		for (const f of map.queryRenderedFeatures({ layers: [LABEL_LAYER_IDS.stateNamesAdded] })) {
			const name = String(f.properties.name);
			const { x, y } = map.project((f.geometry as Point).coordinates as [number, number]);
			if (seen(name, x, y, 1, (f.properties.anchor as NameAnchor | undefined) ?? 'center')) out.add(name);
		}
		return out;
	}

	/** The fixed names MapLibre placed: states named where the reader sees them, and the ids of the names
	 *  too cut to read. */
	function fixedNames(seen: Seen): { drawn: Set<string>; cut: Set<number> } {
		const drawn = new Set<string>();
		const cut = new Set<number>();
		for (const f of map.queryRenderedFeatures({ layers: [LABEL_LAYER_IDS.stateLabels] })) {
			const name = String(f.properties.name);
			const { x, y } = map.project((f.geometry as Point).coordinates as [number, number]);
			if (seen(name, x, y, NAME_READS)) drawn.add(name);
			else if (typeof f.id === 'number') cut.add(f.id);
		}
		return { drawn, cut };
	}

	const cutNames = featureHider(map, SOURCES.overview, STATE_NAMES_LAYER);

	return {
		moved() {
			last = { added: last.added, tried: new Map() };
		},
		restyled() {
			last = NO_CHOICE;
			cutNames.restyled();
		},
		update() {
			const source = map.getSource<GeoJSONSource>(NAMES_SOURCE);
			if (!source) return false;
			const seen = seenNow();
			const fixed = fixedNames(seen);
			const next = chooseNames(
				{
					pool: poolOnCanvas(),
					drawnFixed: fixed.drawn,
					drawnAdded: drawnAdded(seen),
					seen: (p, anchor) => seen(p.name, p.x, p.y, 1, anchor)
				},
				last
			);
			const cutChanged = cutNames.hide(fixed.cut);
			const namesChanged = !sameNames(next, last);
			last = next;
			if (namesChanged)
				source.setData({
					type: 'FeatureCollection',
					features: [...next.added.values()].map((p) => ({
						type: 'Feature',
						properties: { name: p.name, anchor: p.anchor },
						geometry: { type: 'Point', coordinates: p.at }
					}))
				});
			return namesChanged || cutChanged;
		}
	};
}
