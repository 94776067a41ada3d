// Where a route's points fall on the screen for a settled view: Web Mercator with MapLibre's 512 px
// tiles, from the view the app reports (data-view) and the map's size. Used to prove a route is in view.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { content } from './data';

const corridors = JSON.parse(readFileSync('static/data/corridors.json', 'utf8')) as FeatureCollection<
	LineString | MultiLineString,
	{ id: string; corridor: string }
>;

/** Points of a corridor or segment (every segment of a corridor), thinned to at most `max`. */
export function routePoints(id: string, max = 80): Position[] {
	const features = corridors.features.filter(
		(f: Feature<LineString | MultiLineString, { id: string; corridor: string }>) =>
			f.properties.id === id || f.properties.corridor === id
	);
	const pts = features.flatMap((f) =>
		f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat()
	);
	const step = Math.max(1, Math.ceil(pts.length / max));
	return pts.filter((_, i) => i % step === 0 || i === pts.length - 1);
}

/** Every corridor and segment id, corridors first. */
export const ROUTE_IDS = content.corridors.flatMap((c) => [c.id, ...c.segments.map((s) => s.id)]);

export function project(
	[lon, lat]: Position,
	view: { zoom: number; lat: number; lon: number },
	size: { width: number; height: number }
): { x: number; y: number } {
	const world = 512 * 2 ** view.zoom;
	const mx = (l: number) => ((l + 180) / 360) * world;
	const my = (p: number) => {
		const s = Math.sin((p * Math.PI) / 180);
		return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
	};
	return { x: mx(lon!) - mx(view.lon) + size.width / 2, y: my(lat!) - my(view.lat) + size.height / 2 };
}
