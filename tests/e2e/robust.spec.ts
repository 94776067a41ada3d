// Hostile environments: strict CSP, no third parties, no WebGL, a lost GPU context, failing data.
import { chromium, expect, test } from '@playwright/test';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { CORRIDOR_LOOK } from '../../src/lib/theme';
import config from '../../playwright.config';
import { content, NAMES } from './data';
import { findColor, gotoReady, mapShot, settle, watch } from './helpers';

test('a full session causes no CSP violation and no request to another origin', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	const w = watch(page);
	await gotoReady(page);
	for (const id of CORRIDOR_IDS) {
		await page.getByRole('checkbox', { name: `Show ${NAMES[id]} on the map` }).uncheck();
		await page.getByRole('checkbox', { name: `Show ${NAMES[id]} on the map` }).check();
	}
	for (const c of content.corridors) {
		if (await page.getByRole('button', { name: 'Show the corridor list' }).isVisible())
			await page.getByRole('button', { name: 'Show the corridor list' }).click();
		await page.getByRole('button', { name: c.name, exact: true }).click();
		await expect(page.getByRole('complementary', { name: 'Route details' })).toBeVisible();
	}
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await expect(page.getByRole('complementary', { name: 'The article' })).toBeVisible();
	await settle(page);
	expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	expect(w.foreign).toEqual([]);
	expect(w.errors).toEqual([]);
});

test('without WebGL the page explains and offers every route, fact and claim as text', async () => {
	const launch = config.use?.launchOptions ?? {};
	const browser = await chromium.launch({
		...launch,
		args: [
			...(launch.args ?? []).filter((a) => !/swiftshader|gpu-blocklist/.test(a)),
			'--disable-webgl',
			'--disable-webgl2',
			'--disable-3d-apis'
		]
	});
	try {
		const page = await browser.newPage({ baseURL: config.use?.baseURL });
		const w = watch(page);
		await page.goto('/');
		await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false');
		await expect(page.getByRole('heading', { name: 'The map cannot be drawn here' })).toBeVisible();
		for (const c of content.corridors) {
			await expect(page.getByRole('heading', { name: c.name, level: 3 })).toBeVisible();
			for (const s of c.segments)
				await expect(page.getByRole('button', { name: s.name, exact: true })).toBeVisible();
		}
		// Keyboard: reach a route and open it.
		const first = page.getByRole('button', { name: content.corridors[0]!.segments[0]!.name, exact: true });
		await first.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByRole('complementary', { name: 'Route details' });
		await expect(panel.locator('blockquote').first()).toBeVisible();
		await expect(panel.getByText('Countries crossed')).toBeVisible();
		expect(w.foreign).toEqual([]);
	} finally {
		await browser.close();
	}
});

test('the map recovers and redraws after the WebGL context is lost', async ({ page }) => {
	await gotoReady(page);
	await settle(page);
	const color = CORRIDOR_LOOK['middle-corridor'].color;
	expect(findColor(await mapShot(page), color).length).toBeGreaterThan(10);
	await page.evaluate(async () => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
		const ext = gl.getExtension('WEBGL_lose_context')!;
		const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
		ext.loseContext();
		await lost;
		// The browser allows restoring only after the loss event has been handled (a later task).
		await new Promise((r) => setTimeout(r, 0));
		ext.restoreContext();
	});
	await expect
		.poll(async () => findColor(await mapShot(page), color).length, { timeout: 15_000 })
		.toBeGreaterThan(10);
});

for (const [label, reply, why] of [
	['500', { status: 500, body: 'oops' }, 'the server answered HTTP 500'],
	['404', { status: 404, body: 'not found' }, 'the server answered HTTP 404'],
	[
		'truncated JSON',
		{
			status: 200,
			contentType: 'application/json',
			body: '{"type":"FeatureCollection","features":[{"type":'
		},
		'the file is not valid JSON'
	],
	[
		'{} instead of GeoJSON',
		{ status: 200, contentType: 'application/json', body: '{}' },
		'expected a GeoJSON FeatureCollection'
	],
	[
		'[] instead of GeoJSON',
		{ status: 200, contentType: 'application/json', body: '[]' },
		'expected a GeoJSON FeatureCollection, got an array'
	],
	[
		'a JSON string',
		{ status: 200, contentType: 'application/json', body: '"hello"' },
		'expected a GeoJSON FeatureCollection, got string'
	]
] as const) {
	test(`a corridor data ${label} shows which data is missing, the rest works, and retry recovers`, async ({
		page
	}) => {
		await page.route('**/data/corridors.json', (route) => route.fulfill(reply));
		await page.goto('/');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`corridor routes: ${why}`);
		await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false');
		// The rest keeps working: panels open from the legend.
		await page.getByRole('button', { name: 'Article', exact: true }).click();
		await expect(
			page.getByRole('complementary', { name: 'The article' }).locator('blockquote').first()
		).toBeVisible();
		await page.unroute('**/data/corridors.json');
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(alert).toBeHidden();
		await expect
			.poll(async () => findColor(await mapShot(page), CORRIDOR_LOOK['southern-gas-corridor'].color).length, {
				timeout: 15_000
			})
			.toBeGreaterThan(10);
	});
}
