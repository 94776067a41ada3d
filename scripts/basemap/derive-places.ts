// Towns for the basemap: GeoNames (CC BY 4.0) for names, positions and populations, as extracted by
// extract/30-geonames-towns.mjs; the few story places GeoNames lacks (villages and border points) from
// the project's own reviewed data. Each town gets a min zoom from its population, lowered for the places
// the article's routes run through, and a rank (story first, then size) for label priority.
import type { Feature, Point } from 'geojson';

export interface Town {
	name: string;
	lon: number;
	lat: number;
	population: number | null;
	kind: 'capital' | 'city' | 'town';
	/** A place the routes or the article name. */
	story: boolean;
	minzoom: number;
	source: string;
}

/** The places the story needs, and the zoom from which each is named. */
export const STORY_ZOOMS: Record<string, number> = {
	Baku: 3,
	Tbilisi: 3,
	Yerevan: 3,
	Ankara: 3,
	Tehran: 4,
	Istanbul: 4,
	Astana: 4,
	Almaty: 4,
	Aktau: 4,
	Nakhchivan: 5,
	Kars: 5,
	Erzurum: 5,
	Khorgos: 5,
	Ganja: 6,
	Iğdır: 6,
	Poti: 6,
	Batumi: 6,
	Akhalkalaki: 6,
	Alat: 6,
	Meghri: 6,
	Kuryk: 6,
	Kipoi: 6,
	Fier: 6,
	Melendugno: 6,
	Julfa: 7,
	Ordubad: 7,
	Goris: 7,
	Kapan: 7,
	Horadiz: 7,
	Zangilan: 7,
	Dilucu: 7,
	Sangachal: 7,
	Agarak: 8,
	Kajaran: 8,
	Aghband: 8,
	Sadarak: 8,
	Sharur: 8,
	Gardabani: 8
};

/** Towns in none of the GeoNames extracts we could reach; positions from the project's own data. */
export const EXTRA_PLACES: { name: string; lon: number; lat: number; source: string }[] = [
	{ name: 'Alat', lon: 49.427, lat: 39.954, source: 'geodata/places.json (Port of Baku at Alat)' },
	{
		name: 'Dilucu',
		lon: 44.8873,
		lat: 39.6269,
		source: 'geodata/corridors: end of the Kars–Iğdır–Dilucu railway'
	},
	{
		name: 'Aghband',
		lon: 46.5458,
		lat: 38.8782,
		source: 'geodata/corridors: end of the Horadiz–Aghband railway'
	},
	{ name: 'Kipoi', lon: 26.299, lat: 40.953, source: 'geodata/places.json (Kipoi border crossing)' }
];

/** GeoNames names the map spells otherwise (older or transliterated forms). */
const RENAME: Record<string, string> = {
	Mingelchaur: 'Mingachevir',
	Groznyy: 'Grozny',
	Orūmīyeh: 'Urmia',
	'Nazran’': 'Nazran',
	'Konaev (formerly Kapshagay)': 'Konaev',
	'Astara (Iran)': 'Astara',
	Xankandi: 'Khankendi'
};
/** Districts of Baku, and towns GeoNames gives a whole district's population (so they would be ranked
 *  as cities): left out rather than shown at the wrong size. Jolfa, Julfa's twin across the Araks in
 *  Iran, would write its name onto Julfa's at every zoom. */
const SKIP = new Set(['Qaraçuxur', 'Bakıxanov', 'Tovuz', 'Lerik', 'Saatlı', 'Jolfa']);

/** GeoNames gives some Azerbaijani towns their district's population; these are the towns' own
 *  (Natural Earth's figures, as the extract's nePopMax records). */
const populationFor = (p: Record<string, unknown>): number | null => {
	const pop = typeof p.population === 'number' ? p.population : null;
	if (p.populationSuspect && typeof p.nePopMax === 'number') return Math.min(pop ?? Infinity, p.nePopMax);
	return pop;
};

export const zoomForPopulation = (pop: number | null) =>
	pop === null ? 9 : pop >= 1e6 ? 4 : pop >= 3e5 ? 5 : pop >= 1e5 ? 6 : pop >= 3e4 ? 7 : pop >= 1e4 ? 8 : 9;

export function deriveTowns(geonames: { features: Feature<Point, Record<string, unknown>>[] }): Town[] {
	const out: Town[] = [];
	for (const f of geonames.features) {
		const p = f.properties;
		const raw = String(p.name);
		if (SKIP.has(raw)) continue;
		// Persian names in English atlases drop the long-vowel marks GeoNames writes (Ardabīl → Ardabil).
		const name = RENAME[raw] ?? raw.replace(/ā/g, 'a').replace(/ī/g, 'i').replace(/ū/g, 'u');
		const population = populationFor(p);
		const story = name in STORY_ZOOMS;
		const [lon, lat] = f.geometry.coordinates as [number, number];
		out.push({
			name,
			lon: Math.round(lon * 1e4) / 1e4,
			lat: Math.round(lat * 1e4) / 1e4,
			population,
			kind: p.featureCode === 'PPLC' ? 'capital' : (population ?? 0) >= 1e5 ? 'city' : 'town',
			story,
			minzoom: Math.min(STORY_ZOOMS[name] ?? 99, zoomForPopulation(population)),
			source: `GeoNames ${p.geonameid ?? '(position only)'}`
		});
	}
	for (const e of EXTRA_PLACES)
		out.push({ ...e, population: null, kind: 'town', story: true, minzoom: STORY_ZOOMS[e.name] ?? 8 });
	// Largest first, so a file reader and the label ranking agree.
	return out.sort((a, b) => a.minzoom - b.minzoom || (b.population ?? 0) - (a.population ?? 0));
}
