// What the benchmark does in the browser: timed and counted loads, a click to a panel, a layer toggle,
// and scripted pan-and-zoom gestures with the frame times they cost.
import { statSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CORRIDOR_IDS } from '../src/lib/data/vocabulary';
import { CORRIDOR_LOOK } from '../src/lib/theme';
import { findColor } from '../tests/e2e/helpers';
import { categorise, workerFile } from './pages';
import { CATEGORIES, ORIGIN, VIEWPORT, type Category, type LoadSample } from './settings';
import { drawnFrameIntervals } from './stats';

async function openPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// tsx keeps function names with a helper that page scripts don't have.
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	// Count WebGL draw calls, so frame times can be taken from the frames in which the map drew.
	await context.addInitScript({ content: COUNT_DRAWS });
	return context.newPage();
}

async function waitReady(page: Page): Promise<number> {
	await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
		timeout: 60_000
	});
	return page.evaluate(() => performance.getEntriesByName('map-ready')[0]!.startTime);
}

/** When the page created its map (ms from navigation): time to ready splits into start-up before it and
 *  the map's own work after it. */
const createdAt = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('map-create')[0]?.startTime ?? NaN);

/** A load that is timed: nothing listens to the network, so the instrumentation cannot slow the
 *  page that makes more requests. */
export async function timedLoad(
	browser: Browser,
	path: string
): Promise<{ readyMs: number; createMs: number; page: Page }> {
	const page = await openPage(browser);
	await page.goto(ORIGIN + path);
	const readyMs = await waitReady(page);
	return { readyMs, createMs: await createdAt(page), page };
}

/** A separate, instrumented load that counts the first view's requests and bytes (not timed). */
export async function countedLoad(
	browser: Browser,
	path: string,
	maplibre: Set<string>
): Promise<{ sample: Omit<LoadSample, 'readyMs'>; page: Page }> {
	const page = await openPage(browser);
	const seen: { url: string; start: number; body: number; headers: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (r) => {
		pending.push(
			r.sizes().then((s) => {
				seen.push({
					url: r.url(),
					start: r.timing().startTime,
					body: s.responseBodySize,
					headers: s.responseHeadersSize
				});
			})
		);
	});
	await page.goto(ORIGIN + path);
	const readyMs = await waitReady(page);
	const { timeOrigin, entries } = await page.evaluate(() => ({
		timeOrigin: performance.timeOrigin,
		entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
			url: e.name,
			start: e.startTime,
			body: e.encodedBodySize,
			headers: Math.max(0, (e.transferSize || 0) - (e.encodedBodySize || 0))
		}))
	}));
	await Promise.all(pending);
	// First view: everything requested before the map was ready. Playwright sees the worker's own
	// fetches; the page's Resource Timing also sees the worker script, which Playwright misses.
	const readyAt = timeOrigin + readyMs;
	const first = seen.filter((r) => r.start <= readyAt);
	const urls = new Set(first.map((r) => r.url));
	for (const e of entries)
		if (e.start <= readyMs && !urls.has(e.url)) first.push({ ...e, start: timeOrigin + e.start });
	// Neither sees a module worker's own script: count it from the file the server sent (brotli).
	if (!first.some((r) => /maplibre-gl-worker/.test(r.url) && r.body > 0)) {
		const worker = workerFile(path);
		first.push({ url: ORIGIN + worker.url, start: 0, body: statSync(worker.file).size, headers: 0 });
	}
	const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
	for (const r of first) {
		bytes[categorise(r.url, maplibre)] += r.body || 0;
		bytes.headers += r.headers || 0;
	}
	return { sample: { requests: first.length, bytes }, page };
}

