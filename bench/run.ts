// `npm run bench`: the app against a bare MapLibre page drawing the same data, side by side.
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
		const bareCount = await countedLoad(browser, barePath, maplibre);
		await bareCount.page.context().close();
		const counted = { app: probe.sample, bare: bareCount.sample };

		const app: LoadSample[] = [];
		const bare: LoadSample[] = [];
		const loadPairs = async (n: number) => {
			for (let pair = 0; pair < n; pair++) {
				for (const which of pair % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
					const { readyMs, page } = await timedLoad(browser, which === 'app' ? '/' : barePath);
					(which === 'app' ? app : bare).push({ readyMs, ...counted[which] });
					await page.context().close();
				}
			}
		};
		if (LOADS_ONLY > 0) {
			await loadPairs(LOADS_ONLY);
			const r = stats(app.map((s, i) => s.readyMs / bare[i]!.readyMs));
			console.log(
				`time to ready, app / bare over ${LOADS_ONLY} pairs: median ${r.median.toFixed(3)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`
			);
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
		await loadPairs(EXTRA_LOAD_PAIRS);
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

await main();
