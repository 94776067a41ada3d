// Failures that must never leave the reader stuck, and input that must be refused: a data file that
// never answers, a part that cannot load, a broken field in the content, lost graphics, hostile ids
// and links, and URLs that ask for what does not exist.
import { expect, test } from '@playwright/test';
import { CORRIDOR_LOOK } from '../../src/lib/theme';
import { content } from './data';
import { findColor, gotoReady, mapShot, settle, watch } from './helpers';
import { blockLazyChunks, serveChangedContent } from './inline-content';

const routePanel = (page: import('@playwright/test').Page) =>
	page.getByRole('complementary', { name: 'Route details' });

test('a data file that never answers gives up after 15 s with a message and a retry; the rest works', async ({
	page
}) => {
	test.setTimeout(90_000);
	// The shaded relief's tiles never answer; everything else loads.
	await page.route('**/data/relief/**', () => {});
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('shaded relief: no answer after 15 s', { timeout: 30_000 });
	await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false');
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await expect(page.getByRole('complementary', { name: 'The article' })).toBeVisible();
	await page.unroute('**/data/relief/**');
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByText('Some map data could not be loaded')).toHaveCount(0);
});

test('the panels’ code failing to load gives a message and a retry that works', async ({ page }) => {
	const offline = await blockLazyChunks(page);
	await gotoReady(page);
	await page.getByRole('button', { name: 'About the data' }).click();
	const error = page.getByRole('alert', { name: 'Panel error' });
	await expect(error).toContainText('could not be loaded');
	offline.end();
	// The browser remembers a module it failed to fetch: one more try, then a reload (the URL keeps the place).
	await error.getByRole('button', { name: 'Try again' }).click();
	const reload = error.getByRole('button', { name: 'Reload the page' });
	const about = page.getByRole('complementary', { name: 'About the data' });
	await expect(about.or(reload)).toBeVisible();
	if (await reload.isVisible()) {
		await reload.click();
		await gotoReady(page, page.url());
		await page.getByRole('button', { name: 'About the data' }).click();
	}
	await expect(about).toBeVisible();
});

test('"Save image" offline says so and offers a retry, rather than a button that does nothing', async ({
	page
}) => {
	const offline = await blockLazyChunks(page);
	await gotoReady(page);
	await page.getByRole('button', { name: 'Save image' }).click();
	const notice = page.getByRole('alert').filter({ hasText: 'The image could not be saved' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('could not be saved');
	// Tried again while still offline, it fails again; some browsers keep a module that failed to load
	// failed until the page reloads, so the next notice offers a reload of the page, and says so.
	await notice.getByRole('button', { name: 'Try again' }).click();
	const reload = notice.getByRole('button', { name: 'Reload the page' });
	await expect(reload).toBeVisible();
	offline.end();
	await reload.click();
	await gotoReady(page, page.url());
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save image' }).click()
	]);
	expect(dl.suggestedFilename()).toBe('caucasus-corridors.png');
});

test('a missing field in the content breaks one panel, which says so; the map and other panels work', async ({
	page
}) => {
	const w = watch(page);
	// The article loses its date, which only the Article panel shows.
	await serveChangedContent(page, (s) => s.replace('"published":{', '"publishex":{'));
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await expect(page.getByRole('alert', { name: 'Panel error' })).toContainText(
		'This panel could not be shown'
	);
	await page.getByRole('button', { name: 'About the data' }).click();
	await expect(page.getByRole('complementary', { name: 'About the data' })).toBeVisible();
	await page.getByRole('button', { name: content.corridors[1]!.name, exact: true }).click();
	await expect(routePanel(page)).toBeVisible();
	await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false');
	expect(w.errors.some((e) => /panel failed/.test(e))).toBe(true);
});

test('a malformed claim is left out of the lists rather than breaking every panel that lists claims', async ({
	page
}) => {
	await serveChangedContent(page, (s) => s.replace('"assessment":{', '"assessmenx":{'));
	await gotoReady(page, '/#route=middle-corridor');
	await expect(routePanel(page).getByRole('region', { name: 'What the article says' })).toBeVisible();
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await expect(
		page.getByRole('complementary', { name: 'The article' }).locator('ol.claims > li')
	).toHaveCount(content.claims.length - 1);
});

