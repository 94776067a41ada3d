// Layer registry and styles as data: every layer id in draw order, and pure functions that build
// the layer specifications. No other module spells a layer id.
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	LineLayerSpecification
} from 'maplibre-gl';
import { CORRIDOR_IDS, CORRIDOR_LOOK, type CorridorId } from '../corridors';
import { SOURCES } from './sources';

export const BASE_LAYER_IDS = {
	water: 'water',
	land: 'land',
	borders: 'borders',
	countryLabels: 'country-labels'
} as const;
export const PLACE_LAYER_IDS = { dots: 'place-dots', labels: 'place-labels' } as const;

const PARTS = ['casing', 'line', 'dashed', 'core', 'hit'] as const;
type Part = (typeof PARTS)[number];

export function corridorLayerId(corridor: CorridorId, part: Part): string {
	return `${corridor}-${part}`;
}

/** All layers of one corridor (toggled together). */
export function corridorLayerIds(corridor: CorridorId): string[] {
	return PARTS.map((p) => corridorLayerId(corridor, p));
}

/** Layers that answer hover and click. */
export const HIT_LAYER_IDS = CORRIDOR_IDS.map((c) => corridorLayerId(c, 'hit'));

/** Draw order, bottom to top: basemap, every corridor's visible parts, hit areas, then labels. */
export const LAYER_ORDER: readonly string[] = [
	BASE_LAYER_IDS.water,
	BASE_LAYER_IDS.land,
	BASE_LAYER_IDS.borders,
	...CORRIDOR_IDS.flatMap((c) =>
		(['casing', 'line', 'dashed', 'core'] as const).map((p) => corridorLayerId(c, p))
	),
	...HIT_LAYER_IDS,
	PLACE_LAYER_IDS.dots,
	PLACE_LAYER_IDS.labels,
	// Topmost symbol layer is placed first, so country names win label collisions.
	BASE_LAYER_IDS.countryLabels
];

/** The layer to insert before so that `id` lands at its registered place. Throws on unknown ids. */
export function beforeId(id: string, present: (id: string) => boolean): string | undefined {
	const i = LAYER_ORDER.indexOf(id);
	if (i < 0) throw new Error(`layer "${id}" is not registered in LAYER_ORDER`);
	return LAYER_ORDER.slice(i + 1).find(present);
}

export const FONT = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

export const BASE_COLORS = {
	water: '#c9dbe6',
	land: '#f3f0e8',
	border: '#8f8a80',
	countryText: '#4d4943',
	placeText: '#2b2926',
	halo: '#ffffff'
} as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** Wider when hovered or selected; widths grow with zoom so lines stay legible close in. */
function width(base: number, factor = 1): ExpressionSpecification {
	const w = (z: number) => ['case', ['any', selected, hovered], base * factor * z * 1.6, base * factor * z];
	return [
		'interpolate',
		['linear'],
		['zoom'],
		3,
		w(0.6),
		6,
		w(1),
		10,
		w(1.6)
	] as unknown as ExpressionSpecification;
}

const opacity: ExpressionSpecification = ['case', dimmed, 0.28, 1];

function corridorFilter(corridor: CorridorId, extra?: FilterSpecification): FilterSpecification {
	const own: FilterSpecification = ['==', ['get', 'corridor'], corridor];
	return (extra ? ['all', own, extra] : own) as FilterSpecification;
}

const operational: FilterSpecification = ['==', ['get', 'status'], 'operational'];
const notOperational: FilterSpecification = ['!=', ['get', 'status'], 'operational'];
const pipeline: FilterSpecification = ['==', ['get', 'mode'], 'pipeline'];

/** The layers of one corridor: white casing, solid (operational) or dashed (planned / building) line,
 *  a white core on pipelines (so they read as hollow pipes without colour), and a wide invisible hit area. */
export function corridorLayers(corridor: CorridorId, visible = true): LineLayerSpecification[] {
	const look = CORRIDOR_LOOK[corridor];
	// Visibility is spelled out: changing a layout property later makes MapLibre re-parse the source.
	const visibility = visible ? ('visible' as const) : ('none' as const);
	const base = {
		type: 'line' as const,
		source: SOURCES.corridors,
		layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const, visibility }
	};
	return [
		{
			...base,
			id: corridorLayerId(corridor, 'casing'),
			filter: corridorFilter(corridor),
			paint: { 'line-color': BASE_COLORS.halo, 'line-width': width(look.width + 3), 'line-opacity': opacity }
		},
		{
			...base,
			id: corridorLayerId(corridor, 'line'),
			filter: corridorFilter(corridor, operational),
			paint: { 'line-color': look.color, 'line-width': width(look.width), 'line-opacity': opacity }
		},
		{
			...base,
			id: corridorLayerId(corridor, 'dashed'),
			filter: corridorFilter(corridor, notOperational),
			layout: { 'line-cap': 'butt', 'line-join': 'round', visibility },
			paint: {
				'line-color': look.color,
				'line-width': width(look.width),
				'line-opacity': opacity,
				'line-dasharray': [1.6, 1.1]
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'core'),
			filter: corridorFilter(corridor, pipeline),
			paint: {
				'line-color': BASE_COLORS.halo,
				'line-width': width(look.width, 0.34),
				'line-opacity': opacity
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'hit'),
			filter: corridorFilter(corridor),
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 }
		}
	];
}

export function baseLayers(): LayerSpecification[] {
	return [
		{ id: BASE_LAYER_IDS.water, type: 'background', paint: { 'background-color': BASE_COLORS.water } },
		{
			id: BASE_LAYER_IDS.land,
			type: 'fill',
			source: SOURCES.land,
			paint: { 'fill-color': BASE_COLORS.land }
		},
		{
			id: BASE_LAYER_IDS.borders,
			type: 'line',
			source: SOURCES.borders,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE_COLORS.border,
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
				'text-font': FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
				'text-letter-spacing': 0.12,
				'text-max-width': 8
			},
			paint: {
				'text-color': BASE_COLORS.countryText,
				'text-halo-color': BASE_COLORS.halo,
				'text-halo-width': 1.2
			}
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
				'circle-color': BASE_COLORS.placeText,
				'circle-stroke-color': BASE_COLORS.halo,
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
				'text-font': ['match', ['get', 'kind'], 'capital', ['literal', FONT_BOLD], ['literal', FONT]],
				'text-size': ['match', ['get', 'kind'], 'capital', 13, 'sea', 13, 12],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'text-optional': false
			},
			paint: {
				'text-color': ['match', ['get', 'kind'], 'sea', '#3d6580', BASE_COLORS.placeText],
				'text-halo-color': BASE_COLORS.halo,
				'text-halo-width': 1.4
			}
		}
	];
}

/** Every layer, in registered draw order, with the given corridors shown. */
export function allLayers(visible: readonly CorridorId[] = CORRIDOR_IDS): LayerSpecification[] {
	const layers = [
		...baseLayers(),
		...CORRIDOR_IDS.flatMap((c) => corridorLayers(c, visible.includes(c))),
		...placeLayers()
	];
	return LAYER_ORDER.map((id) => {
		const l = layers.find((x) => x.id === id);
		if (!l) throw new Error(`registered layer "${id}" has no specification`);
		return l;
	});
}
