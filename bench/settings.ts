// What the benchmark measures and how often: one place for its run counts, address and sizes.
const args = new Set(process.argv.slice(2));
/** One run that writes no tracked file (CI keeps the benchmark working with it; tests never time anything). */
export const QUICK = args.has('--quick');
/** Use the existing build/ instead of building first. */
export const NO_BUILD = args.has('--no-build');
/** `--loads=N`: only N paired loads, timed to ready, for an A/B check of a start-up change. */
export const LOADS_ONLY = Number([...args].find((a) => a.startsWith('--loads='))?.slice(8) ?? 0);
export const RUNS = QUICK ? 1 : 7;
/** Extra load-only pairs for time to ready: per-load times vary by 20% either way here, so its median
 *  needs more pairs than the full runs give (a load alone takes a few seconds). */
export const EXTRA_LOAD_PAIRS = QUICK ? 0 : 14;
/** Scripted pan-and-zoom gestures per load: software-WebGL frame times are noisy, so each run needs samples. */
export const GESTURES = QUICK ? 1 : 3;
export const PORT = 4180;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Where the bare page is bundled (git-ignored). */
export const OUT = 'bench/tmp';
export const VIEWPORT = { width: 1280, height: 800 };

export type Category = 'appJs' | 'maplibre' | 'css' | 'fonts' | 'data' | 'html' | 'other' | 'headers';
export const CATEGORIES: Category[] = [
	'appJs',
	'maplibre',
	'css',
	'fonts',
	'data',
	'html',
	'other',
	'headers'
];

export interface LoadSample {
	readyMs: number;
	requests: number;
	bytes: Record<Category, number>;
}
