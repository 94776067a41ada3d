// `npm run bench`: the app against a bare MapLibre page drawing the same data, side by side.
// Flags: --quick (one run, writes no tracked file: for CI), --no-build (use the existing build/).
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import config from '../playwright.config';
import { CORRIDOR_LOOK } from '../src/lib/theme';
import { findColor } from '../tests/e2e/helpers';
import { PNG } from 'pngjs';
import { drawnFrameIntervals, frameMedian, pairedRatios } from './frame-median';
import { startServer } from './serve';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const RUNS = QUICK ? 1 : 7;
/** Extra load-only pairs for time to ready: per-load times vary by ±20% here, so its median needs
 *  more pairs than the full runs give (a load alone takes a few seconds). */
const EXTRA_LOAD_PAIRS = QUICK ? 0 : 14;
/** Scripted pan-and-zoom gestures per load: software-WebGL frame times are noisy, so each run needs samples. */
const GESTURES = QUICK ? 1 : 3;
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'bench/tmp';
const VIEWPORT = { width: 1280, height: 800 };

type Category = 'appJs' | 'maplibre' | 'css' | 'fonts' | 'data' | 'html' | 'other' | 'headers';
const CATEGORIES: Category[] = ['appJs', 'maplibre', 'css', 'fonts', 'data', 'html', 'other', 'headers'];
interface LoadSample {
	readyMs: number;
	requests: number;
	bytes: Record<Category, number>;
}

function frameStats(xs: number[]) {
	const s = stats(xs);
	return { ...s, median: frameMedian(xs), plainMedian: s.median };
}

function stats(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
	return { median: q(0.5), p95: q(0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, n: s.length };
}

/** Files of the build that are MapLibre (its chunk and its worker), by their content. */
function maplibreFiles(): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.m?js$/.test(e.name)) {
				const head = readFileSync(p, 'utf8');
				if (e.name.includes('maplibre') || head.includes('maplibre-gl-worker.mjs')) out.add(e.name);
			}
		}
	};
	walk('build/_app');
	return out;
}

/** The MapLibre worker script each page starts, and its brotli file on disk. */
function workerFile(path: string): { url: string; file: string } {
	if (path.startsWith('/bench/'))
		return { url: '/bench/maplibre-gl-worker.mjs', file: join(OUT, 'maplibre-gl-worker.mjs.br') };
	const dir = 'build/_app/immutable/assets';
	const name = readdirSync(dir).find((f) => f.startsWith('maplibre-gl-worker') && f.endsWith('.mjs'));
	if (!name) throw new Error('bench: no MapLibre worker in the build');
	return { url: `/_app/immutable/assets/${name}`, file: join(dir, `${name}.br`) };
}

function categorise(url: string, maplibre: Set<string>): Category {
	const path = new URL(url).pathname;
	const file = path.split('/').pop() ?? '';
	if (path.startsWith('/data/')) return 'data';
	if (/\.(woff2?|ttf)$/.test(file)) return 'fonts';
	if (file.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(file)) return maplibre.has(file) || path.startsWith('/bench/') ? 'maplibre' : 'appJs';
	if (path === '/' || file.endsWith('.html')) return 'html';
	return 'other';
}

async function bundleBare(
	mapSize: { w: number; h: number },
	view: Record<'zoom' | 'lat' | 'lon', string | undefined>
) {
	mkdirSync(OUT, { recursive: true });
	await esbuild({
		entryPoints: { bare: 'bench/bare.ts' },
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		outdir: OUT,
		loader: { '.woff2': 'file', '.woff': 'file' },
		assetNames: '[name]-[hash]',
		logLevel: 'warning'
	});
	copyFileSync('bench/bare.html', join(OUT, 'bare.html'));
	copyFileSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', join(OUT, 'maplibre-gl-worker.mjs'));
	// Precompress like the app's build does, so both are served alike.
	for (const f of readdirSync(OUT)) {
		if (!/\.(m?js|css|html|woff2?)$/.test(f)) continue;
		const buf = readFileSync(join(OUT, f));
		writeFileSync(join(OUT, `${f}.gz`), gzipSync(buf, { level: 9 }));
		writeFileSync(join(OUT, `${f}.br`), brotliCompressSync(buf));
	}
	return `/bench/bare.html?w=${mapSize.w}&h=${mapSize.h}&zoom=${view.zoom}&lat=${view.lat}&lon=${view.lon}`;
}

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

