// The basemap's layers: water, land, borders, country names, and the places the story names.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, PALETTE } from '../../theme';
import { SOURCES } from '../sources';
import { BASE_LAYER_IDS, PLACE_LAYER_IDS } from './registry';

export function baseLayers(): LayerSpecification[] {
	return [
		{ id: BASE_LAYER_IDS.water, type: 'background', paint: { 'background-color': PALETTE.water } },
		{ id: BASE_LAYER_IDS.land, type: 'fill', source: SOURCES.land, paint: { 'fill-color': PALETTE.land } },
		{
			id: BASE_LAYER_IDS.borders,
			type: 'line',
			source: SOURCES.borders,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': PALETTE.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4],
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: BASE_LAYER_IDS.countryLabels,
			type: 'symbol',
			source: SOURCES.labels,
			filter: [
				'all',
				['==', ['get', 'kind'], 'country'],
				['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5.5, 3]]
			],
			layout: {
				'text-field': ['upcase', ['get', 'name']],
				'text-font': [FONT.regular],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
				'text-letter-spacing': 0.12,
				'text-max-width': 8
			},
			paint: { 'text-color': PALETTE.countryText, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2 }
		}
	];
}

const placeFilter: FilterSpecification = [
	'all',
	['!=', ['get', 'kind'], 'country'],
	['>=', ['zoom'], ['get', 'minzoom']]
] as FilterSpecification;

export function placeLayers(): LayerSpecification[] {
	return [
		{
			id: PLACE_LAYER_IDS.dots,
			type: 'circle',
			source: SOURCES.labels,
			filter: ['all', placeFilter, ['!=', ['get', 'kind'], 'sea']] as FilterSpecification,
			paint: {
				'circle-radius': ['match', ['get', 'kind'], 'capital', 4, 3],
				'circle-color': PALETTE.placeText,
				'circle-stroke-color': PALETTE.halo,
				'circle-stroke-width': 1.2
			}
		},
		{
			id: PLACE_LAYER_IDS.labels,
			type: 'symbol',
			source: SOURCES.labels,
			filter: placeFilter,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [
					'match',
					['get', 'kind'],
					'capital',
					['literal', [FONT.bold]],
					['literal', [FONT.regular]]
				],
				'text-size': ['match', ['get', 'kind'], 'capital', 13, 'sea', 13, 12],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'text-optional': false
			},
			paint: {
				'text-color': ['match', ['get', 'kind'], 'sea', PALETTE.seaText, PALETTE.placeText],
				'text-halo-color': PALETTE.halo,
				'text-halo-width': 1.4
			}
		}
	];
}
