// The guided tour, downloads, citations and the data panel.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { content } from './data';
import { PNG } from 'pngjs';
import { CORRIDOR_LOOK } from '../../src/lib/theme';
import { cameraMoves, findColor, gotoReady, mapHash, parseView, settledView, watch } from './helpers';

const tourPanel = (page: Page) => page.getByRole('complementary', { name: 'Tour' });
const counter = (page: Page) => page.getByTestId('tour-counter');
/** The step's routes are framed: the view's centre lies inside the box of the step's routes. */
function expectFramed(view: string, step: number) {
	const v = parseView(view)!;
	const [w, s, e, n] = content.tour[step - 1]!.bbox;
	expect(v.lon, `step ${step} centre lon`).toBeGreaterThanOrEqual(w);
	expect(v.lon, `step ${step} centre lon`).toBeLessThanOrEqual(e);
	expect(v.lat, `step ${step} centre lat`).toBeGreaterThanOrEqual(s);
	expect(v.lat, `step ${step} centre lat`).toBeLessThanOrEqual(n);
}

test('the tour advances by buttons and arrow keys, and updates map and URL', async ({ page }) => {
	const w = watch(page);
	await gotoReady(page);
	const view0 = await settledView(page);
	let moves = await cameraMoves(page);
	await page.getByRole('button', { name: 'Tour', exact: true }).click();
	const total = content.tour.length;
	await expect(counter(page)).toHaveText(`Step 1 of ${total}`);
	await expect(tourPanel(page).getByRole('heading', { level: 2 })).toHaveText(content.tour[0]!.title);
	await expect(page).toHaveURL(/tour=1/);
	await expect(tourPanel(page).locator('blockquote').first()).toBeVisible();
	// Each step flies to frame its own routes.
	const view1 = await settledView(page, moves);
	expect(view1).not.toBe(view0);
	expectFramed(view1, 1);

	moves = await cameraMoves(page);
	await tourPanel(page).getByRole('button', { name: 'Next →' }).click();
	await expect(counter(page)).toHaveText(`Step 2 of ${total}`);
	await expect(page).toHaveURL(/tour=2/);
	const view2 = await settledView(page, moves);
	expect(view2).not.toBe(view1);
	expectFramed(view2, 2);

	moves = await cameraMoves(page);
	await page.locator('body').press('ArrowRight');
	await expect(counter(page)).toHaveText(`Step 3 of ${total}`);
	await expect(tourPanel(page).getByRole('heading', { level: 2 })).toHaveText(content.tour[2]!.title);
	const view3 = await settledView(page, moves);
	expectFramed(view3, 3);

	moves = await cameraMoves(page);
	await page.locator('body').press('ArrowLeft');
	await expect(counter(page)).toHaveText(`Step 2 of ${total}`);
	await expect(page.getByTestId('live')).toContainText('Tour step 2');
	// Back on step 2, the map frames step 2 again, exactly as before.
	expect(await settledView(page, moves)).toBe(view2);

	// Leaving the tour keeps the view.
	await page.getByRole('button', { name: 'Close panel' }).click();
	await expect(tourPanel(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/tour=/);
	expect(mapHash(page)).toBe(view2);
	expect(w.errors).toEqual([]);
});

test('#tour=3 opens step 3', async ({ page }) => {
	await gotoReady(page, '/#tour=3');
	await expect(counter(page)).toHaveText(`Step 3 of ${content.tour.length}`);
	await expect(tourPanel(page).getByRole('heading', { level: 2 })).toHaveText(content.tour[2]!.title);
});

test('downloads are valid GeoJSON and CSV matching the data', async ({ page }) => {
	await gotoReady(page);
	await page.getByRole('button', { name: 'About the data' }).click();
	const about = page.getByRole('complementary', { name: 'About the data' });
	await expect(about.getByText(`Data version ${content.data.version}`, { exact: false })).toBeVisible();

	const read = async (name: RegExp) => {
		const [dl] = await Promise.all([
			page.waitForEvent('download'),
			about.getByRole('link', { name }).click()
		]);
		return readFileSync((await dl.path())!, 'utf8');
	};
	const all = JSON.parse(await read(/^All corridors \(GeoJSON\)$/));
	const segments = content.corridors.flatMap((c) => c.segments);
	expect(all.type).toBe('FeatureCollection');
	expect(all.features).toHaveLength(segments.length);
	for (const f of all.features) {
		expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
		expect(f.properties.sources.length).toBeGreaterThan(0);
		expect(typeof f.properties.lengthKmDrawn).toBe('number');
	}
	const sgc = content.corridors.find((c) => c.id === 'southern-gas-corridor')!;
	const one = JSON.parse(await read(new RegExp(`^${sgc.name} \\(GeoJSON\\)$`)));
	expect(one.features).toHaveLength(sgc.segments.length);

	const csv = await read(/claims \(CSV\)/);
	const lines = csv.trim().split('\r\n');
	expect(lines[0]).toBe('id,paragraph,theme,kind,status,checked,routes,facts,quote,checkable,note');
	// One row per claim (quotes and notes contain no line breaks).
	expect(lines).toHaveLength(content.claims.length + 1);
	const json = JSON.parse(await read(/claims \(JSON\)/));
	expect(json.claims).toHaveLength(content.claims.length);
});

test('a route panel offers its corridor download and a citation with version and URL', async ({ page }) => {
	await gotoReady(page, '/#route=btk');
	const panel = page.getByRole('complementary', { name: 'Route details' });
	const cite = panel.getByRole('textbox', { name: 'Cite this view' });
	await expect(cite).toHaveValue(
		new RegExp(
			`Caucasus Corridors: .+\\. Interactive map, data version ${content.data.version.replace(/\./g, '\\.')}`
		)
	);
	await expect(cite).toHaveValue(/#.*route=btk/);
	await expect(panel.getByRole('link', { name: /Middle Corridor.*\(GeoJSON\)/ })).toBeVisible();
});

test.describe('embedded at 600×400', () => {
	test.use({ viewport: { width: 600, height: 400 } });

	for (const path of ['/embed/#route=scp', '/?embed#route=scp', '/?embed=1#route=scp']) {
		test(`${path} hides the site chrome and keeps the map, panel and a link to the full page`, async ({
			page
		}) => {
			await gotoReady(page, path);
			await expect(page.getByRole('banner')).toHaveCount(0);
			await expect(page.getByRole('heading', { name: 'Caucasus Corridors', level: 1 })).toHaveCount(0);
			await expect(page.locator('.maplibregl-canvas')).toBeVisible();
			await expect(page.getByRole('complementary', { name: 'Route details' })).toBeVisible();
			const link = page.getByRole('link', { name: /Open the full map/ });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('href', /route=scp/);
			await expect(link).not.toHaveAttribute('href', /embed/);
			// Hash state keeps working inside the frame.
			await expect(page).toHaveURL(/#map=.*route=scp/);
		});
	}

	for (const path of ['/?embed=0#route=scp', '/#route=scp&embed=1']) {
		test(`${path} is the full site, and the URL says only what it shows`, async ({ page }) => {
			await gotoReady(page, path);
			await expect(page.getByRole('banner')).toBeVisible();
			await expect(page).not.toHaveURL(/#.*embed/);
		});
	}
});

test('printing shows the map still and the open panel text, without controls', async ({ page }) => {
	await gotoReady(page, '/#route=tap');
	const heading = page
		.getByRole('complementary', { name: 'Route details' })
		.getByRole('heading', { level: 2 });
	await expect(heading).toBeVisible();
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(heading).toBeVisible();
	await expect(
		page.getByRole('complementary', { name: 'Route details' }).locator('blockquote').first()
	).toBeVisible();
	await expect(page.locator('.legend-wrap')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await expect(page.locator('img.print-still')).toBeVisible();
	const src = await page.locator('img.print-still').getAttribute('src');
	expect(src!.length).toBeGreaterThan(10_000);
});

test('"Save image" downloads a PNG at twice the density, with the corridors, a key and a scale bar', async ({
	page
}) => {
	await gotoReady(page);
	const css = await page
		.locator('.maplibregl-canvas')
		.evaluate((c: HTMLCanvasElement) => ({ w: c.clientWidth, h: c.clientHeight }));
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save image' }).click()
	]);
	expect(dl.suggestedFilename()).toBe('caucasus-corridors.png');
	const png = PNG.sync.read(readFileSync((await dl.path())!));
	expect({ w: png.width, h: png.height }).toEqual({ w: css.w * 2, h: css.h * 2 });
	// Not blank: the corridors' colours are in it, in the map and in the key.
	expect(findColor(png, CORRIDOR_LOOK['middle-corridor'].color).length).toBeGreaterThan(10);
	expect(findColor(png, CORRIDOR_LOOK['southern-gas-corridor'].color).length).toBeGreaterThan(10);
	// The key's box, top left under the title: white, with each corridor's colour in its swatch column.
	const key = { x0: 16 * 2, x1: 300 * 2, y0: 64 * 2, y1: 200 * 2 };
	const inKey = (hex: string) =>
		findColor(png, hex).filter((p) => p.x > key.x0 && p.x < 48 * 2 && p.y > key.y0 && p.y < key.y1).length;
	for (const id of ['zangezur-tripp', 'middle-corridor', 'southern-gas-corridor', 'nakhchivan-link'] as const)
		expect(inKey(CORRIDOR_LOOK[id].color), id).toBeGreaterThan(0);
	// The scale bar: a dark bar in the bottom-left corner.
	const dark = findColor(png, '#1f1d1a', 40).filter((p) => p.y > png.height - 70 && p.x < 340 && p.x > 30);
	expect(dark.length).toBeGreaterThan(20);
	await page.getByRole('button', { name: 'Save image' }).click();
	await expect(page.getByTestId('live')).toContainText('Map image saved');
});
