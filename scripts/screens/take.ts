// `npm run screens`: screenshots of the built site for a reader's eye, at the sizes and places the
// story needs (1280×800, 1024×640, 390×844; the region, Meghri, Nakhchivan, Kars; light and dark),
// written to test-results/screens/. Waits on the map's own idle state, never on time.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';

const PORT = 4190;
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

const server = spawn(
	'npx',
	['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
	{
		stdio: 'ignore'
	}
);
try {
	await new Promise((r) => setTimeout(r, 1500)); // the preview server's start-up, not a test wait
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