test('links from data open only the web: javascript:, data: and vbscript: never become links', async ({
	page
}) => {
	const bad = ['javascript:alert(1)//', 'data:text/html,hi//', 'vbscript:msgbox(1)//'];
	let n = 0;
	await serveChangedContent(page, (s) =>
		s.replace(/"url":"https:\/\//g, () => `"url":"${bad[n++ % bad.length]}`)
	);
	await gotoReady(page, '/#route=horadiz-agbend');
	await expect(routePanel(page)).toBeVisible();
	await expect(routePanel(page).locator('.source').first()).toBeVisible();
	expect(await page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"]').count()).toBe(
		0
	);
});

test('feature ids "__proto__" and "constructor" never reach feature state: hovering them changes nothing', async ({
	page
}) => {
	const w = watch(page);
	await page.route('**/data/corridors.json', async (route) => {
		const fc = await (await route.fetch()).json();
		const tripp = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'tripp');
		for (const id of ['__proto__', 'constructor'])
			fc.features.push({ ...tripp, properties: { ...tripp.properties, id, name: id } });
		await route.fulfill({ json: fc });
	});
	await gotoReady(page, '/#route=tripp');
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const pts = findColor(await mapShot(page), CORRIDOR_LOOK['zangezur-tripp'].color);
	for (const p of pts.filter((_, i) => i % 25 === 0).slice(0, 8))
		await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
	const polluted = await page.evaluate(() => {
		const o = {} as Record<string, unknown>;
		return ['hover', 'selected', 'dimmed'].filter((k) => k in o);
	});
	expect(polluted).toEqual([]);
	await settle(page);
	await expect(page.locator('.tooltip')).not.toHaveText(/__proto__|constructor/);
	expect(w.errors).toEqual([]);
});

test('after a lost and restored graphics context the selection and layers come back; clicks meanwhile do nothing', async ({
	page
}) => {
	const w = watch(page);
	await gotoReady(page, '/#route=southern-gas-corridor&layers=southern-gas-corridor,middle-corridor');
	const gas = CORRIDOR_LOOK['southern-gas-corridor'].color;
	const before = await mapShot(page);
	await page.evaluate(async () => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const ext = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension(
			'WEBGL_lose_context'
		)!;
		const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
		ext.loseContext();
		await lost;
		canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 300, clientY: 300 }));
		// The browser allows restoring only after the loss event has been handled (a later task).
		await new Promise((r) => setTimeout(r, 0));
		const restored = new Promise((r) => canvas.addEventListener('webglcontextrestored', r, { once: true }));
		ext.restoreContext();
		await restored;
	});
	await settle(page);
	await expect
		.poll(async () => findColor(await mapShot(page), gas).length, { timeout: 15_000 })
		.toBeGreaterThan(10);
	// The hidden corridors stay hidden, and the selected one stays emphasised (as wide as before).
	const after = await mapShot(page);
	expect(findColor(after, CORRIDOR_LOOK['zangezur-tripp'].color).length).toBeLessThan(5);
	expect(findColor(after, gas).length).toBeGreaterThan(findColor(before, gas).length * 0.8);
	await expect(routePanel(page)).toBeVisible();
	expect(w.errors).toEqual([]);
});

test('twenty losses in a row end in a working map or the text view, never a blank map', async ({ page }) => {
	test.setTimeout(120_000);
	await gotoReady(page);
	await page.evaluate(async () => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const ext = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension(
			'WEBGL_lose_context'
		)!;
		/** Resolves on the event, or when the app has replaced the map (the canvas is gone). */
		const eventOrGone = (type: string) =>
			new Promise<void>((resolve) => {
				canvas.addEventListener(type, () => resolve(), { once: true });
				const check = () => (canvas.isConnected ? requestAnimationFrame(check) : resolve());
				requestAnimationFrame(check);
			});
		for (let i = 0; i < 20 && canvas.isConnected; i++) {
			const lost = eventOrGone('webglcontextlost');
			ext.loseContext();
			await lost;
			await new Promise((r) => setTimeout(r, 0));
			const back = eventOrGone('webglcontextrestored');
			ext.restoreContext();
			await back;
		}
	});
	const textView = page.getByRole('heading', { name: 'The map cannot be drawn here' });
	await expect
		.poll(
			async () => {
				if (await textView.isVisible()) return 'text view';
				if ((await page.locator('.maplibregl-canvas').count()) === 0) return 'no map yet';
				return findColor(await mapShot(page), CORRIDOR_LOOK['middle-corridor'].color).length > 10
					? 'map'
					: 'blank';
			},
			{ timeout: 30_000 }
		)
		.toMatch(/^(text view|map)$/);
});

for (const [hash, url, check] of [
	['#tour=9', /^[^#]*(#map=[^&]+)?$/, 'no tour'],
	['#route=tap&tour=20', /#(map=[^&]+&)?route=tap$/, 'tap'],
	['#claim=nope&route=btk', /route=btk$/, 'btk']
] as const) {
	test(`${hash} leaves a URL that says what the reader sees`, async ({ page }) => {
		await gotoReady(page, `/${hash}`);
		await expect(page).toHaveURL(url);
		if (check === 'no tour') await expect(page.getByRole('complementary', { name: 'Tour' })).toHaveCount(0);
		else await expect(routePanel(page)).toBeVisible();
	});
}
