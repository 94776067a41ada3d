// The basemap's drawn layers, bottom to top: sea, land, shaded relief, lakes, rivers, borders. From
// zoom 7 the detail zone's rivers and borders come from the detail tiles, and the overview's own lines
// there (marked `dz`) step aside; where a border follows a river, the river is drawn under the border.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapPalette } from '../../palettes';
import { DETAIL_ZOOMS } from '../../region';
import { SOURCES } from '../sources';
import { BASE_LAYER_IDS as ID } from './registry';

/** Overview lines outside the detail zone, or anywhere below the detail zooms. */
export const overviewOnly: FilterSpecification = [
	'any',
	['<', ['zoom'], DETAIL_ZOOMS.min],
	['!', ['has', 'dz']]
] as FilterSpecification;

/** Shown from the feature's own first zoom (`mz`). */
export const fromMinzoom: FilterSpecification = ['>=', ['zoom'], ['get', 'mz']] as FilterSpecification;

const riverWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 0.6, 7, 1.2, 10, 2.2];

export function baseLayers(p: MapPalette): LayerSpecification[] {
	const borderPaint = {
		'line-color': p.border,
		'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4, 10, 1.8] as ExpressionSpecification,
		'line-dasharray': [3, 1.5]
	};
	return [
		{ id: ID.water, type: 'background', paint: { 'background-color': p.water } },
		{
			id: ID.land,
			type: 'fill',
			source: SOURCES.overview,
			'source-layer': 'land',
			paint: { 'fill-color': p.land }
		},
		{
			id: ID.relief,
			type: 'raster',
			source: SOURCES.relief,
			paint: {
				// ETOPO5's 9 km cells: a soft relief at small scales, faded out where it would look blocky.
				'raster-opacity': [
					'interpolate',
					['linear'],
					['zoom'],
					4,
					p.relief.opacity,
					7,
					p.relief.opacity * 0.8,
					10,
					p.relief.opacity * 0.35
				],
				'raster-brightness-max': p.relief.brightnessMax,
				'raster-fade-duration': 0
			}
		},
		{
			id: ID.lakes,
			type: 'fill',
			source: SOURCES.overview,
			'source-layer': 'lakes',
			filter: ['>=', ['zoom'], ['-', ['get', 'mz'], 1]] as FilterSpecification,
			paint: { 'fill-color': p.water }
		},
		{
			id: ID.rivers,
			type: 'line',
			source: SOURCES.overview,
			'source-layer': 'rivers',
			filter: ['all', overviewOnly, fromMinzoom] as FilterSpecification,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': p.river, 'line-width': riverWidth }
		},
		{
			id: ID.riversDetail,
			type: 'line',
			source: SOURCES.detail,
			'source-layer': 'rivers',
			filter: fromMinzoom,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': p.river, 'line-width': riverWidth }
		},
		{
			id: ID.borderRivers,
			type: 'line',
			source: SOURCES.detail,
			'source-layer': 'borders',
			filter: ['has', 'river'] as FilterSpecification,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': p.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 10, 3.5] }
		},
		{
			id: ID.unitEdges,
			type: 'line',
			source: SOURCES.detail,
			'source-layer': 'unit-edges',
			paint: { 'line-color': p.unitEdge, 'line-width': 1, 'line-dasharray': [1, 2] }
		},
		{
			id: ID.borders,
			type: 'line',
			source: SOURCES.overview,
			'source-layer': 'borders',
			filter: overviewOnly,
			layout: { 'line-join': 'round' },
			paint: borderPaint
		},
		{
			id: ID.bordersDetail,
			type: 'line',
			source: SOURCES.detail,
			'source-layer': 'borders',
			layout: { 'line-join': 'round' },
			paint: borderPaint
		}
	];
}
