// Come back and move on: reading a claim and a route returns the reader to the same place; the tour,
// Reset view, Copy link and the attribution do what they say; the phone's sheet and header; the overview
// inset.
import { expect, test, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
import { content, NAMES, segment } from './data';
import { cameraMoves, gotoReady, mapHash, parseView, settledView } from './helpers';

const routePanel = (page: Page) => page.getByRole('complementary', { name: 'Route details' });

test('from the Article panel to a claim, to a route, and back to the same claim where the reader was', async ({
	page
}) => {
	const c = content.claims.find((x) => x.assessment.routes.includes('tripp') && x.paragraph > 10)!;
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	const article = page.getByRole('complementary', { name: 'The article' });
	await expect(article.getByRole('heading', { level: 2 })).not.toContainText('descriptive title');
	await expect(article.getByRole('link', { name: 'EU Reporter' })).toHaveAttribute('href', /^https:/);
	const item = article.locator(`#claim-item-${c.id}`);
	await item.scrollIntoViewIfNeeded();
	await item.getByRole('button', { name: /Check this claim/ }).click();
	const claim = page.getByRole('complementary', { name: 'Claim' });
	await claim.getByRole('button', { name: `Show ${segment('tripp').name} on the map` }).click();
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(segment('tripp').name);
	await routePanel(page).getByRole('button', { name: '← Back to the claim' }).click();
	await expect(claim.locator('blockquote')).toHaveText(c.quote);
	await claim.getByRole('button', { name: '← Back to the article' }).click();
	await expect(article.locator(`#claim-item-${c.id}`)).toBeInViewport();
	// The browser's Back button walks the same way.
	await page.goBack();
	await expect(claim.locator('blockquote')).toHaveText(c.quote);
});

test('the tour shows its progress, keeps Previous and Next in reach, and Finish returns to the overview', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	await gotoReady(page);
	const start = await settledView(page);
	await page.getByRole('button', { name: 'Tour', exact: true }).click();
	const tour = page.getByRole('complementary', { name: 'Tour' });
	await expect(tour.getByRole('progressbar', { name: 'Tour progress' })).toHaveAttribute(
		'aria-valuenow',
		'1'
	);
	// The bottom sheet is short and the step long: the controls stay in view, stuck to its bottom.
	await expect(tour.getByRole('button', { name: 'Next →' })).toBeInViewport();
	for (let i = 2; i <= content.tour.length; i++) await tour.getByRole('button', { name: 'Next →' }).click();
	await expect(tour.getByRole('progressbar', { name: 'Tour progress' })).toHaveAttribute(
		'aria-valuenow',
		String(content.tour.length)
	);
	const before = await cameraMoves(page);
	await tour.getByRole('button', { name: /Finish/ }).click();
	await expect(tour).toHaveCount(0);
	expect(parseView(await settledView(page, before))!.zoom).toBeCloseTo(parseView(start)!.zoom, 0);
});

