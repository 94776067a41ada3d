// The routes download beside the land but reach the map only once the first basemap tile has settled
// (the map reports it: `landed`), so they never show over a blank sea, and their download is not held
// back by it. Drives the real protocol handler with MapLibre's addProtocol captured and fetch stubbed.
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

describe('data loader order', () => {
	const asked: string[] = [];

	beforeEach(() => {
		asked.length = 0;
		vi.stubGlobal('location', { origin: ORIGIN });
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: URL) => {
				asked.push(url.pathname);
				return { ok: true, status: 200, url: url.href, json: async () => corridors };
			})
		);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('asks for the routes at once, and hands them to the map only after the first tile', async () => {
		const reports: string[] = [];
		const loader = registerDataLoader(
			() => `${ORIGIN}/data/`,
			(source, event) => reports.push(`${source}:${event}`)
		);
		const events: string[] = [];
		const routes = handler!({ url: 'ccdata://corridors.json' }, new AbortController()).then(() =>
			events.push('routes')
		);
		await vi.waitFor(() => expect(asked).toContain('/data/corridors.json'));
		// The routes' file is in, yet the map has not been given it: the land has not arrived.
		await new Promise((r) => setImmediate(r));
		expect(events).toEqual([]);
		expect(reports).not.toContain('corridors:done');
		events.push('land');
		loader.landed();
		await routes;
		expect(events).toEqual(['land', 'routes']);
		expect(reports).toContain('corridors:done');
		loader.remove();
		expect(handler).toBeUndefined();
	});

	it('hands the routes over at once when the land came first', async () => {
		const loader = registerDataLoader(
			() => `${ORIGIN}/data/`,
			() => {}
		);
		loader.landed();
		await expect(handler!({ url: 'ccdata://corridors.json' }, new AbortController())).resolves.toEqual({
			data: corridors
		});
		loader.remove();
	});
});
