// Town and city names beside their dots: each town's side and distance come from the build
// (label-anchors.ts); capitals in bold. The map hides a name the page cuts (town-names.ts), which reads
// the same wrapping width.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapPalette } from '../../palettes';
import { FONT } from '../../theme';
import { CUT_NAME_STATE, PLACES_LAYER, SOURCES } from '../sources';
import { textOffset } from './label-anchors';

/** MapLibre wraps a town's name wider than this many ems at a space. */
export const PLACE_NAME_MAX_WIDTH_EM = 8;

/** Hidden where the map marked the name cut by its edge or the page (feature-hider.ts). */
export const shownUnlessCut: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', CUT_NAME_STATE], false],
	0,
	1
];

const font = (f: string) => ['literal', [f]] as unknown as ExpressionSpecification;

/** Capitals, the largest cities and the seas (`maj`, set by the build) are placed before state names;
 *  other towns after them, in their own layer. */
export function placeLabels(
	id: string,
	which: FilterSpecification,
	size: number,
	p: MapPalette
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: SOURCES.overview,
		'source-layer': PLACES_LAYER,
		filter: ['all', ['>=', ['zoom'], ['get', 'lz']], which] as FilterSpecification,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': ['match', ['get', 'kind'], 'capital', font(FONT.bold), font(FONT.regular)],
			'text-size': size,
			'text-anchor': ['coalesce', ['get', 'anc'], 'left'] as ExpressionSpecification,
			'text-offset': textOffset(),
			'text-max-width': PLACE_NAME_MAX_WIDTH_EM,
			'symbol-sort-key': ['get', 'r']
		},
		// A name the map's edge or the page cuts is hidden, its dot kept (town-names.ts).
		paint: {
			'text-color': p.placeText,
			'text-halo-color': p.halo,
			'text-halo-width': 1.4,
			'text-opacity': shownUnlessCut
		}
	};
}
