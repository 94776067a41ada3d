// Shared e2e helpers: readiness and settled camera (waited on through state the app exposes on the map
// region: data-idle, data-camera, data-view), pixel comparisons, and a watch on errors and foreign requests.
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Watch {
	errors: string[];
	foreign: string[];
}

/** Record console errors, page errors and any request that leaves the page's origin. */
export function watch(page: Page): Watch {
	const w: Watch = { errors: [], foreign: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') w.errors.push(m.text());
	});
	page.on('pageerror', (e) => w.errors.push(String(e)));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['http:', 'https:'].includes(url.protocol)) return; // data:, blob:
		if (url.host !== new URL(page.url() === 'about:blank' ? r.url() : page.url()).host)
			w.foreign.push(r.url());
	});
	return w;
}

const region = (page: Page) => page.getByTestId('map-region');

export async function gotoReady(page: Page, path = '/') {
	await page.goto(path);
	await expect(region(page)).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	await settle(page);
}

/** Wait until the map has drawn every change asked of it (the map reports idle). */
export async function settle(page: Page) {
	await expect(region(page)).toHaveAttribute('data-idle', 'true', { timeout: 30_000 });
}

/** The map style's name, which carries the palette ('' while no style has loaded). */
export const styleName = (page: Page): Promise<string> =>
	page.evaluate(
		() => (window as unknown as { __mapProbe?: { styleName(): string } }).__mapProbe?.styleName() ?? ''
	);

/** The reader presses the header's Dark switch; waits until the map has drawn the dark palette. */
export async function switchToDark(page: Page) {
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect.poll(() => styleName(page)).toContain('dark');
	await settle(page);
}

/** How many camera moves have come to rest so far. */
export async function cameraMoves(page: Page): Promise<number> {
	return Number(await region(page).getAttribute('data-camera'));
}

export const mapHash = (page: Page): string | undefined => new URL(page.url()).hash.match(/map=[^&]+/)?.[0];

/** The view in the URL once the camera is at rest and the URL has caught up with it. With `after` (a
 *  count from `cameraMoves`), first wait for a move that ends after that count. */
export async function settledView(page: Page, after?: number): Promise<string> {
	if (after !== undefined)
		await expect.poll(() => cameraMoves(page), { timeout: 30_000 }).toBeGreaterThan(after);
	await settle(page);
	const view = `map=${await region(page).getAttribute('data-view')}`;
	await expect.poll(() => mapHash(page)).toBe(view);
	return view;
}

/** The view in a URL hash's `map=zoom/lat/lon`, as numbers. */
export function parseView(hash: string | undefined): { zoom: number; lat: number; lon: number } | null {
	const m = hash?.match(/map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/);
	return m ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
}

/** A settled view as numbers: [zoom, lat, lon]. */
export async function settledCamera(page: Page, after?: number): Promise<number[]> {
	const view = parseView(await settledView(page, after));
	expect(view).not.toBeNull();
	return [view!.zoom, view!.lat, view!.lon];
}

export async function mapShot(page: Page): Promise<PNG> {
	// The canvas only: overlays (legend, panel, tooltip) are masked so their swatches don't count as map pixels.
	const buf = await page.locator('.maplibregl-canvas').screenshot({
		mask: [page.locator('.legend-wrap'), page.locator('aside'), page.locator('.tooltip')],
		maskColor: '#808080'
	});
	return PNG.sync.read(buf);
}

/** Share of pixels that differ noticeably between two same-size images. */
export function diffRatio(a: PNG, b: PNG): number {
	expect(a.width).toBe(b.width);
	expect(a.height).toBe(b.height);
	let diff = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		const d =
			Math.abs(a.data[i]! - b.data[i]!) +
			Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
			Math.abs(a.data[i + 2]! - b.data[i + 2]!);
		if (d > 40) diff++;
	}
	return diff / (a.width * a.height);
}

function hexToRgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Pixels close to a colour (the corridor's line colour), as canvas-relative points. */
export function findColor(img: PNG, hex: string, tolerance = 30): { x: number; y: number }[] {
	const [r, g, b] = hexToRgb(hex);
	const out: { x: number; y: number }[] = [];
	for (let y = 0; y < img.height; y += 2) {
		for (let x = 0; x < img.width; x += 2) {
			const i = (y * img.width + x) * 4;
			if (
				Math.abs(img.data[i]! - r) + Math.abs(img.data[i + 1]! - g) + Math.abs(img.data[i + 2]! - b) <
				tolerance
			)
				out.push({ x, y });
		}
	}
	return out;
}
