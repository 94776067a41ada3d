// How the map loads its data (MapLibre's addProtocol, so the map never fetches anything itself): the
// corridors (GeoJSON), the basemap's vector tiles, the relief tiles, the glyphs and the sprite. Every
// load has a timeout; a response from another origin (a redirect the page's CSP cannot govern in a
// worker) is refused; a file that is not what its kind must be is an error with a message. A tile the
// build did not write (sea, or nothing there) is empty, not an error. The routes reach the map after
// the first basemap tile, so they never appear over a blank sea. Files every view needs (the label
// glyphs) can be asked for right after the map is created, long before its worker finds it needs them,
// so they are in when it does. Progress is reported for the loading message.
import { addProtocol, removeProtocol } from 'maplibre-gl';
import { SOURCE_LABELS, type DataPath, type SourceId } from './sources';

export const DATA_PROTOCOL = 'ccdata';
export const LOAD_TIMEOUT_MS = 15_000;

/** The URL a style uses for a piece of data. */
export const protocolUrl = (path: DataPath) => `${DATA_PROTOCOL}://${path}`;

type Kind = 'corridors' | 'tile' | 'relief' | 'glyphs' | 'sprite-json' | 'sprite-image';

/** What a requested path is, and which source (if any) it belongs to. */
export function classify(path: string): { kind: Kind; source: SourceId | null } | null {
	if (path === 'corridors.json') return { kind: 'corridors', source: 'corridors' };
	if (/^tiles\/(overview|detail)\/\d+\/\d+\/\d+\.pbf$/.test(path))
		return { kind: 'tile', source: path.split('/')[1] as SourceId };
	if (/^relief\/\d+\/\d+\/\d+\.png$/.test(path)) return { kind: 'relief', source: 'relief' };
	if (/^glyphs\/[\w ,-]+\/\d+-\d+\.pbf$/.test(path)) return { kind: 'glyphs', source: null };
	if (/^sprite\/sprite(@2x)?\.json$/.test(path)) return { kind: 'sprite-json', source: null };
	if (/^sprite\/sprite(@2x)?\.png$/.test(path)) return { kind: 'sprite-image', source: null };
	return null;
}

const GEOMETRIES = ['LineString', 'MultiLineString'];

/** Why a parsed corridors file is not the FeatureCollection of lines expected, or null when it is. */
export function corridorsProblem(json: unknown): string | null {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return `expected a GeoJSON FeatureCollection, got ${Array.isArray(json) ? 'an array' : typeof json}`;
	const fc = json as { type?: unknown; features?: unknown };
	if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return 'expected a GeoJSON FeatureCollection with a features array';
	const bad = fc.features.findIndex(
		(f) => !GEOMETRIES.includes((f as { geometry?: { type?: unknown } } | null)?.geometry?.type as string)
	);
	return bad < 0 ? null : `feature ${bad} is not a ${GEOMETRIES.join(' or ')}`;
}

/** Why binary data is not of its kind (by its first bytes), or null. An empty tile is fine. */
export function binaryProblem(kind: Kind, data: ArrayBuffer): string | null {
	const b = new Uint8Array(data, 0, Math.min(4, data.byteLength));
	if (data.byteLength === 0)
		return kind === 'sprite-image' || kind === 'relief' ? 'the image is empty' : null;
	// A vector tile starts with its first layer (field 3), a glyph file with its font stack (field 1).
	if (kind === 'tile' && b[0] !== 0x1a) return 'not a vector tile';
	if (kind === 'glyphs' && b[0] !== 0x0a) return 'not a glyph file';
	if ((kind === 'relief' || kind === 'sprite-image') && !(b[0] === 0x89 && b[1] === 0x50))
		return 'not a PNG image';
	return null;
}

/** A transparent 1×1 PNG: the relief where the build wrote no tile (sea, or flat land). */
const EMPTY_PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
	(c) => c.charCodeAt(0)
).buffer;

export type LoadEvent = 'start' | 'done' | 'failed';

