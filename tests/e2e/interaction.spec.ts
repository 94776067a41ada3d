// Pick and frame: the map opens what the reader points at (a chooser where routes overlap), frames it,
// names routes along their lines, and the legend works as a key and a menu (controls.spec.ts: coming
// back, the tour, Reset view, Copy link, phones).
import { expect, test, type Page } from '@playwright/test';
import { NAMES, segment } from './data';
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
