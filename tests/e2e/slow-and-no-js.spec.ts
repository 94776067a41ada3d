// A slow network (400 kbps, 400 ms round trips) and no JavaScript at all: the reader always sees what is
// happening, the controls never swallow a click, and the text is there without the app. (That the routes
// reach the map only after the land is tests/unit/data-loader-order.test.ts.)
import { expect, test } from '@playwright/test';
import { content } from './data';

test('on a slow network: progress is shown, controls stay inert until they work', async ({ page }) => {
	test.setTimeout(180_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: 400_000 / 8,
		uploadThroughput: 400_000 / 8
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