/** Time from a change to the second animation frame after it (the frame that shows it). */
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))`;

export async function toggleLatency(page: Page, app: boolean): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < 4; i++) {
		const on = i % 2 === 1;
		const ms = await page.evaluate(
			async ({ app, on, frames }) => {
				const t0 = performance.now();
				if (app) document.querySelectorAll<HTMLInputElement>('.legend input[type=checkbox]')[1]!.click();
				else
					(window as unknown as { bench: { toggle(id: string, on: boolean): void } }).bench.toggle(
						'middle-corridor',
						on
					);
				const t1 = (await (0, eval)(frames)) as number;
				return t1 - t0;
			},
			{ app, on, frames: TWO_FRAMES }
		);
		out.push(ms);
	}
	return out;
}

/** Click on a route → panel rendered: `dom` when it is in the document and laid out, `frame` when
 *  the next frame is painted (bounded below by the map's own frame time on this machine). */
export async function clickToPanel(page: Page): Promise<{ dom: number[]; frame: number[] }> {
	const canvas = page.locator('.maplibregl-canvas');
	/** A point of the Middle Corridor well away from every other corridor: where routes run side by
	 *  side, a click opens the chooser instead of the panel. Found again before each click, as a click
	 *  frames its route and Escape leaves the camera there. */
	const target = async () => {
		await page.locator('[data-testid="map-region"][data-idle="true"]').waitFor({ timeout: 30_000 });
		const img = PNG.sync.read(
			await canvas.screenshot({ mask: [page.locator('.legend-wrap')], maskColor: '#808080' })
		);
		const pts = findColor(img, CORRIDOR_LOOK['middle-corridor'].color);
		if (pts.length === 0) throw new Error('bench: no Middle Corridor pixel to click');
		const others = CORRIDOR_IDS.filter((c) => c !== 'middle-corridor').flatMap((c) =>
			findColor(img, CORRIDOR_LOOK[c].color).filter((_, i) => i % 4 === 0)
		);
		const room = (q: { x: number; y: number }) =>
			Math.min(...others.map((o) => Math.hypot(o.x - q.x, o.y - q.y)));
		// Not at the very edge, where the hit band is cut off.
		const inside = pts.filter(
			(q, i) => i % 8 === 0 && q.x > 8 && q.y > 8 && q.x < img.width - 8 && q.y < img.height - 8
		);
		return inside.reduce((a, b) => (room(b) > room(a) ? b : a));
	};
	const box = (await canvas.boundingBox())!;
	const out = { dom: [] as number[], frame: [] as number[] };
	for (let i = 0; i < 5; i++) {
		await page.evaluate(() => {
			const w = window as unknown as { __t0?: number; __dom?: number; __t1?: Promise<number> };
			w.__t1 = new Promise((resolve) => {
				const obs = new MutationObserver(() => {
					const panel = document.querySelector('aside[aria-label="Route details"] h2');
					if (panel) {
						obs.disconnect();
						panel.getBoundingClientRect();
						w.__dom = performance.now();
						requestAnimationFrame(() => resolve(performance.now()));
					}
				});
				obs.observe(document.body, { childList: true, subtree: true });
			});
			document
				.querySelector('.maplibregl-canvas')!
				.addEventListener('mousedown', () => (w.__t0 = performance.now()), {
					once: true,
					capture: true
				});
		});
		const p = await target();
		await page.mouse.click(box.x + p.x, box.y + p.y);
		const t = await page.evaluate(async () => {
			const w = window as unknown as { __t0: number; __dom: number; __t1: Promise<number> };
			// A click that opens no panel (a chooser, a miss) must fail the run, not hang it.
			const t1 = await Promise.race([
				w.__t1,
				new Promise<never>((_, reject) =>
					setTimeout(() => reject(new Error('bench: the click opened no route panel in 10 s')), 10_000)
				)
			]);
			return { dom: w.__dom - w.__t0, frame: t1 - w.__t0 };
		});
		out.dom.push(t.dom);
		out.frame.push(t.frame);
		await page.keyboard.press('Escape');
		await page.locator('aside[aria-label="Route details"]').waitFor({ state: 'detached' });
	}
	return out;
}

const COUNT_DRAWS = `for (const C of [globalThis.WebGL2RenderingContext, globalThis.WebGLRenderingContext]) {
	if (!C) continue;
	for (const m of ['drawElements', 'drawArrays']) {
		const f = C.prototype[m];
		C.prototype[m] = function (...a) { globalThis.__draws = (globalThis.__draws ?? 0) + 1; return f.apply(this, a); };
	}
}`;

/** Frame intervals (ms) in which the map drew while a scripted pan and zoom runs. Idle frames (the
 *  map has nothing to draw between wheel steps) tick at the display rate and would otherwise mix a
 *  second mode into the median. */
export async function frameTimes(page: Page, selector: string): Promise<number[]> {
	const box = (await page.locator(selector).boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	await page.evaluate(() => {
		const w = window as unknown as { __frames: [number, number][]; __gesture?: number; __draws?: number };
		// Each gesture's loop records into its own array and stops when the next gesture starts: a
		// shared stop flag let the previous loop's pending callback run on beside the new one, which
		// doubled every tick (zero-length intervals) from the second gesture on.
		const gesture = (w.__gesture ?? 0) + 1;
		const frames: [number, number][] = [];
		w.__gesture = gesture;
		w.__frames = frames;
		w.__draws = 0;
		const tick = (t: number) => {
			if (w.__gesture !== gesture) return;
			frames.push([t, w.__draws ?? 0]);
			w.__draws = 0;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	// Drag away and back, then zoom in and out: every gesture ends where it began, so each one (and the
	// one after the panels) draws the same part of the map as the bare page's.
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	await page.mouse.move(cx + 250, cy + 60, { steps: 25 });
	await page.mouse.move(cx, cy, { steps: 25 });
	await page.mouse.up();
	for (const dy of [-300, -300, 300, 300]) {
		await page.mouse.wheel(0, dy);
		await page.waitForTimeout(250);
	}
	await page.waitForTimeout(400);
	const ticks = await page.evaluate(() => {
		const w = window as unknown as { __frames: [number, number][]; __gesture: number };
		w.__gesture++;
		return w.__frames;
	});
	return drawnFrameIntervals(ticks);
}
