// The geodata build: validate everything in geodata/, derive facts, write what the app loads.
// Run by `npm run geodata` (and so by dev, build and test). Exits 1 naming file, feature id and check.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DataVersionSchema } from '../../src/lib/data/schema/content';
import type { DataVersion } from '../../src/lib/data/types';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { buildBasemapTiles } from '../basemap/build/index';
import { lines } from './geometry';
import { checkContent } from './check-content';
import { CountryIndex } from './country-index';
import { emitContent, emitCorridorGeometry, routeRoles } from './emit-app-data';
import { writeDownloads } from './emit-downloads';
import { GeodataError, schemaProblems, type Problem } from './problems';
import { buildFonts, strings } from './subset-fonts';
import { validateCorridors } from './validate-corridors';

export interface BuildPaths {
	geodata: string;
	staticData: string;
	fonts: string;
	/** The basemap's committed inputs (default geodata/basemap); null leaves the basemap out (the golden
	 *  tests of the content build). */
	basemap?: string | null;
}

function readJson(file: string, problems: Problem[]): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		problems.push({ file, id: '(file)', check: 'json', message: (e as Error).message });
		return undefined;
	}
}

/** Read and validate all sources; throws GeodataError listing every problem. */
export function loadGeodata(root: string, index = new CountryIndex()) {
	const problems: Problem[] = [];
	const path = (...parts: string[]) => relative(process.cwd(), join(root, ...parts));
	const dir = join(root, 'corridors');
	const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
	const inputs = files.map((f) => ({
		file: path('corridors', f),
		json: readJson(join(dir, f), problems),
		expectedId: basename(f, '.geojson')
	}));
	for (const id of CORRIDOR_IDS)
		if (!files.includes(`${id}.geojson`))
			problems.push({
				file: path('corridors', `${id}.geojson`),
				id,
				check: 'file',
				message: 'corridor file is missing'
			});
	const corridors = validateCorridors(
		inputs.filter((i) => i.json !== undefined),
		index,
		problems
	);
	const content = {
		claimsFile: path('article', 'claims.json'),
		contextFile: path('article', 'context.json'),
		placesFile: path('places.json'),
		tourFile: path('article', 'tour.json')
	};
	const raw = {
		claims: readJson(content.claimsFile, problems),
		context: readJson(content.contextFile, problems),
		places: readJson(content.placesFile, problems),
		tour: readJson(content.tourFile, problems)
	};
	const checked = checkContent(content, raw, corridors, problems);
	const versionFile = path('version.json');
	const version = DataVersionSchema.safeParse(readJson(versionFile, problems));
	if (!version.success) problems.push(...schemaProblems(versionFile, '(file)', version.error));
	if (problems.length > 0 || !checked || !version.success) throw new GeodataError(problems);
	return { corridors, content: checked, version: version.data as DataVersion, index };
}

export async function build(paths: BuildPaths) {
	const { corridors, content, version, index } = loadGeodata(paths.geodata);
	mkdirSync(paths.staticData, { recursive: true });
	const write = (name: string, data: unknown) =>
		writeFileSync(join(paths.staticData, name), JSON.stringify(data));
	// The basemap: vector tiles, relief, sprite and glyphs (scripts/basemap/build).
	for (const old of ['land.json', 'borders.json', 'labels.json'])
		rmSync(join(paths.staticData, old), { force: true });
	const basemapInputs = paths.basemap === undefined ? join(paths.geodata, 'basemap') : paths.basemap;
	const basemap =
		basemapInputs === null
			? null
			: await buildBasemapTiles({
					inputDir: basemapInputs,
					outDir: paths.staticData,
					routes: corridors.flatMap((c) =>
						c.segments.map((s) => ({
							mode: s.segment.properties.mode,
							name: s.segment.properties.name,
							lines: lines(s.segment.geometry)
						}))
					),
					places: content.places
				});
	write('corridors.json', emitCorridorGeometry(corridors, routeRoles(corridors, content.claims)));
	const emitted = emitContent(corridors, content, version, (a3) => index.nameOf(a3));
	write('content.json', emitted);
	writeDownloads(join(paths.staticData, 'downloads'), corridors, content.article, content.claims, version);
	copyFileSync(join(paths.geodata, 'CHANGELOG.md'), join(paths.staticData, 'CHANGELOG.md'));
	await buildFonts(paths.fonts, [...strings(emitted), ...content.places.map((p) => p.name)]);
	return { corridors, content: emitted, basemap };
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
	const t0 = performance.now();
	try {
		const { corridors, basemap } = await build({
			geodata: 'geodata',
			staticData: join('static', 'data'),
			fonts: join('src', 'lib', 'generated', 'fonts')
		});
		const n = corridors.reduce((s, c) => s + c.segments.length, 0);
		const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
		if (!basemap) throw new Error('geodata: the basemap was not built');
		console.log(
			`geodata: ${corridors.length} corridors, ${n} segments checked and written; basemap: ${basemap.overview.tiles} overview tiles (${kb(basemap.overview.bytes)}, largest ${basemap.overview.largest.key} ${kb(basemap.overview.largest.bytes)}), ${basemap.detail.tiles} detail tiles (${kb(basemap.detail.bytes)}), glyphs ${kb(basemap.glyphBytes)} (${Math.round(performance.now() - t0)} ms)`
		);
	} catch (e) {
		if (e instanceof GeodataError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
