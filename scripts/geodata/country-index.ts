// Natural Earth 10m country polygons (via world-atlas), keyed by ISO 3166-1 alpha-3.
// Used by the geodata checks and the basemap build; never shipped to the browser.
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

interface IndexedPart {
	a3: string;
	box: BBox;
	poly: Feature<Polygon>;
}

/** Point-in-country lookups with a bbox prefilter per polygon part (the 10m data is detailed). */
export class CountryIndex {
	private parts: IndexedPart[] = [];

	constructor(countries: CountryFeature[] = loadCountries()) {
		for (const c of countries) {
			const rings: Position[][][] =
				c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
			for (const r of rings) {
				const poly = turfPolygon(r);
				this.parts.push({ a3: c.properties.a3, box: turfBbox(poly), poly });
			}
		}
	}

	/** The country (alpha-3) a lon/lat point lies in, or null at sea. */
	countryAt(lon: number, lat: number): string | null {
		for (const p of this.parts) {
			const [w, s, e, n] = p.box;
			if (lon < w || lon > e || lat < s || lat > n) continue;
			if (booleanPointInPolygon([lon, lat], p.poly)) return p.a3;
		}
		return null;
	}
}