/** A load that is timed: nothing listens to the network, so the instrumentation cannot slow the
 *  page that makes more requests. */
async function timedLoad(browser: Browser, path: string): Promise<{ readyMs: number; page: Page }> {
	const page = await openPage(browser);
	await page.goto(ORIGIN + path);
	return { readyMs: await waitReady(page), page };
}

/** A separate, instrumented load that counts the first view's requests and bytes (not timed). */
async function countedLoad(
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

async function toggleLatency(page: Page, app: boolean): Promise<number[]> {
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
async function clickToPanel(page: Page): Promise<{ dom: number[]; frame: number[] }> {
	const canvas = page.locator('.maplibregl-canvas');
	const img = PNG.sync.read(
		await canvas.screenshot({ mask: [page.locator('.legend-wrap')], maskColor: '#808080' })
	);
	const pts = findColor(img, CORRIDOR_LOOK['middle-corridor'].color);
	if (pts.length === 0) throw new Error('bench: no Middle Corridor pixel to click');
	const p = pts[Math.floor(pts.length / 2)]!;
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
		await page.mouse.click(box.x + p.x, box.y + p.y);
		const t = await page.evaluate(async () => {
			const w = window as unknown as { __t0: number; __dom: number; __t1: Promise<number> };
			const t1 = await w.__t1;
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
async function frameTimes(page: Page, selector: string): Promise<number[]> {
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

const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
	if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit' });
	const maplibre = maplibreFiles();
	const server = await startServer('build', OUT, PORT);
	const launch = config.use?.launchOptions ?? {};
	const browser = await chromium.launch(launch);
	try {
		// Measure the app's map region once, so the bare page draws at the same size.
		const probe = await countedLoad(browser, '/', maplibre);
		const region = (await probe.page.getByTestId('map-region').boundingBox())!;
		// The app's first view, from its URL (#map=zoom/lat/lon), so the bare page draws the same view.
		await probe.page.waitForURL(/#map=/);
		const [zoom, lat, lon] = new URL(probe.page.url()).hash
			.match(/map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/)!
			.slice(1);
		await probe.page.context().close();
		const barePath = await bundleBare(
			{ w: Math.round(region.width), h: Math.round(region.height) },
			{ zoom, lat, lon }
		);
		const bareCount = await countedLoad(browser, barePath, maplibre);
		await bareCount.page.context().close();
		const counted = { app: probe.sample, bare: bareCount.sample };

		const app: LoadSample[] = [];
		const bare: LoadSample[] = [];
		const click = { dom: [] as number[], frame: [] as number[] };
		const toggleApp: number[] = [];
		const toggleBare: number[] = [];
		// Frame intervals per run, so each run's app can be compared with that run's bare page.
		const framesApp: number[][] = [];
		const framesBare: number[][] = [];
		const framesAppAfter: number[][] = [];
		for (let run = 0; run < RUNS; run++) {
			framesApp.push([]);
			framesBare.push([]);
			framesAppAfter.push([]);
			// Alternate the order so neither page always runs on a warmer machine.
			for (const which of run % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
				const { readyMs, page } = await timedLoad(browser, which === 'app' ? '/' : barePath);
				const sample = { readyMs, ...counted[which] };
				if (which === 'app') {
					app.push(sample);
					await page.waitForTimeout(500);
					for (let g = 0; g < GESTURES; g++)
						framesApp[run]!.push(...(await frameTimes(page, '.maplibregl-canvas')));
					const c = await clickToPanel(page);
					click.dom.push(...c.dom);
					click.frame.push(...c.frame);
					toggleApp.push(...(await toggleLatency(page, true)));
					// The same gesture once more, now that Esc has handed keyboard focus back to the map.
					framesAppAfter[run]!.push(...(await frameTimes(page, '.maplibregl-canvas')));
				} else {
					bare.push(sample);
					await page.waitForTimeout(500);
					toggleBare.push(...(await toggleLatency(page, false)));
					for (let g = 0; g < GESTURES; g++) framesBare[run]!.push(...(await frameTimes(page, '#map')));
				}
				await page.context().close();
			}
			console.log(`run ${run + 1}/${RUNS} done`);
		}
		for (let pair = 0; pair < EXTRA_LOAD_PAIRS; pair++) {
			for (const which of pair % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
				const { readyMs, page } = await timedLoad(browser, which === 'app' ? '/' : barePath);
				(which === 'app' ? app : bare).push({ readyMs, ...counted[which] });
				await page.context().close();
			}
		}
		await report({
			app,
			bare,
			click,
			toggleApp,
			toggleBare,
			framesApp,
			framesBare,
			framesAppAfter,
			version: browser.version()
		});
	} finally {
		await browser.close();
		server.kill();
	}
}

async function report(r: {
	app: LoadSample[];
	bare: LoadSample[];
	click: { dom: number[]; frame: number[] };
	toggleApp: number[];
	toggleBare: number[];
	framesApp: number[][];
	framesBare: number[][];
	framesAppAfter: number[][];
	version: string;
}) {
	const ready = {
		app: stats(r.app.map((s) => s.readyMs)),
		bare: stats(r.bare.map((s) => s.readyMs)),
		/** Per run: the app's load over the bare page's load of the same run (they load back to back). */
		ratio: stats(r.app.map((s, i) => s.readyMs / r.bare[i]!.readyMs))
	};
	const med = (xs: LoadSample[], f: (s: LoadSample) => number) => stats(xs.map(f)).median;
	const bytes = (xs: LoadSample[]) =>
		Object.fromEntries(CATEGORIES.map((c) => [c, med(xs, (s) => s.bytes[c])])) as Record<Category, number>;
	const total = (b: Record<Category, number>) => Object.values(b).reduce((a, x) => a + x, 0);
	const bApp = bytes(r.app);
	const bBare = bytes(r.bare);
	const frames = {
		app: frameStats(r.framesApp.flat()),
		bare: frameStats(r.framesBare.flat()),
		appAfterPanels: frameStats(r.framesAppAfter.flat()),
		/** Per run: app frame median / the same run's bare frame median. */
		ratio: stats(pairedRatios(r.framesApp, r.framesBare)),
		ratioAfterPanels: stats(pairedRatios(r.framesAppAfter, r.framesBare))
	};
	const click = { dom: stats(r.click.dom), frame: stats(r.click.frame) };
	const toggle = { app: stats(r.toggleApp), bare: stats(r.toggleBare) };
	const budgets = [
		{
			name: 'time to ready ≤ 1.10 × bare (median of per-run ratios)',
			value: ready.ratio.median,
			limit: 1.1
		},
		{ name: 'app JS ≤ 40 KB compressed', value: bApp.appJs / 1024, limit: 40 },
		{ name: 'CSS ≤ 10 KB compressed', value: bApp.css / 1024, limit: 10 },
		{ name: 'first view ≤ 700 KB compressed', value: total(bApp) / 1024, limit: 700 },
		{ name: 'click → panel rendered ≤ 100 ms (median)', value: click.dom.median, limit: 100 },
		{
			name: 'pan/zoom median frame ≤ 1.10 × bare (median of per-run ratios)',
			value: frames.ratio.median,
			limit: 1.1
		}
	].map((b) => ({ ...b, pass: b.value <= b.limit }));

	const rows: [string, string, string, string][] = [
		[
			'time to ready, median (min–max) ms',
			`${fmt(ready.app.median)} (${fmt(ready.app.min)}–${fmt(ready.app.max)})`,
			`${fmt(ready.bare.median)} (${fmt(ready.bare.min)}–${fmt(ready.bare.max)})`,
			fmt(ready.app.median / ready.bare.median, 2)
		],
		[
			'time to ready, app / bare run by run: median (min–max)',
			'–',
			'–',
			`${fmt(ready.ratio.median, 2)} (${fmt(ready.ratio.min, 2)}–${fmt(ready.ratio.max, 2)})`
		],
		[
			'requests',
			fmt(med(r.app, (s) => s.requests)),
			fmt(med(r.bare, (s) => s.requests)),
			fmt(med(r.app, (s) => s.requests) / med(r.bare, (s) => s.requests), 2)
		],
		...(['appJs', 'maplibre', 'css', 'fonts', 'data', 'html', 'headers'] as Category[]).map(
			(c): [string, string, string, string] => [
				`bytes: ${c}`,
				kb(bApp[c]),
				kb(bBare[c]),
				bBare[c] ? fmt(bApp[c] / bBare[c], 2) : '–'
			]
		),
		['bytes: total first view', kb(total(bApp)), kb(total(bBare)), fmt(total(bApp) / total(bBare), 2)],
		[
			'click → panel rendered (DOM laid out), median (p95) ms',
			`${fmt(click.dom.median, 1)} (${fmt(click.dom.p95, 1)})`,
			'–',
			'–'
		],
		[
			'click → next painted frame, median (p95) ms',
			`${fmt(click.frame.median, 1)} (${fmt(click.frame.p95, 1)})`,
			'–',
			'–'
		],
		[
			'layer toggle → frame, median ms',
			fmt(toggle.app.median, 1),
			fmt(toggle.bare.median, 1),
			fmt(toggle.app.median / toggle.bare.median, 2)
		],
		[
			'pan/zoom frame, all runs pooled: median within its vsync bin (p95) ms',
			`${fmt(frames.app.median, 1)} (${fmt(frames.app.p95, 1)})`,
			`${fmt(frames.bare.median, 1)} (${fmt(frames.bare.p95, 1)})`,
			fmt(frames.app.median / frames.bare.median, 2)
		],
		[
			'pan/zoom frame, app / bare run by run: median (min–max)',
			'–',
			'–',
			`${fmt(frames.ratio.median, 2)} (${fmt(frames.ratio.min, 2)}–${fmt(frames.ratio.max, 2)})`
		],
		[
			'pan/zoom frame after panels and Esc (focus on the map), median in bin (p95) ms; run by run ratio',
			`${fmt(frames.appAfterPanels.median, 1)} (${fmt(frames.appAfterPanels.p95, 1)})`,
			'–',
			`${fmt(frames.ratioAfterPanels.median, 2)} (${fmt(frames.ratioAfterPanels.min, 2)}–${fmt(frames.ratioAfterPanels.max, 2)})`
		]
	];
	const table = [
		'| metric | app | bare MapLibre | app / bare |',
		'|---|---|---|---|',
		...rows.map((row) => `| ${row.join(' | ')} |`)
	].join('\n');
	const budgetTable = [
		'| budget | measured | pass |',
		'|---|---|---|',
		...budgets.map((b) => `| ${b.name} | ${fmt(b.value, 2)} | ${b.pass ? 'yes' : '**no**'} |`)
	].join('\n');
	console.log(`\n${table}\n\n${budgetTable}\n`);
	const date = new Date().toISOString().slice(0, 10);
	const machine = `${execSync('nproc').toString().trim()} cores, ${process.platform} ${process.arch}, Node ${process.version}`;
	const results = {
		date,
		machine,
		browser: `Chromium ${r.version} (headless, software WebGL)`,
		runs: RUNS,
		readyPairs: RUNS + EXTRA_LOAD_PAIRS,
		ready,
		bytes: { app: bApp, bare: bBare },
		click,
		toggle,
		frames,
		budgets
	};
	if (QUICK) {
		console.log('quick run: results not written (run `npm run bench` for the recorded figures)');
		return;
	}
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	const md = readFileSync('BENCHMARKS.md', 'utf8');
	const section = `<!-- bench:start -->\nMeasured ${date} on ${machine}; ${results.browser}; ${RUNS} runs, each in a fresh browser context, plus ${EXTRA_LOAD_PAIRS} more app and bare loads for time to ready (${RUNS + EXTRA_LOAD_PAIRS} pairs); static build served on loopback with its precompressed files (Chromium asks for gzip over plain HTTP).\n\n${table}\n\n${budgetTable}\n<!-- bench:end -->`;
	// Written as Prettier would, so the lint step in `npm test` accepts the updated file.
	const updated = md.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section);
	const options = (await resolveConfig('BENCHMARKS.md')) ?? {};
	writeFileSync('BENCHMARKS.md', await format(updated, { ...options, filepath: 'BENCHMARKS.md' }));
	console.log('wrote bench/results.json and BENCHMARKS.md');
}

await main();
