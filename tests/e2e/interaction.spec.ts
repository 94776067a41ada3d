// Pick, frame, read, come back: the map opens what the reader points at, the legend works as a key and
// a menu, reading a claim and a route brings the reader back to the same place, and the tour, Reset
// view and Copy link do what they say.
import { expect, test, type Page } from '@playwright/test';
import { content, NAMES, segment } from './data';
import { project, routePoints } from './geo';
import { cameraMoves, gotoReady, parseView, settledView } from './helpers';

const routePanel = (page: Page) => page.getByRole('complementary', { name: 'Route details' });

/** The screen position of a route's middle point in the current settled view. */
async function pointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
	const view = parseView(await settledView(page))!;
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const pts = routePoints(id);
	const p = project(pts[Math.floor(pts.length / 2)]!, view, canvas);
	return { x: canvas.x + p.x, y: canvas.y + p.y };
}

/** Click a route; when a chooser asks which route, pick `id` from it. */
async function clickRoute(page: Page, id: string) {
	const { x, y } = await pointOn(page, id);
	await page.mouse.click(x, y);
	const chooser = page.getByRole('group', { name: /routes here: which one/ });
	const panel = routePanel(page);
	await expect(chooser.or(panel)).toBeVisible();
	if (await chooser.isVisible()) await chooser.getByRole('button', { name: segment(id).name }).click();
}

test('clicking TRIPP opens TRIPP, listed first where routes overlap, and frames it as the legend does', async ({
	page
}) => {
	await gotoReady(page);
	const { x, y } = await pointOn(page, 'tripp');
	const before = await cameraMoves(page);
	await page.mouse.click(x, y);
	const chooser = page.getByRole('group', { name: /routes here: which one/ });
	if (await chooser.isVisible()) {
		// The article's own route comes first, above the context road through Iran.
		await expect(chooser.getByRole('button').first()).toHaveText(segment('tripp').name);
		await chooser.getByRole('button').first().click();
	}
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(segment('tripp').name);
	const v = parseView(await settledView(page, before))!;
	expect(v.zoom).toBeGreaterThan(8);
});

test('where several routes lie under the pointer a chooser names each; Escape closes it', async ({
	page
}) => {
	// Kars–Iğdır–Dilucu and the Iğdır gas pipeline run side by side.
	await gotoReady(page, '/#map=8.5/39.95/44.3');
	const { x, y } = await pointOn(page, 'igdir-nakhchivan-gas');
	await page.mouse.click(x, y);
	const chooser = page.getByRole('group', { name: /routes here: which one/ });
	await expect(chooser).toBeVisible();
	await expect(chooser.getByRole('button', { name: segment('igdir-nakhchivan-gas').name })).toBeVisible();
	await expect(chooser.getByRole('button', { name: segment('kars-igdir-nakhchivan').name })).toBeVisible();
	await expect(chooser.getByRole('button').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(chooser).toHaveCount(0);
	await clickRoute(page, 'kars-igdir-nakhchivan');
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(
		segment('kars-igdir-nakhchivan').name
	);
	// A context route says so.
	await expect(routePanel(page)).toContainText('context: the article does not discuss it');
});

test('a click frames a short route: the 81 km gas pipeline fills the map, not 50 px of it', async ({
	page
}) => {
	await gotoReady(page, '/#map=6/40/45');
	await clickRoute(page, 'igdir-nakhchivan-gas');
	const v = parseView(await settledView(page))!;
	expect(v.zoom).toBeGreaterThan(8);
});

test('the hover tooltip goes on click and never sits over the panel', async ({ page }) => {
	await gotoReady(page, '/#route=southern-gas-corridor');
	const { x, y } = await pointOn(page, 'tap');
	await page.mouse.move(x, y);
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toBeVisible();
	const panel = (await routePanel(page).boundingBox())!;
	const tip = (await tooltip.boundingBox())!;
	expect(tip.x + tip.width).toBeLessThanOrEqual(panel.x);
	await page.mouse.click(x, y);
	await expect(tooltip).toHaveCount(0);
});

test('routes are named along their lines where they fit', async ({ page }) => {
	await gotoReady(page, '/?test#map=7.5/40.3/45.6');
	const names = await page.evaluate(() => {
		const map = (window as unknown as { __ccMap: import('maplibre-gl').Map }).__ccMap;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.id.endsWith('-label') && l.type === 'symbol')
			.map((l) => l.id);
		return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.name)))];
	});
	expect(names).toEqual(expect.arrayContaining([segment('btk').name]));
});

test('the legend: a name opens its panel, the checkbox toggles its layer, the key looks like the map', async ({
	page
}) => {
	await gotoReady(page);
	const legend = page.getByRole('region', { name: 'Corridors', exact: true });
	await expect(legend.getByRole('button', { name: 'Hide the corridor list' })).toBeVisible();
	await legend.getByRole('button', { name: NAMES['southern-gas-corridor'], exact: true }).click();
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(
		NAMES['southern-gas-corridor']!
	);
	const box = legend.getByRole('checkbox', { name: `Show ${NAMES['middle-corridor']} on the map` });
	await box.uncheck();
	await expect(routePanel(page)).toBeVisible();
	// The gas corridor's swatch is hollow (a white core), the Nakhchivan links' dashed.
	const rows = legend.locator('.corridors > li');
	await expect(rows.nth(2).locator('svg line')).toHaveCount(3);
	await expect(rows.nth(3).locator('svg line[stroke-dasharray]')).toHaveCount(1);
	// Checkboxes line up: the same width on every row.
	const widths = await legend
		.locator('input[type=checkbox]')
		.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
	expect(new Set(widths).size).toBe(1);
	// The article's own word for the route, with the corridor's name.
	await expect(legend.locator('.in-article').first()).toHaveText(
		/^The article: .?TRIPP - Zangezur corridor.?$/
	);
	// Every segment is in the Routes list, each naming itself.
	await legend
		.locator('summary')
		.filter({ hasText: `of ${NAMES['zangezur-tripp']}` })
		.click();
	await expect(legend.getByRole('button', { name: segment('tripp').name, exact: true })).toBeVisible();
});

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
