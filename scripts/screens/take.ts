// `npm run screens`: screenshots of the built site for a reader's eye, at the sizes and places the
// story needs (1280×800, 1024×640, 390×844; the region, Meghri, Nakhchivan, Kars; light and dark),
// written to test-results/screens/. Waits on the map's own idle state, never on time.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';

// Not 4190: fetch refuses that port (the spec's "bad ports").
const PORT = 4185;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'test-results/screens';
const SIZES = {
	desktop: { width: 1280, height: 800 },
	laptop: { width: 1024, height: 640 },
	phone: { width: 390, height: 844 }
};
/** Hash paths to visit: the first view and the places the story happens, plus any given on the command line. */
const PLACES: Record<string, string> = {
	region: '',
	meghri: '#map=10/38.93/46.2',
	nakhchivan: '#map=9/39.2/45.4',
	kars: '#map=9/40.55/43.3'
};

async function shoot(page: Page, name: string, path: string) {
	await page.goto(`${ORIGIN}/${path}`);
	const region = page.getByTestId('map-region');
	await region.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
	await page.locator('[data-testid="map-region"][data-idle="true"]').waitFor({ timeout: 60_000 });
	await page.screenshot({ path: `${OUT}/${name}.png` });
}

// Vite run by this Node directly (not through npx), so that killing it stops the server itself; a
// server left running would keep serving the previous build's file list.
const server = spawn(
	process.execPath,
	[
		join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js'),
		'preview',
		'--port',
		String(PORT),
		'--strictPort',
		'--host',
		'127.0.0.1'
	],
	{ stdio: 'ignore' }
);
process.once('exit', () => server.kill());

/** Resolves once the preview server answers; fails if it exits first (the port taken) or never answers. */
async function serverUp(): Promise<void> {
	let exited: number | null = null;
	server.once('exit', (code) => (exited = code ?? -1));
	for (let i = 0; i < 150; i++) {
		if (exited !== null) throw new Error(`screens: vite preview exited (${exited}); is port ${PORT} taken?`);
		if (
			await fetch(ORIGIN).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((r) => setTimeout(r, 200)); // polling the server's start, not a test wait
	}
	throw new Error(`screens: vite preview did not answer on ${ORIGIN} within 30 s`);
}

try {
	await serverUp();
	mkdirSync(OUT, { recursive: true });
	const extra = process.argv.slice(2);
	const places = extra.length ? Object.fromEntries(extra.map((p, i) => [`extra${i + 1}`, p])) : PLACES;
	const browser = await chromium.launch(config.use?.launchOptions);
	for (const scheme of ['light', 'dark'] as const)
		for (const [size, viewport] of Object.entries(SIZES)) {
			const context = await browser.newContext({
				viewport,
				colorScheme: scheme,
				isMobile: size === 'phone',
				hasTouch: size === 'phone'
			});
			const page = await context.newPage();
			for (const [place, path] of Object.entries(places))
				await shoot(page, `${place}-${size}-${scheme}`, path);
			await context.close();
		}
	await browser.close();
	console.log(`screens written to ${OUT}/`);
} finally {
	server.kill();
}
