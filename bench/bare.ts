// The benchmark's references: plain MapLibre, no framework, drawing the app's own built data files at
// the same size, with the app's own style or (?style=minimal) one plain layer per source and no labels.
// Bundled by bench/run.ts with esbuild.
import { addProtocol, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_BOUNDS } from '../src/lib/region';
import { buildStyle } from '../src/lib/map/style';
import { minimalStyle } from './minimal-style';
import { MAP_FADE_MS } from '../src/lib/map/create-map';
import { corridorLayerIds } from '../src/lib/map/layers/registry';
import type { CorridorId } from '../src/lib/data/vocabulary';

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
// Same map size as the app's map region (the benchmark passes it).
const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${params.get('w') ?? 1280}px`;
container.style.height = `${params.get('h') ?? 744}px`;
// The app's first view when the benchmark passes it (the app frames the routes clear of its legend),
// so both pages draw the same part of the map; otherwise the default bounds.
const [zoom, lat, lon] = ['zoom', 'lat', 'lon'].map((k) => Number(params.get(k) ?? NaN));
const camera =
	Number.isFinite(zoom) && Number.isFinite(lat) && Number.isFinite(lon)
		? { center: [lon!, lat!] as [number, number], zoom: zoom! }
		: { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 20 } };
// ?protocol=1: every file through a bare addProtocol handler on the main thread, as the app's data
// loader does (without its checks), to measure what that route costs against the workers' own fetch.
const viaProtocol = params.get('protocol') === '1';
if (viaProtocol)
	addProtocol('bare', async (p, abort) => {
		const res = await fetch(`${location.origin}/data/${p.url.slice('bare://'.length)}`, {
			signal: abort.signal
		});
		if (!res.ok) return { data: p.type === 'json' ? {} : new ArrayBuffer(0) };
		return { data: p.type === 'json' ? await res.json() : await res.arrayBuffer() };
	});
// Concatenated, not resolved: URL parsing would escape the {z}/{x}/{y} placeholders.
const style = (params.get('style') === 'minimal' ? minimalStyle : buildStyle)((path) =>
	viaProtocol ? `bare://${path}` : `${location.origin}/data/${path}`
);
// Profiling aids: ?omit=symbol,raster,… drops the app style's layers of those types, to see what each costs.
const omit = new Set((params.get('omit') ?? '').split(',').filter(Boolean));
if (omit.size) style.layers = style.layers.filter((l) => !omit.has(l.type));
// ?drop=a,b drops the layers whose id contains any of those strings (e.g. drop=-label for route names).
const drop = (params.get('drop') ?? '').split(',').filter(Boolean);
if (drop.length) style.layers = style.layers.filter((l) => !drop.some((d) => l.id.includes(d)));
// ?glyphs=local: no glyphs URL, so MapLibre draws every glyph itself on the main thread from the page's
// fonts (the app's set-up before build-time glyphs), to measure what that costs.
if (params.get('glyphs') === 'local') delete style.glyphs;
// The same mark as the app's, so the bench can split time to ready into start-up and map work.
performance.mark('map-create');
const map = new MapLibreMap({
	container: 'map',
	style,
	// As the app's map (create-map.ts); ?fade=300 restores MapLibre's default to measure the difference.
	fadeDuration: params.has('fade') ? Number(params.get('fade')) : MAP_FADE_MS,
	...camera
});
map.once('idle', () => performance.mark('map-ready'));

/** Hooks the benchmark drives: toggle a corridor like the legend does. */
(window as unknown as { bench: unknown }).bench = {
	toggle(id: CorridorId, on: boolean) {
		for (const l of corridorLayerIds(id)) map.setLayoutProperty(l, 'visibility', on ? 'visible' : 'none');
	}
};
