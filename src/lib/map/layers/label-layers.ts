// The basemap's names and small symbols. Every label point and anchor is computed at build time
// (scripts/basemap/build): several candidates per state, towns with their side of the dot and the zoom
// from which their name clears the routes, rivers named only along stretches clear of them. Here they
// are only styled: fonts, sizes, colours and the zooms at which each kind appears.
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { MapPalette } from '../../palettes';
import { FONT } from '../../theme';
import { NAMES_SOURCE, PLACES_LAYER, SOURCES, STATE_NAMES_LAYER } from '../sources';
import { fromMinzoom, overviewOnly } from './base-layers';
import { placeLabels, shownUnlessCut } from './place-labels';
import { LABEL_LAYER_IDS as ID } from './registry';

const inBand: FilterSpecification = [
	'all',
	['>=', ['zoom'], ['get', 'z']],
	['<', ['zoom'], ['get', 'zmax']]
] as FilterSpecification;
/** Features of a kind from their first zoom up to their last where they have one (`zx`): state names
 *  at every candidate point, a small state's name set beside itself and the line tying it to it. */
const kindInBand = (kind: string) =>
	[
		'all',
		['==', ['get', 'kind'], kind],
		fromMinzoom,
		['<', ['zoom'], ['coalesce', ['get', 'zx'], 99]]
	] as FilterSpecification;

/** State names' text size: px at two zooms, linear between and constant beyond. */
const STATE_NAME_SIZE = [
	[3, 10],
	[8, 15]
] as const;

/** A state name's text size at a zoom, as the style draws it (for the build's and the map's boxes). */
export function stateNameSize(zoom: number): number {
	const [[z0, s0], [z1, s1]] = STATE_NAME_SIZE;
	return s0 + ((s1 - s0) * (Math.min(z1, Math.max(z0, zoom)) - z0)) / (z1 - z0);
}

export function labelLayers(p: MapPalette): LayerSpecification[] {
	const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.4 };
	const riverLabel = {
		'symbol-placement': 'line' as const,
		'text-field': ['get', 'name'] as ExpressionSpecification,
		'text-font': [FONT.italic],
		'text-size': 12,
		'symbol-spacing': 350,
		'text-letter-spacing': 0.05,
		'text-max-angle': 30
	} satisfies SymbolLayerSpecification['layout'];
	const stateName = {
		'text-field': ['upcase', ['get', 'name']],
		'text-font': [FONT.regular],
		'text-size': ['interpolate', ['linear'], ['zoom'], ...STATE_NAME_SIZE.flat()],
		'text-letter-spacing': 0.12,
		'text-max-width': 8,
		'text-padding': 4
	} satisfies SymbolLayerSpecification['layout'];
	return [
		{
			id: ID.placeDots,
			type: 'circle',
			source: SOURCES.overview,
			'source-layer': PLACES_LAYER,
			filter: fromMinzoom,
			paint: {
				// By zoom only: a paint value that varies by feature costs the map one more shader to
				// compile at start (the slowest part of start-up in software WebGL).
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.6, 8, 3.4],
				'circle-color': p.placeDot,
				'circle-stroke-color': p.halo,
				'circle-stroke-width': 1.2
			}
		},
		{
			id: ID.symbols,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': 'symbols',
			filter: fromMinzoom,
			layout: {
				'icon-image': ['get', 'kind'],
				'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.1],
				// On the routes by nature: they never hide a name, and always show.
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'text-field': ['case', ['==', ['get', 'kind'], 'gauge'], ['get', 'name'], ''],
				'text-font': [FONT.regular],
				'text-size': 11,
				'text-anchor': 'top',
				'text-offset': [0, 0.9],
				'text-optional': true
			},
			paint: { 'text-color': p.placeText, ...halo }
		},
		{
			id: ID.reliefLines,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': 'relief',
			filter: ['all', fromMinzoom, ['==', ['geometry-type'], 'LineString']] as FilterSpecification,
			layout: {
				'symbol-placement': 'line-center',
				'text-field': ['get', 'name'],
				'text-font': [FONT.italic],
				'text-size': 13,
				'text-letter-spacing': 0.3,
				'text-max-angle': 20
			},
			paint: { 'text-color': p.reliefText, ...halo }
		},
		{
			id: ID.reliefLabels,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': 'relief',
			filter: ['all', fromMinzoom, ['==', ['geometry-type'], 'Point']] as FilterSpecification,
			layout: {
				'text-field': [
					'case',
					['has', 'ele'],
					[
						'format',
						['get', 'name'],
						{},
						'\n',
						{},
						['number-format', ['get', 'ele'], { locale: 'en' }],
						{},
						' m',
						{}
					],
					['get', 'name']
				],
				'text-font': [FONT.italic],
				'text-size': 11.5,
				'text-letter-spacing': ['match', ['get', 'kind'], 'peak', 0, 0.18],
				'text-max-width': 9
			},
			paint: { 'text-color': p.reliefText, ...halo }
		},
		{
			id: ID.riverLabels,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': 'river-labels',
			filter: ['all', overviewOnly, inBand] as FilterSpecification,
			layout: riverLabel,
			paint: { 'text-color': p.riverText, ...halo }
		},
		{
			id: ID.riverLabelsDetail,
			type: 'symbol',
			source: SOURCES.detail,
			'source-layer': 'river-labels',
			filter: inBand,
			layout: riverLabel,
			paint: { 'text-color': p.riverText, ...halo }
		},
		{
			id: ID.lakeLabels,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': 'lake-labels',
			filter: fromMinzoom,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.italic],
				// One size for lakes and seas (a size by feature is a shader variant more); seas spaced out.
				'text-size': 12,
				'text-letter-spacing': ['match', ['get', 'kind'], 'sea', 0.2, 0.02],
				'text-max-width': 7
			},
			paint: { 'text-color': p.riverText, ...halo }
		},
		{
			id: ID.unitLabels,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': STATE_NAMES_LAYER,
			filter: ['all', ['==', ['get', 'kind'], 'unit'], fromMinzoom] as FilterSpecification,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.regular],
				'text-size': 11,
				'text-letter-spacing': 0.06,
				'text-max-width': 7
			},
			paint: { 'text-color': p.unitText, ...halo }
		},
		{
			id: ID.stateLeaders,
			type: 'line',
			source: SOURCES.overview,
			'source-layer': STATE_NAMES_LAYER,
			filter: kindInBand('leader'),
			paint: { 'line-color': p.countryText, 'line-width': 0.8 }
		},
		{
			id: ID.stateLabels,
			type: 'symbol',
			source: SOURCES.overview,
			'source-layer': STATE_NAMES_LAYER,
			filter: kindInBand('state'),
			// The candidate that appeared first (the state's widest point) wins among its own.
			layout: { ...stateName, 'symbol-sort-key': ['get', 'mz'] },
			// A name mostly cut by the map's edge or covered by the page is hidden (state-names.ts).
			paint: {
				'text-color': p.countryText,
				...halo,
				'text-opacity': shownUnlessCut
			}
		},
		{
			id: ID.stateNamesAdded,
			type: 'symbol',
			source: NAMES_SOURCE,
			// Centred, or hung by the side the map chose (state-names.ts) where a centred name would be cut.
			layout: { ...stateName, 'text-anchor': ['coalesce', ['get', 'anchor'], 'center'] },
			paint: { 'text-color': p.countryText, ...halo }
		},
		placeLabels(ID.townLabels, ['!', ['has', 'maj']] as FilterSpecification, 11, p),
		placeLabels(ID.placeLabels, ['has', 'maj'] as FilterSpecification, 12.5, p)
	];
}
