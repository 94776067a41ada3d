// The layers of one corridor, as data: casing, solid line (operational), dashed line (planned or being
// built), a hollow core on pipelines, and a wide invisible band for the pointer. Widths, dashes and
// colours come from the theme, like the legend's swatches.
import type {
	ExpressionSpecification,
	FilterSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { ROUTE_ROLES, type CorridorId, type RouteRole } from '../../data/vocabulary';
import type { MapPalette } from '../../palettes';
import { CORRIDOR_LOOK, FONT, LINE } from '../../theme';
import { SOURCES } from '../sources';
import { corridorLayerId } from './registry';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** Wider when hovered or selected; widths grow with zoom so lines stay legible close in. */
function width(base: number): ExpressionSpecification {
	const stops = LINE.zoomFactor.flatMap(([zoom, factor]) => [
		zoom,
		['case', ['any', selected, hovered], base * factor * LINE.emphasis, base * factor]
	]);
	return ['interpolate', ['linear'], ['zoom'], ...stops] as unknown as ExpressionSpecification;
}

const opacity: ExpressionSpecification = ['case', dimmed, LINE.dimOpacity, 1];

function filter(corridor: CorridorId, role: RouteRole, extra?: FilterSpecification): FilterSpecification {
	const own: FilterSpecification = [
		'all',
		['==', ['get', 'corridor'], corridor],
		['==', ['get', 'role'], role]
	];
	return (extra ? ['all', own, extra] : own) as FilterSpecification;
}

const operational: FilterSpecification = ['==', ['get', 'status'], 'operational'];
const notOperational: FilterSpecification = ['!=', ['get', 'status'], 'operational'];
const pipeline: FilterSpecification = ['==', ['get', 'mode'], 'pipeline'];

/** Both roles' layers of one corridor: context routes and the article's own. */
export function corridorLayers(
	corridor: CorridorId,
	visible: boolean,
	p: MapPalette
): LineLayerSpecification[] {
	return ROUTE_ROLES.flatMap((role) => roleLayers(corridor, role, visible, p));
}

function roleLayers(
	corridor: CorridorId,
	role: RouteRole,
	visible: boolean,
	p: MapPalette
): LineLayerSpecification[] {
	// Widths from the theme, the colour from the palette (light or dark).
	const look = { ...CORRIDOR_LOOK[corridor], color: p.corridors[corridor] };
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
			id: corridorLayerId(corridor, 'casing', role),
			filter: filter(corridor, role),
			paint: {
				'line-color': p.halo,
				'line-width': width(look.width + LINE.casingExtra),
				'line-opacity': opacity
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'line', role),
			filter: filter(corridor, role, operational),
			paint: { 'line-color': look.color, 'line-width': width(look.width), 'line-opacity': opacity }
		},
		{
			...base,
			id: corridorLayerId(corridor, 'dashed', role),
			filter: filter(corridor, role, notOperational),
			layout: { ...base.layout, 'line-cap': 'butt' },
			paint: {
				'line-color': look.color,
				'line-width': width(look.width),
				'line-opacity': opacity,
				'line-dasharray': LINE.dash
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'core', role),
			filter: filter(corridor, role, pipeline),
			paint: {
				'line-color': p.halo,
				'line-width': width(look.width * LINE.coreRatio),
				'line-opacity': opacity
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'hit', role),
			filter: filter(corridor, role),
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': LINE.hitWidth }
		}
	];
}

/** A corridor's route names along its lines, in its colour, where they fit (collisions drop the rest). */
export function routeLabelLayer(
	corridor: CorridorId,
	visible: boolean,
	p: MapPalette
): SymbolLayerSpecification {
	return {
		id: corridorLayerId(corridor, 'label'),
		type: 'symbol',
		source: SOURCES.corridors,
		minzoom: 5.5,
		filter: ['==', ['get', 'corridor'], corridor],
		layout: {
			visibility: visible ? 'visible' : 'none',
			'symbol-placement': 'line',
			'symbol-spacing': 400,
			'text-field': ['get', 'name'],
			'text-font': [FONT.bold],
			'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 13],
			'text-max-angle': 30,
			'text-padding': 4
		},
		paint: {
			'text-color': p.corridors[corridor],
			'text-halo-color': p.halo,
			'text-halo-width': 2
		}
	};
}
