// Reads the committed basemap inputs (geodata/basemap/, made by scripts/basemap/derive.ts) into plain
// typed records for the tile build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import type { Line } from '../geo';

export interface BasemapInputs {
	rivers: { name: string; minzoom: number; line: Line }[];
	riversDetail: { name: string; minzoom: number; line: Line }[];
	lakes: { name: string; kind: string; minzoom: number; polygons: Position[][][] }[];
	bordersDetail: { river?: string; source: string; lines: Line[] }[];
	towns: {
		name: string;
		kind: string;
		story: boolean;
		minzoom: number;
		population: number | null;
		at: Position;
	}[];
	physical: Feature<
		Point | LineString,
		{ name: string; kind: string; minzoom: number; elevation?: number }
	>[];
	units: { name: string; polygons: Position[][][] }[];
}

function features<G, P>(dir: string, file: string): Feature<G & import('geojson').Geometry, P>[] {
	return (
		JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
			features: Feature<G & import('geojson').Geometry, P>[];
		}
	).features;
}

export function readInputs(dir: string): BasemapInputs {
	type Named = { name: string; minzoom: number };
	return {
		rivers: features<LineString, Named>(dir, 'rivers.geojson').map((f) => ({
			...f.properties,
			line: f.geometry.coordinates
		})),
		riversDetail: features<LineString, Named>(dir, 'rivers-detail.geojson').map((f) => ({
			...f.properties,
			line: f.geometry.coordinates
		})),
		lakes: features<MultiPolygon, Named & { kind: string }>(dir, 'lakes.geojson').map((f) => ({
			...f.properties,
			polygons: f.geometry.coordinates
		})),
		bordersDetail: features<MultiLineString, { river?: string; source: string }>(
			dir,
			'borders-detail.geojson'
		).map((f) => ({
			...f.properties,
			lines: f.geometry.coordinates
		})),
		towns: features<Point, Named & { kind: string; story: boolean; population: number | null }>(
			dir,
			'towns.geojson'
		).map((f) => ({
			...f.properties,
			at: f.geometry.coordinates
		})),
		physical: features<
			Point | LineString,
			{ name: string; kind: string; minzoom: number; elevation?: number }
		>(dir, 'physical.geojson'),
		units: features<MultiPolygon, { name: string }>(dir, 'units.geojson').map((f) => ({
			name: f.properties.name,
			polygons: f.geometry.coordinates
		}))
	};
}
