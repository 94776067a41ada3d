// The benchmark's report: the tables printed after every run, and (full runs only) bench/results.json
// and the figures section of BENCHMARKS.md, written as Prettier would.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { CATEGORIES, EXTRA_LOAD_PAIRS, QUICK, RUNS, type Category, type LoadSample } from './settings';
import { frameStats, pairedRatios, stats } from './stats';

const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
type Stats = ReturnType<typeof stats>;
/** "median (min–max)", the form of every spread in the tables. */
const range = (s: Stats, d = 0) => `${fmt(s.median, d)} (${fmt(s.min, d)}–${fmt(s.max, d)})`;
/** "median (p95)". */
const withP95 = (s: Stats, d = 1) => `${fmt(s.median, d)} (${fmt(s.p95, d)})`;

export async function report(r: {
	app: LoadSample[];
	bare: LoadSample[];
	/** The bare page with the minimal style (same sources, one plain layer each, no labels). */
	minimal: LoadSample[];
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
		ratio: stats(r.app.map((s, i) => s.readyMs / r.bare[i]!.readyMs)),
		minimal: stats(r.minimal.map((s) => s.readyMs)),
		/** Per run: the app over the minimal-style bare page, and the app's style on the bare page over it. */
		ratioMinimal: stats(r.app.map((s, i) => s.readyMs / r.minimal[i]!.readyMs)),
		styleCost: stats(r.bare.map((s, i) => s.readyMs / r.minimal[i]!.readyMs))
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
			range(ready.app),
			range(ready.bare),
			fmt(ready.app.median / ready.bare.median, 2)
		],
		['time to ready, app / bare run by run: median (min–max)', '–', '–', range(ready.ratio, 2)],
		[
			'time to ready, minimal-style bare page (same sources, one plain layer each, no labels): median (min–max) ms; app / it run by run',
			'–',
			range(ready.minimal),
			range(ready.ratioMinimal, 2)
		],
		[
			'time to ready, bare page with the app style / minimal-style bare page, run by run',
			'–',
			'–',
			range(ready.styleCost, 2)
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
		['click → panel rendered (DOM laid out), median (p95) ms', withP95(click.dom), '–', '–'],
		['click → next painted frame, median (p95) ms', withP95(click.frame), '–', '–'],
		[
			'layer toggle → frame, median ms',
			fmt(toggle.app.median, 1),
			fmt(toggle.bare.median, 1),
			fmt(toggle.app.median / toggle.bare.median, 2)
		],
		[
			'pan/zoom frame, all runs pooled: median within its vsync bin (p95) ms',
			withP95(frames.app),
			withP95(frames.bare),
			fmt(frames.app.median / frames.bare.median, 2)
		],
		['pan/zoom frame, app / bare run by run: median (min–max)', '–', '–', range(frames.ratio, 2)],
		[
			'pan/zoom frame after panels and Esc (focus on the map), median in bin (p95) ms; run by run ratio',
			withP95(frames.appAfterPanels),
			'–',
			range(frames.ratioAfterPanels, 2)
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
		bytes: { app: bApp, bare: bBare, minimal: bytes(r.minimal) },
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
	const section = `<!-- bench:start -->\nMeasured ${date} on ${machine}; ${results.browser}; ${RUNS} runs, each in a fresh browser context, plus ${EXTRA_LOAD_PAIRS} more app, bare and minimal-style loads for time to ready (${RUNS + EXTRA_LOAD_PAIRS} of each); static build served on loopback with its precompressed files (Chromium asks for gzip over plain HTTP).\n\n${table}\n\n${budgetTable}\n<!-- bench:end -->`;
	// Written as Prettier would, so the lint step in `npm test` accepts the updated file.
	const updated = md.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section);
	const options = (await resolveConfig('BENCHMARKS.md')) ?? {};
	writeFileSync('BENCHMARKS.md', await format(updated, { ...options, filepath: 'BENCHMARKS.md' }));
	console.log('wrote bench/results.json and BENCHMARKS.md');
}
