// The geodata build: validate everything in geodata/, derive facts, write what the app loads.
// Run by `npm run geodata` (and so by dev, build and test). Exits 1 naming file, feature id and check.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CORRIDOR_IDS } from '../../src/lib/corridors';
import { buildBasemap, detailCells } from './basemap';
import { checkContent, type ContentInput } from './check-content';
import { CountryIndex } from './country-index';
import { GeodataError, type Problem } from './checks';
import { validateCorridors, type ValidatedCorridor } from './validate-corridors';
import { emitCorridorGeometry, emitContent } from './emit-app-data';
import { writeDownloads, type DataVersion } from './emit-downloads';
import { buildFonts, strings } from './subset-fonts';

export interface BuildPaths {
	geodata: string;
	staticData: string;
	fonts: string;
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
	const dir = join(root, 'corridors');
	const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
	const inputs = files.map((f) => {
		const file = relative(process.cwd(), join(dir, f));
		return { file, json: readJson(join(dir, f), problems), expectedId: basename(f, '.geojson') };
	});
	for (const id of CORRIDOR_IDS) {
		if (!files.includes(`${id}.geojson`))
			problems.push({
				file: relative(process.cwd(), join(dir, `${id}.geojson`)),
				id,
				check: 'file',
				message: 'corridor file is missing'
			});
	}
	const corridors = validateCorridors(
		inputs.filter((i) => i.json !== undefined),
		index,
		problems
	);
	const content: ContentInput = {
		claimsFile: relative(process.cwd(), join(root, 'article', 'claims.json')),
		contextFile: relative(process.cwd(), join(root, 'article', 'context.json')),
		placesFile: relative(process.cwd(), join(root, 'places.json')),
		tourFile: relative(process.cwd(), join(root, 'article', 'tour.json'))
	};
	const checked = checkContent(
		content,
		{
			claims: readJson(join(root, 'article', 'claims.json'), problems),
			context: readJson(join(root, 'article', 'context.json'), problems),
			places: readJson(join(root, 'places.json'), problems),
			tour: readJson(join(root, 'article', 'tour.json'), problems)
		},
		corridors,
		problems
	);
	if (problems.length > 0) throw new GeodataError(problems);
	return { corridors, content: checked! };
}

export async function build(paths: BuildPaths): Promise<{ corridors: ValidatedCorridor[] }> {
	const { corridors, content } = loadGeodata(paths.geodata);
	mkdirSync(paths.staticData, { recursive: true });
	const vertices = corridors.flatMap((c) => c.segments.flatMap((s) => s.densified));
	const basemap = buildBasemap(detailCells(vertices));
	const write = (name: string, data: unknown) =>
		writeFileSync(join(paths.staticData, name), JSON.stringify(data));
	write('land.json', basemap.land);
	write('borders.json', basemap.borders);
	write('labels.json', {
		type: 'FeatureCollection',
		features: [
			...basemap.countryLabels.features.map((f) => ({
				...f,
				properties: { ...f.properties, kind: 'country' }
			})),
			...content.places.map((p) => ({
				type: 'Feature',
				properties: { name: p.name, kind: p.kind, minzoom: p.minzoom },
				geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
			}))
		]
	});
	write('corridors.json', emitCorridorGeometry(corridors));
	const version = JSON.parse(readFileSync(join(paths.geodata, 'version.json'), 'utf8')) as DataVersion;
	const emitted = { ...emitContent(corridors, content), data: version };
	write('content.json', emitted);
	writeDownloads(join(paths.staticData, 'downloads'), corridors, content.article, content.claims, version);
	copyFileSync(join(paths.geodata, 'CHANGELOG.md'), join(paths.staticData, 'CHANGELOG.md'));
	await buildFonts(paths.fonts, [
		...strings(emitted),
		...content.places.map((p) => p.name),
		...basemap.countryLabels.features.map((f) => f.properties.name)
	]);
	return { corridors };
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
	const t0 = performance.now();
	try {
		const { corridors } = await build({
			geodata: 'geodata',
			staticData: join('static', 'data'),
			fonts: join('static', 'fonts')
		});
		const n = corridors.reduce((s, c) => s + c.segments.length, 0);
		console.log(
			`geodata: ${corridors.length} corridors, ${n} segments checked and written (${Math.round(performance.now() - t0)} ms)`
		);
	} catch (e) {
		if (e instanceof GeodataError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
