// Town names the map's edge or the page (the legend, the inset, a sheet) cuts are hidden, their dots
// kept: "nsun" beside the legend names no town, or the wrong one. A town's name shows whole or not at
// all. Its box is the build's (label-anchors.ts), its width measured in the page's own Noto Sans.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Point } from 'geojson';
import { featureHider } from './feature-hider';
import { anchorBox, ANCHOR_DISTANCES, ANCHORS, type Anchor } from './layers/label-anchors';
import { PLACE_NAME_MAX_WIDTH_EM } from './layers/place-labels';
import { LABEL_LAYER_IDS } from './layers/registry';
import { PLACES_LAYER, SOURCES } from './sources';

const LAYERS = [LABEL_LAYER_IDS.placeLabels, LABEL_LAYER_IDS.townLabels];
/** MapLibre's line height, ems. */
const LINE_EM = 1.2;

export interface TownNames {
	/** After the map has drawn: hides the names now cut, shows again those no longer cut. True when that
	 *  changed what the map shows. */
	update(): boolean;
	restyled(): void;
}

export function watchTownNames(map: MapLibreMap): TownNames {
	const hider = featureHider(map, SOURCES.overview, PLACES_LAYER);
	const ctx = document.createElement('canvas').getContext('2d');
	const measured = new Map<string, number>();
	const width = (text: string, font: string) => {
		const key = `${font}|${text}`;
		let w = measured.get(key);
		if (w === undefined && ctx) {
			ctx.font = font;
			w = ctx.measureText(text).width;
			measured.set(key, w);
		}
		return w ?? 0;
	};
	/** The name's size on screen: one line, or two where MapLibre wraps it. */
	const size = (name: string, font: string, px: number): [number, number] => {
		const w = width(name, font);
		const space = name.lastIndexOf(' ', Math.ceil(name.length / 2));
		if (w <= PLACE_NAME_MAX_WIDTH_EM * px || space < 0) return [w, px];
		const lines = [name.slice(0, space), name.slice(space + 1)];
		return [Math.max(...lines.map((l) => width(l, font))), px * (1 + LINE_EM)];
	};
	return {
		restyled: () => hider.restyled(),
		update() {
			// Measured in a fallback font the widths would be wrong: wait for the page's fonts.
			if (!ctx || !document.fonts.check('12px "Noto Sans"')) return false;
			const canvas = map.getCanvas();
			const r = canvas.getBoundingClientRect();
			const shows = (x: number, y: number) => document.elementFromPoint(r.left + x, r.top + y) === canvas;
			const cut = new Set<number>();
			for (const layer of LAYERS.filter((id) => map.getLayer(id))) {
				const px = Number(map.getLayoutProperty(layer, 'text-size'));
				for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
					if (typeof f.id !== 'number') continue;
					const p = f.properties;
					const anchor = (ANCHORS as readonly string[]).includes(p.anc) ? (p.anc as Anchor) : 'left';
					const font = `${p.kind === 'capital' ? 700 : 400} ${px}px "Noto Sans"`;
					const [w, h] = size(String(p.name), font, px);
					const [left, top, right, bottom] = anchorBox(anchor, w, h, ANCHOR_DISTANCES[Number(p.far ?? 0)]);
					const { x, y } = map.project((f.geometry as Point).coordinates as [number, number]);
					// The box's corners, 2 px in (the box is the letters' em box, a little taller than most
					// letters): a rectangle of the page over a name covers a corner of it, as nothing over the
					// map is smaller than a name is high.
					const corners = [
						[left + 2, top + 2],
						[right - 2, top + 2],
						[left + 2, bottom - 2],
						[right - 2, bottom - 2]
					];
					if (!corners.every(([dx, dy]) => shows(x + dx!, y + dy!))) cut.add(f.id);
				}
			}
			return hider.hide(cut);
		}
	};
}