/** One segment of a data path, as a URL path segment: font stack names carry spaces. '@' (the 2×
 *  sprite's name) stays as it is: it is legal in a path, and static servers that decode paths with
 *  decodeURI (sirv, Vite's preview) or take them literally (object stores) would miss `%40`. */
export const encodeSegment = (s: string) => encodeURIComponent(s).replaceAll('%40', '@');

class Missing extends Error {}

/** Registers the loader for the page's map; returns a function that removes it. */
export function registerDataLoader(
	dataRoot: () => string,
	report: (source: SourceId, event: LoadEvent) => void,
	early: readonly string[] = []
): () => void {
	let landSettled!: () => void;
	const land = new Promise<void>((r) => (landSettled = r));
	const started = new Set<SourceId>();
	const done = new Set<SourceId>();

	async function fetchChecked(path: string, signal: AbortSignal): Promise<Response> {
		const url = new URL(path.split('/').map(encodeSegment).join('/'), dataRoot());
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
		if (res.status === 404) throw new Missing();
		if (!res.ok) throw new Error(`the server answered HTTP ${res.status}`);
		return res;
	}

	async function load(
		path: string,
		kind: Kind,
		signal: AbortSignal
	): Promise<{ data: ArrayBuffer | object }> {
		let res: Response;
		try {
			res = await fetchChecked(path, signal);
		} catch (e) {
			if (!(e instanceof Missing)) throw e;
			// Tiles and glyph ranges the build left out are empty; relief is transparent there.
			if (kind === 'tile' || kind === 'glyphs') return { data: new ArrayBuffer(0) };
			if (kind === 'relief') return { data: EMPTY_PNG.slice(0) };
			throw new Error('the server answered HTTP 404');
		}
		if (kind === 'corridors' || kind === 'sprite-json') {
			let json: unknown;
			try {
				json = await res.json();
			} catch {
				throw new Error('the file is not valid JSON');
			}
			const problem =
				kind === 'corridors'
					? corridorsProblem(json)
					: typeof json === 'object' && json && !Array.isArray(json)
						? null
						: 'expected a sprite index';
			if (problem) throw new Error(problem);
			return { data: json as object };
		}
		const data = await res.arrayBuffer();
		const problem = binaryProblem(kind, data);
		if (problem) throw new Error(problem);
		return { data };
	}

	/** Loads begun before the map asked; each is handed over once (the map may transfer its buffer). */
	const begun = new Map<string, Promise<{ data: ArrayBuffer | object }>>();
	const asked = new Set<string>();
	const pageGone = new AbortController();
	for (const path of early) if (!classify(path)) throw new Error(`unknown map data "${path}" to load early`);
	// After the task that registers the loader (the page creates its map in it): the map's constructor
	// does not wait for these requests to be made.
	const timer = setTimeout(() => {
		for (const path of early) {
			if (asked.has(path)) continue;
			const loading = load(path, classify(path)!.kind, pageGone.signal);
			// A failure is reported when the map asks for the file, as for any other load.
			loading.catch(() => {});
			begun.set(path, loading);
		}
	});

	addProtocol(DATA_PROTOCOL, async (params, abort) => {
		const path = params.url.slice(DATA_PROTOCOL.length + 3);
		const what = classify(path);
		if (!what) throw new Error(`unknown map data "${path}"`);
		const { kind, source } = what;
		asked.add(path);
		const ahead = begun.get(path);
		begun.delete(path);
		if (source && !started.has(source)) {
			started.add(source);
			report(source, 'start');
		}
		try {
			// The routes download beside the land but reach the map only after it, so they never show
			// over a blank sea.
			const result = await (ahead ?? load(path, kind, abort.signal));
			if (kind === 'corridors') await land;
			if (source && !done.has(source)) {
				done.add(source);
				report(source, 'done');
			}
			return result;
		} catch (e) {
			if (source) report(source, 'failed');
			throw new Error(`${source ? SOURCE_LABELS[source] : 'map labels'}: ${(e as Error).message}`);
		} finally {
			if (source === 'overview') landSettled();
		}
	});
	return () => {
		clearTimeout(timer);
		pageGone.abort();
		removeProtocol(DATA_PROTOCOL);
	};
}
