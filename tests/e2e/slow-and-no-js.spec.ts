// A slow network (400 kbps, 400 ms round trips) and no JavaScript at all: the reader always sees what is
// happening, the controls never swallow a click, and the text is there without the app.
import { expect, test } from '@playwright/test';
import { content } from './data';

test('on a slow network: progress is shown, controls stay inert until they work, routes wait for the land', async ({
	page
}) => {
	test.setTimeout(180_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: 400_000 / 8,
		uploadThroughput: 400_000 / 8
	});
	// When the routes were asked for, and when the first piece of land (an overview tile) arrived.
	let corridorsAsked: number | undefined;
	let firstLand: number | undefined;
	page.on('request', (r) => {
		if (r.url().endsWith('/data/corridors.json')) corridorsAsked ??= Date.now();
	});
	page.on('requestfinished', (r) => {
		if (r.url().includes('/data/tiles/overview/')) firstLand ??= Date.now();
	});
	await page.goto('/', { waitUntil: 'commit' });
	// As soon as the HTML is there: the loading message, and the controls inert (not yet working).
	await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible({
		timeout: 60_000
	});
	await page.screenshot({ path: 'test-results/slow-1-html.png' });
	await expect(page.locator('.legend-wrap')).toHaveAttribute('inert', '');
	await expect(page.getByRole('banner').locator('nav')).toHaveAttribute('inert', '');
	// The app has started: the controls work, the map is still loading and says how far it is.
	await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'true', { timeout: 90_000 });
	await expect(page.locator('.legend-wrap')).not.toHaveAttribute('inert', '');
	await page.screenshot({ path: 'test-results/slow-2-started.png' });
	await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false', { timeout: 150_000 });
	await page.screenshot({ path: 'test-results/slow-3-ready.png' });
	await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toHaveCount(0);
	// The routes were asked for only once the land had arrived, so they never showed over a blank sea.
	expect(firstLand).toBeDefined();
	expect(corridorsAsked).toBeGreaterThanOrEqual(firstLand!);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page says what it needs and gives the routes, facts and claims as text', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'This map needs JavaScript' })).toBeVisible();
		const text = page.locator('.noscript');
		for (const c of content.corridors)
			await expect(text.getByRole('heading', { name: c.name })).toBeVisible();
		await expect(text).toContainText(content.claims[0]!.quote);
		await expect(text).toContainText(content.facts[0]!.text);
		// No claim of a load that will never finish.
		await expect(page.getByTestId('map-region')).not.toHaveAttribute('aria-busy', /.*/);
	});
});
