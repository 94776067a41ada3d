// How the map loads its data files (MapLibre's addProtocol, so the map never fetches them itself).
// Every load has a timeout; a response from another origin (a redirect the page's CSP cannot govern
// in a worker) is refused; a file that is not the GeoJSON expected is an error with a message; the
// routes wait for the land, so they never appear over a blank sea. Progress is reported for the
// loading message.
import { addProtocol, removeProtocol } from 'maplibre-gl';
import { SOURCE_LABELS, isSourceId, type SourceId } from './sources';

export const DATA_PROTOCOL = 'ccdata';
export const LOAD_TIMEOUT_MS = 15_000;

/** The URL a style uses for a source's data file. */
export const protocolUrl = (source: SourceId) => `${DATA_PROTOCOL}://${source}`;

const GEOMETRIES: Record<SourceId, readonly string[]> = {
	land: ['Polygon', 'MultiPolygon'],
	borders: ['LineString', 'MultiLineString'],
	labels: ['Point'],
	corridors: ['LineString', 'MultiLineString']
};

/** Why a parsed file is not the FeatureCollection the source needs, or null when it is. */
export function shapeProblem(source: SourceId, json: unknown): string | null {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return `expected a GeoJSON FeatureCollection, got ${Array.isArray(json) ? 'an array' : typeof json}`;
	const fc = json as { type?: unknown; features?: unknown };
	if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return 'expected a GeoJSON FeatureCollection with a features array';
	const allowed = GEOMETRIES[source];
	const bad = fc.features.findIndex(
		(f) => !allowed.includes((f as { geometry?: { type?: unknown } } | null)?.geometry?.type as string)
	);
	return bad < 0 ? null : `feature ${bad} is not a ${allowed.join(' or ')}`;
}

export type LoadEvent = 'start' | 'done' | 'failed';

/** Registers the loader for the page's map; returns a function that removes it. */
export function registerDataLoader(
	dataRoot: () => string,
	report: (source: SourceId, event: LoadEvent) => void
): () => void {
	let landSettled!: () => void;
	const land = new Promise<void>((r) => (landSettled = r));

	async function load(source: SourceId, signal: AbortSignal): Promise<object> {
		const url = new URL(`${source}.json`, dataRoot());
		let res: Response;
		try {
			res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(LOAD_TIMEOUT_MS)]) });
		} catch (e) {
			if ((e as Error).name === 'TimeoutError')
				throw new Error(`no answer after ${LOAD_TIMEOUT_MS / 1000} s`);
			throw new Error(`the request failed (${(e as Error).message || 'offline?'})`);
		}
		if (new URL(res.url).origin !== location.origin)
			throw new Error(
				`the file came from another site (${new URL(res.url).origin}); data must not redirect away`
			);
		if (!res.ok) throw new Error(`the server answered HTTP ${res.status}`);
		let json: unknown;
		try {
			json = await res.json();
		} catch {
			throw new Error('the file is not valid JSON');
		}
		const problem = shapeProblem(source, json);
		if (problem) throw new Error(problem);
		return json as object;
	}

	addProtocol(DATA_PROTOCOL, async (params, abort) => {
		const source = params.url.slice(DATA_PROTOCOL.length + 3);
		if (!isSourceId(source)) throw new Error(`unknown map data "${source}"`);
		report(source, 'start');
		if (source === 'corridors') await land;
		try {
			const data = await load(source, abort.signal);
			report(source, 'done');
			return { data };
		} catch (e) {
			report(source, 'failed');
			throw new Error(`${SOURCE_LABELS[source]}: ${(e as Error).message}`);
		} finally {
			if (source === 'land') landSettled();
		}
	});
	return () => removeProtocol(DATA_PROTOCOL);
}
