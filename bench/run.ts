// `npm run bench`: the app against two bare MapLibre pages drawing the same data, side by side: one with
// the app's own style, one with a minimal style (the same sources, one plain layer each, no labels).
// Flags: --quick (one run, writes no tracked file: for CI), --no-build (use the existing build/).
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { bundleBare, maplibreFiles } from './pages';
import { clickToPanel, countedLoad, frameTimes, timedLoad, toggleLatency } from './probes';
import { report } from './report';
import { startServer } from './serve';
import {
	EXTRA_LOAD_PAIRS,
	GESTURES,
	LOADS_ONLY,
	NO_BUILD,
	OUT,
	PORT,
	QUICK,
	RUNS,
	type LoadSample
} from './settings';
import { stats } from './stats';

/** A stuck probe must end the run with a message, never hold CI until its own time limit. */
const WATCHDOG_MIN = QUICK ? 10 : 120;
setTimeout(() => {
	console.error(`bench: no result after ${WATCHDOG_MIN} min; giving up`);
	process.exit(1);
}, WATCHDOG_MIN * 60_000).unref();

async function main() {
	if (!NO_BUILD) execSync('npm run build', { stdio: 'inherit' });
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
		const minimalPath = `${barePath}&style=minimal`;
		const bareCount = await countedLoad(browser, barePath, maplibre);
		await bareCount.page.context().close();
		const minimalCount = await countedLoad(browser, minimalPath, maplibre);
		await minimalCount.page.context().close();
		const counted = { app: probe.sample, bare: bareCount.sample, minimal: minimalCount.sample };
		const paths = { app: '/', bare: barePath, minimal: minimalPath };

		const app: LoadSample[] = [];
		const bare: LoadSample[] = [];
		const minimal: LoadSample[] = [];
		const samples = { app, bare, minimal };
		/** The three pages in turn, the order rotating so none always runs on a warmer machine. */
		const ORDERS = [
			['app', 'bare', 'minimal'],
			['bare', 'minimal', 'app'],
			['minimal', 'app', 'bare']
		] as const;
		/** When each page created its map, per load (for the --loads breakdown). */
		const created = { app: [] as number[], bare: [] as number[], minimal: [] as number[] };
		const loadPairs = async (n: number) => {
			for (let pair = 0; pair < n; pair++) {
				for (const which of ORDERS[pair % 3]!) {
					const { readyMs, createMs, page } = await timedLoad(browser, paths[which]);
					samples[which].push({ readyMs, ...counted[which] });
					created[which].push(createMs);
					await page.context().close();
				}
			}
		};
		if (LOADS_ONLY > 0) {
			await loadPairs(LOADS_ONLY);
			for (const ref of ['bare', 'minimal'] as const) {
				const r = stats(app.map((s, i) => s.readyMs / samples[ref][i]!.readyMs));
				console.log(
					`time to ready, app / ${ref} over ${LOADS_ONLY} loads each: median ${r.median.toFixed(3)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`
				);
			}
			for (const which of ['app', 'bare', 'minimal'] as const) {
				const med = (xs: number[]) => stats(xs).median.toFixed(0);
				const ready = samples[which].map((s) => s.readyMs);
				console.log(
					`${which}: ready ${med(ready)} ms = map created at ${med(created[which])} ms + ${med(ready.map((r, i) => r - created[which][i]!))} ms of map work (medians)`
				);
			}
			return;
		}
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
			// Rotate the order so no page always runs on a warmer machine.
			for (const which of ORDERS[run % 3]!) {
				const { readyMs, page } = await timedLoad(browser, paths[which]);
				const sample = { readyMs, ...counted[which] };
				if (which === 'minimal') minimal.push(sample);
				else if (which === 'app') {
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
		await loadPairs(EXTRA_LOAD_PAIRS);
		await report({
			app,
			bare,
			minimal,
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

await main();
