// The project's own geodata passes every check, and the basemap covers the countries the routes cross.
import { booleanPointInPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, detailCells } from '../../scripts/geodata/basemap';
import { loadGeodata } from '../../scripts/geodata/build';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { REGION_BOX } from '../../src/lib/region';
import { statesPrecision } from '../../scripts/geodata/check-geography';
import { CountryIndex } from '../../scripts/geodata/country-index';
import { lines } from '../../scripts/geodata/geometry';

let data: ReturnType<typeof loadGeodata>;
beforeAll(() => {
	data = loadGeodata('geodata');
}, 120_000);

describe('the real geodata', () => {
	it('has every corridor, each with line segments in [lon, lat] inside the region', () => {
		expect(data.corridors.map((c) => c.meta.id).sort()).toEqual([...CORRIDOR_IDS].sort());
		for (const c of data.corridors) {
			expect(c.segments.length, c.meta.id).toBeGreaterThan(0);
			for (const { segment } of c.segments) {
				expect(['LineString', 'MultiLineString']).toContain(segment.geometry.type);
				for (const [lon, lat] of lines(segment.geometry).flat()) {
					expect(lon).toBeGreaterThanOrEqual(REGION_BOX.west);
					expect(lon).toBeLessThanOrEqual(REGION_BOX.east);
					expect(lat).toBeGreaterThanOrEqual(REGION_BOX.south);
					expect(lat).toBeLessThanOrEqual(REGION_BOX.north);
				}
			}
		}
	});

	it('derives the countries the issue names for the key segments', () => {
		const seg = (id: string) =>
			data.corridors.flatMap((c) => c.segments).find((s) => s.segment.properties.id === id)!;
		expect(seg('tripp').derived.countriesCrossed).toEqual(['ARM']);
		expect(seg('aras-corridor').derived.countriesCrossed).toEqual(['AZE', 'IRN', 'AZE']);
		expect(seg('horadiz-agbend').derived.countriesCrossed).toEqual(['AZE']);
		expect(seg('tanap').derived.countriesCrossed).toEqual(['TUR']);
		expect(seg('scp').derived.countriesCrossed.slice(0, 2)).toEqual(['AZE', 'GEO']);
		expect(seg('tap').derived.countriesCrossed).toEqual(['GRC', 'ALB', 'ITA']);
		expect(seg('btk').derived.countriesCrossed).toEqual(['AZE', 'GEO', 'TUR']);
		// The Taraz–Tulkibas stretch runs through Kyrgyzstan and back into Kazakhstan.
		expect(seg('mc-china-kazakhstan').derived.countriesCrossed).toEqual(['CHN', 'KAZ', 'KGZ', 'KAZ']);
		expect(seg('mc-georgian-ports').derived.countriesCrossed).toEqual(['GEO']);
		expect(seg('mc-caspian-ferry').derived.landKm).toBeLessThanOrEqual(5);
	});

	it('draws no straight stretch longer than the one its note admits', () => {
		// The longest admitted gap is 101 km on the Shalkar–Beyneu railway (see its geometryNote);
		// anything longer means vertices were lost in an edit.
		for (const { segment, derived } of data.corridors.flatMap((c) => c.segments)) {
			const p = segment.properties;
			expect(derived.detail.longestStepKm, p.id).toBeLessThanOrEqual(p.maxStepKm);
			expect(statesPrecision(p.geometryNote, p.precisionKm), p.id).toBe(true);
			if (p.mode === 'sea') continue;
			expect(derived.detail.longestStepKm, p.id).toBeLessThanOrEqual(102);
			expect(derived.detail.medianStepKm, p.id).toBeLessThanOrEqual(15);
		}
	});

	it('draws every segment within 10% of its published length, or explains why in lengthNote', () => {
		for (const { segment, derived } of data.corridors.flatMap((c) => c.segments)) {
			const p = segment.properties;
			if (p.lengthKmPublished === null || p.lengthNote) continue;
			const off = Math.abs(derived.lengthKm - p.lengthKmPublished) / p.lengthKmPublished;
			expect(
				off,
				`${p.id}: ${derived.lengthKm} km drawn, ${p.lengthKmPublished} published`
			).toBeLessThanOrEqual(0.1);
		}
	});

	it('checks countries against the fine borders wherever a line runs', () => {
		const index = new CountryIndex();
		for (const c of data.corridors)
			for (const s of c.segments)
				for (const [lon, lat] of s.densified)
					expect(index.covers(lon!, lat!), s.segment.properties.id).toBe(true);
		// Natural Earth draws the Araks up to 3 km north of the Digital Chart of the World here: Agarak is in Armenia.
		expect(index.countryAt(46.18, 38.86)).toBe('ARM');
		// Sadarak, in the part of Nakhchivan that DCW-GMT lacks (filled from Natural Earth).
		expect(index.countryAt(44.887, 39.627)).toBe('AZE');
	});

	it('builds a basemap whose land covers the corridor countries', () => {
		const vertices = data.corridors.flatMap((c) => c.segments.flatMap((s) => s.densified));
		const { land, borders, countryLabels } = buildBasemap(detailCells(vertices));
		const places: [string, number, number][] = [
			['AZE', 49.87, 40.41], // Baku
			['ARM', 44.51, 40.18], // Yerevan
			['GEO', 44.79, 41.72], // Tbilisi
			['TUR', 32.86, 39.93], // Ankara
			['IRN', 51.39, 35.69], // Tehran
			['KAZ', 71.47, 51.16] // Astana
		];
		for (const [a3, lon, lat] of places) {
			const country = land.features.find((f) => f.properties.a3 === a3);
			expect(country, a3).toBeDefined();
			expect(booleanPointInPolygon([lon, lat], country!), a3).toBe(true);
		}
		// The Caspian is water: no land polygon contains its middle.
		expect(land.features.some((f) => booleanPointInPolygon([50.8, 41.9], f))).toBe(false);
		expect(borders.features[0]!.geometry.coordinates.length).toBeGreaterThan(10);
		const labels = countryLabels.features.map((f) => f.properties.name);
		expect(labels).toEqual(expect.arrayContaining(['Azerbaijan', 'Türkiye', 'North Macedonia']));
		// Not states: drawn as land, never labelled like one.
		for (const name of ['N. Cyprus', 'Somaliland', 'Baikonur', 'Macedonia', 'Turkey'])
			expect(labels).not.toContain(name);
	}, 60_000);
});
