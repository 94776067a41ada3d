// Country polygons keyed by ISO 3166-1 alpha-3. The basemap is drawn from Natural Earth 10m (via
// world-atlas); the checks look countries up in the finer Digital Chart of the World borders derived
// for the corridor region (geodata/borders/, see derive-borders.ts), and in Natural Earth elsewhere.
// Build time only; never shipped to the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox as turfBbox, booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';

const require = createRequire(import.meta.url);

/** ISO numeric → alpha-3 for the countries the corridors and labels care about. */
export const ISO_NUMERIC_TO_A3: Record<string, string> = {
	'031': 'AZE',
	'051': 'ARM',
	'268': 'GEO',
	'792': 'TUR',
	'364': 'IRN',
	'398': 'KAZ',
	'156': 'CHN',
	'300': 'GRC',
	'008': 'ALB',
	'380': 'ITA',
	'100': 'BGR',
	'643': 'RUS',
	'795': 'TKM',
	'860': 'UZB',
	'417': 'KGZ',
	'807': 'MKD',
	'688': 'SRB',
	'642': 'ROU',
	'804': 'UKR'
};

/** Natural Earth units without an ISO code that belong to a country for our checks. */
const NAME_TO_A3: Record<string, string> = {
	// Kazakh territory leased to Russia; the main line to the Caspian really crosses it at Toretam.
	Baikonur: 'KAZ'
};

export type CountryFeature = Feature<Polygon | MultiPolygon, { a3: string; name: string }>;

export function loadTopology(): Topology {
	return require('world-atlas/countries-10m.json') as Topology;
}

let cache: CountryFeature[] | undefined;

/** All Natural Earth countries as GeoJSON; `a3` falls back to the numeric id (or name) for ones we don't map. */
export function loadCountries(): CountryFeature[] {
	if (cache) return cache;
	const topo = loadTopology();
	const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
	cache = fc.features
		.filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
		.map((f) => {
			const id = f.id === undefined ? '' : String(f.id);
			const name = f.properties?.name ?? id;
			return {
				type: 'Feature',
				geometry: f.geometry as Polygon | MultiPolygon,
				properties: { a3: ISO_NUMERIC_TO_A3[id] ?? NAME_TO_A3[name] ?? (id || name), name }
			};
		});
	return cache;
}

/** The derived Digital Chart of the World borders: country polygons clipped to the cells they cover. */
export interface BorderFile {
	cellDeg: number;
	/** South-west corners ("lon,lat") of the cells the polygons are complete for. */
	cells: string[];
	features: CountryFeature[];
}

export const BORDERS_FILE = 'geodata/borders/dcw-countries.geojson';

export function loadBorders(file = BORDERS_FILE): BorderFile {
	return JSON.parse(readFileSync(file, 'utf8')) as BorderFile;
}

interface IndexedPart {
	a3: string;
	box: BBox;
	poly: Feature<Polygon>;
}

function indexParts(countries: CountryFeature[]): IndexedPart[] {
	const parts: IndexedPart[] = [];
	for (const c of countries) {
		const rings: Position[][][] =
			c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
		for (const r of rings) {
			const poly = turfPolygon(r);
			parts.push({ a3: c.properties.a3, box: turfBbox(poly), poly });
		}
	}
	return parts;
}

function lookup(parts: IndexedPart[], lon: number, lat: number): string | null {
	for (const p of parts) {
		const [w, s, e, n] = p.box;
		if (lon < w || lon > e || lat < s || lat > n) continue;
		if (booleanPointInPolygon([lon, lat], p.poly)) return p.a3;
	}
	return null;
}

/**
 * Point-in-country lookups with a bbox prefilter per polygon part. Inside the cells the border file
 * covers, its polygons decide (no polygon: at sea); elsewhere Natural Earth does.
 */
export class CountryIndex {
	private fine: IndexedPart[];
	private coarse: IndexedPart[];
	private cells: Set<string>;
	private cellDeg: number;

	constructor(borders: BorderFile | null = loadBorders(), countries: CountryFeature[] = loadCountries()) {
		this.fine = borders ? indexParts(borders.features) : [];
		this.cells = new Set(borders?.cells ?? []);
		this.cellDeg = borders?.cellDeg ?? 1;
		this.coarse = indexParts(countries);
	}

	/** Whether the fine borders cover this point. */
	covers(lon: number, lat: number): boolean {
		const d = this.cellDeg;
		return this.cells.has(`${(Math.floor(lon / d) * d).toFixed(1)},${(Math.floor(lat / d) * d).toFixed(1)}`);
	}

	/** The country (alpha-3) a lon/lat point lies in, or null at sea. */
	countryAt(lon: number, lat: number): string | null {
		return lookup(this.covers(lon, lat) ? this.fine : this.coarse, lon, lat);
	}
}
