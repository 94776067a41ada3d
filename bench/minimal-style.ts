// The benchmark's second reference style: the app's data sources, one plain layer each, no labels (so
// no glyphs and no sprite). What the app's style costs beyond the data itself is the gap between the
// bare page with the app's style and the bare page with this one.
import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle } from '../src/lib/map/style';
import type { DataPath } from '../src/lib/map/sources';

export function minimalStyle(dataUrl: (path: DataPath) => string): StyleSpecification {
	const { sources } = buildStyle(dataUrl);
	return {
		version: 8,
		name: 'minimal reference',
		sources,
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#c9dbe6' } },
			{
				id: 'land',
				type: 'fill',
				source: 'overview',
				'source-layer': 'land',
				paint: { 'fill-color': '#f3f0e8' }
			},
			{ id: 'relief', type: 'raster', source: 'relief' },
			{
				id: 'detail',
				type: 'line',
				source: 'detail',
				'source-layer': 'borders',
				paint: { 'line-color': '#8f8a80' }
			},
			{
				id: 'corridors',
				type: 'line',
				source: 'corridors',
				paint: { 'line-color': '#a8326e', 'line-width': 3 }
			}
		]
	};
}