test('Reset view clears the selection and dimming and returns to the first view', async ({ page }) => {
	await gotoReady(page);
	const start = parseView(await settledView(page))!;
	await page.goto('/#route=tanap');
	await expect(routePanel(page)).toBeVisible();
	const before = await cameraMoves(page);
	await page.getByRole('button', { name: 'Reset view' }).click();
	await expect(routePanel(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/route=/);
	const v = parseView(await settledView(page, before))!;
	expect(v.zoom).toBeCloseTo(start.zoom, 0);
	expect(v.lon).toBeCloseTo(start.lon, 0);
});

test('Copy link says so and copies the state as it is now, even right after a change', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoReady(page);
	await page.getByRole('button', { name: NAMES['middle-corridor'], exact: true }).click();
	const copy = page.getByRole('button', { name: 'Copy link' });
	await copy.click();
	await expect(page.getByRole('button', { name: 'Link copied ✓' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#.*route=middle-corridor/);
});

test('the attribution credits OpenStreetMap and Global Energy Monitor and stays readable beside a panel', async ({
	page
}) => {
	await gotoReady(page, '/#route=btk');
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('OpenStreetMap contributors');
	await expect(attribution).toContainText('Global Energy Monitor');
	const a = (await attribution.boundingBox())!;
	const p = (await routePanel(page).boundingBox())!;
	expect(a.x + a.width).toBeLessThanOrEqual(p.x + 1);
	expect(a.x).toBeGreaterThanOrEqual(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('every header button fits, and the attribution does not cover the scale bar', async ({ page }) => {
		await gotoReady(page);
		for (const b of await page.getByRole('banner').getByRole('button').all()) {
			const r = (await b.boundingBox())!;
			expect(r.x + r.width).toBeLessThanOrEqual(390);
		}
		const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
		const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
		const overlap =
			scale.x < attribution.x + attribution.width &&
			attribution.x < scale.x + scale.width &&
			scale.y < attribution.y + attribution.height &&
			attribution.y < scale.y + scale.height;
		expect(overlap).toBe(false);
	});

	test('the map beside the folded legend takes the reader’s drag', async ({ page }) => {
		await gotoReady(page);
		const before = await mapHash(page);
		const legend = (await page.locator('section.legend').boundingBox())!;
		// Just right of the folded legend, on the map: the legend's box there once caught the drag.
		const [x, y] = [legend.x + legend.width + 30, legend.y + legend.height / 2];
		expect(x).toBeLessThan(370);
		const moves = await cameraMoves(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 60, y + 150, { steps: 8 });
		await page.mouse.up();
		expect(await settledView(page, moves)).not.toBe(before);
	});

	test('the bottom sheet follows the finger and snaps to the nearest height', async ({ page }) => {
		await gotoReady(page, '/#route=tripp');
		const sheet = routePanel(page);
		const region = (await page.getByTestId('map-region').boundingBox())!;
		const handle = sheet.getByRole('button', { name: 'Show more of the panel' });
		const h = (await handle.boundingBox())!;
		await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
		await page.mouse.down();
		await page.mouse.move(h.x + h.width / 2, h.y - 200, { steps: 8 });
		// Mid-drag the sheet is as tall as the finger says, between its snaps.
		const mid = (await sheet.boundingBox())!.height / region.height;
		expect(mid).toBeGreaterThan(0.4);
		await page.mouse.up();
		await expect.poll(async () => (await sheet.boundingBox())!.height / region.height).toBeCloseTo(0.55, 1);
	});
});

test('zoomed in past the region view, an overview inset shows where the view lies', async ({ page }) => {
	await gotoReady(page);
	const inset = page.locator('svg.overview-inset');
	await expect(inset).toHaveCount(0);
	await page.goto('/#map=10/38.93/46.2');
	await expect(inset).toBeVisible();
	// The view's mark sits where Meghri is on the inset: right of its middle (46.2°E in 34–58°E).
	const mark = (await inset.locator('rect.view').boundingBox())!;
	const box = (await inset.boundingBox())!;
	expect((mark.x + mark.width / 2 - box.x) / box.width).toBeCloseTo((46.2 - 34) / 24, 1);
});

test.describe('on a short laptop screen (1024×640)', () => {
	test.use({ viewport: { width: 1024, height: 640 } });

	test('the overview inset keeps clear of the open legend, and the attribution of the scale bar', async ({
		page
	}) => {
		await gotoReady(page, '/#map=9/40.55/43.3');
		const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
		const apart = (a: Box, b: Box) =>
			a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
		await expect(page.locator('svg.overview-inset')).toBeVisible();
		expect(apart(await box('svg.overview-inset'), await box('.legend-wrap'))).toBe(true);
		expect(apart(await box('.maplibregl-ctrl-scale'), await box('.maplibregl-ctrl-attrib'))).toBe(true);
	});
});
