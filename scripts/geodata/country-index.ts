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

/** The countries the routes and labels care about, by ISO numeric code (Natural Earth's id): alpha-3, and
 *  our display name where Natural Earth's differs (current official English short names). */
const COUNTRIES: Record<string, { a3: string; name?: string }> = {
	'031': { a3: 'AZE' },
	'051': { a3: 'ARM' },
	'268': { a3: 'GEO' },
	'792': { a3: 'TUR', name: 'Türkiye' },
	'364': { a3: 'IRN' },
	'398': { a3: 'KAZ' },
	'156': { a3: 'CHN' },
	'300': { a3: 'GRC' },
	'008': { a3: 'ALB' },
	'380': { a3: 'ITA' },
	'100': { a3: 'BGR' },
	'643': { a3: 'RUS' },
	'795': { a3: 'TKM' },
	'860': { a3: 'UZB' },
	'417': { a3: 'KGZ' },
	'807': { a3: 'MKD', name: 'North Macedonia' },
	'688': { a3: 'SRB' },
	'642': { a3: 'ROU' },
	'804': { a3: 'UKR' }
};

/** Natural Earth units without an ISO code that belong to a country for our checks. */
const UNIT_OF: Record<string, string> = {
	// Kazakh territory leased to Russia; the main line to the Caspian really crosses it at Toretam.
	Baikonur: 'KAZ'
};

/** A Natural Earth unit's alpha-3 code (the numeric id or name where we map none) and display name. */
export function identify(
	id: string | number | undefined,
	neName: string | undefined
): { a3: string; name: string } {
	const key = id === undefined ? '' : String(id);
	const known = COUNTRIES[key];
	const name = known?.name ?? neName ?? key;
	return { a3: known?.a3 ?? UNIT_OF[name] ?? (key || name), name };
}

type CountryFeature = Feature<Polygon | MultiPolygon, { a3: string; name: string }>;

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
		.map((f) => ({
			type: 'Feature',
			geometry: f.geometry as Polygon | MultiPolygon,
			properties: identify(f.id, f.properties?.name)
		}));
	return cache;
}

/** The derived Digital Chart of the World borders: country polygons clipped to the cells they cover. */
export interface BorderFile {
	cellDeg: number;
	/** South-west corners ("lon,lat") of the cells the polygons are complete for. */
	cells: string[];
	features: Feature<Polygon | MultiPolygon, { a3: string; source: string }>[];
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

function indexParts(countries: Feature<Polygon | MultiPolygon, { a3: string }>[]): IndexedPart[] {
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
	private names = new Map<string, string>();

	constructor(borders: BorderFile | null = loadBorders(), countries: CountryFeature[] = loadCountries()) {
		this.fine = borders ? indexParts(borders.features) : [];
		this.cells = new Set(borders?.cells ?? []);
		this.cellDeg = borders?.cellDeg ?? 1;
		this.coarse = indexParts(countries);
		for (const c of countries) this.names.set(c.properties.a3, c.properties.name);
	}

	/** Whether the fine borders cover this point. */
	covers(lon: number, lat: number): boolean {
		const d = this.cellDeg;
		return this.cells.has(`${(Math.floor(lon / d) * d).toFixed(1)},${(Math.floor(lat / d) * d).toFixed(1)}`);
	}

	/** Display name of a country by alpha-3 code. */
	nameOf(a3: string): string {
		return this.names.get(a3) ?? a3;
	}

	/** The country (alpha-3) a lon/lat point lies in, or null at sea. */
	countryAt(lon: number, lat: number): string | null {
		return lookup(this.covers(lon, lat) ? this.fine : this.coarse, lon, lat);
	}
}
