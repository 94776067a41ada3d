// The layers of one corridor, as data: casing, solid line (operational), dashed line (planned or being
// built), a hollow core on pipelines, and a wide invisible band for the pointer. Widths, dashes and
// colours come from the theme, like the legend's swatches.
import type { ExpressionSpecification, FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { CorridorId } from '../../data/vocabulary';
import type { MapPalette } from '../../palettes';
import { CORRIDOR_LOOK, LINE } from '../../theme';
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

function filter(corridor: CorridorId, extra?: FilterSpecification): FilterSpecification {
	const own: FilterSpecification = ['==', ['get', 'corridor'], corridor];
	return (extra ? ['all', own, extra] : own) as FilterSpecification;
}

const operational: FilterSpecification = ['==', ['get', 'status'], 'operational'];
const notOperational: FilterSpecification = ['!=', ['get', 'status'], 'operational'];
const pipeline: FilterSpecification = ['==', ['get', 'mode'], 'pipeline'];

export function corridorLayers(
	corridor: CorridorId,
	visible: boolean,
	p: MapPalette
): LineLayerSpecification[] {
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
			id: corridorLayerId(corridor, 'casing'),
			filter: filter(corridor),
			paint: {
				'line-color': p.halo,
				'line-width': width(look.width + LINE.casingExtra),
				'line-opacity': opacity
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'line'),
			filter: filter(corridor, operational),
			paint: { 'line-color': look.color, 'line-width': width(look.width), 'line-opacity': opacity }
		},
		{
			...base,
			id: corridorLayerId(corridor, 'dashed'),
			filter: filter(corridor, notOperational),
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
			id: corridorLayerId(corridor, 'core'),
			filter: filter(corridor, pipeline),
			paint: {
				'line-color': p.halo,
				'line-width': width(look.width * LINE.coreRatio),
				'line-opacity': opacity
			}
		},
		{
			...base,
			id: corridorLayerId(corridor, 'hit'),
			filter: filter(corridor),
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': LINE.hitWidth }
		}
	];
}
