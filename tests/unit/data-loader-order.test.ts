// The routes download beside the land but reach the map only once the first basemap tile has settled,
// so they never show over a blank sea, and their download is not held back by it. Drives the real
// protocol handler with MapLibre's addProtocol captured and fetch stubbed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (params: { url: string }, abort: AbortController) => Promise<{ data: unknown }>;
let handler: Handler | undefined;
vi.mock('maplibre-gl', () => ({
	addProtocol: (_name: string, h: Handler) => (handler = h),
	removeProtocol: () => (handler = undefined)
}));
const { registerDataLoader } = await import('../../src/lib/map/data-loader');

const ORIGIN = 'https://cc.test';
const corridors = { type: 'FeatureCollection', features: [] };
const tile = Uint8Array.from([0x1a, 0, 0, 0]).buffer;
const glyphRange = Uint8Array.from([0x0a, 0, 0, 0]).buffer;

describe('data loader order', () => {
	let answerTile!: () => void;
	const asked: string[] = [];

	beforeEach(() => {
		asked.length = 0;
		vi.stubGlobal('location', { origin: ORIGIN });
		const tileAnswer = new Promise<void>((r) => (answerTile = r));
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: URL) => {
				asked.push(url.pathname);
				if (url.pathname.endsWith('corridors.json'))
					return { ok: true, status: 200, url: url.href, json: async () => corridors };
				if (url.pathname.includes('/glyphs/'))
					return { ok: true, status: 200, url: url.href, arrayBuffer: async () => glyphRange.slice(0) };
				await tileAnswer;
				return { ok: true, status: 200, url: url.href, arrayBuffer: async () => tile };
			})
		);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('asks for the routes at once, and hands them to the map only after the first tile', async () => {
		const reports: string[] = [];
		const unregister = registerDataLoader(
			() => `${ORIGIN}/data/`,
			(source, event) => reports.push(`${source}:${event}`)
		);
		const events: string[] = [];
		const land = handler!({ url: 'ccdata://tiles/overview/5/19/11.pbf' }, new AbortController()).then(() =>
			events.push('land')
		);
		const routes = handler!({ url: 'ccdata://corridors.json' }, new AbortController()).then(() =>
			events.push('routes')
		);
		await vi.waitFor(() => expect(asked).toContain('/data/corridors.json'));
		// The routes' file is in, yet the map has not been given it: the land has not arrived.
		await new Promise((r) => setImmediate(r));
		expect(events).toEqual([]);
		answerTile();
		await Promise.all([land, routes]);
		expect(events).toEqual(['land', 'routes']);
		expect(reports).toContain('corridors:done');
		unregister();
	});

	it('loads the files asked for early before the map asks, and hands each over without a second request', async () => {
		const glyphs = 'glyphs/Noto Sans Regular/0-255.pbf';
		const unregister = registerDataLoader(
			() => `${ORIGIN}/data/`,
			() => {},
			[glyphs]
		);
		// Nothing asked of the map yet, and the file is on its way.
		await vi.waitFor(() => expect(asked).toEqual(['/data/glyphs/Noto%20Sans%20Regular/0-255.pbf']));
		const got = await handler!({ url: `ccdata://${glyphs}` }, new AbortController());
		expect(got.data).toBeInstanceOf(ArrayBuffer);
		expect(asked).toHaveLength(1);
		// A second ask (the map dropped its copy) loads the file again.
		await handler!({ url: `ccdata://${glyphs}` }, new AbortController());
		expect(asked).toHaveLength(2);
		unregister();
	});

	it('names a file it cannot load early', () => {
		expect(() =>
			registerDataLoader(
				() => `${ORIGIN}/data/`,
				() => {},
				['fonts/x.woff2']
			)
		).toThrow('unknown map data "fonts/x.woff2" to load early');
	});
});
