// The end-to-end path: the map draws the corridors, toggles work, clicking a route opens its panel.
import { expect, test } from '@playwright/test';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { CORRIDOR_LOOK } from '../../src/lib/theme';
import { NAMES, segment } from './data';
import { diffRatio, findColor, gotoReady, mapShot, settle, settledCamera, watch } from './helpers';

test('the page becomes ready, draws every corridor, and makes no foreign request or error', async ({
	page
}) => {
	const w = watch(page);
	await gotoReady(page);
	await settle(page);
	const shot = await mapShot(page);
	// In the default view of the South Caucasus, each corridor colour is on screen.
	for (const id of CORRIDOR_IDS) {
		expect(findColor(shot, CORRIDOR_LOOK[id].color).length, id).toBeGreaterThan(10);
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caucasus Corridors');
	expect(w.foreign).toEqual([]);
	expect(w.errors).toEqual([]);
});

test('a link that hides layers draws only the corridors it keeps, and hovering them still works', async ({
	page
}) => {
	const [kept, ...hidden] = CORRIDOR_IDS;
	await gotoReady(page, `/#layers=${kept}`);
	await settle(page);
	const shot = await mapShot(page);
	const pts = findColor(shot, CORRIDOR_LOOK[kept].color);
	expect(pts.length).toBeGreaterThan(10);
	for (const id of hidden) expect(findColor(shot, CORRIDOR_LOOK[id].color).length, id).toBeLessThan(5);
	const p = pts[Math.floor(pts.length / 2)]!;
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
	await expect(page.locator('.tooltip')).toBeVisible();
	// Off the routes, the tooltip goes.
	await page.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
	await expect(page.locator('.tooltip')).toBeHidden();
});

test('all layers on vs off differ clearly, and toggling back restores the map', async ({ page }) => {
	await gotoReady(page);
	await settle(page);
	const on = await mapShot(page);
	for (const id of CORRIDOR_IDS) await page.getByRole('checkbox', { name: NAMES[id] }).uncheck();
	await settle(page);
	const off = await mapShot(page);
	expect(diffRatio(on, off)).toBeGreaterThan(0.005);
	for (const id of CORRIDOR_IDS) expect(findColor(off, CORRIDOR_LOOK[id].color).length, id).toBeLessThan(5);
	for (const id of CORRIDOR_IDS) await page.getByRole('checkbox', { name: NAMES[id] }).check();
	await settle(page);
	const back = await mapShot(page);
	expect(diffRatio(on, back)).toBeLessThan(0.002);
});

for (const id of CORRIDOR_IDS) {
	test(`the ${id} toggle hides and shows that corridor only`, async ({ page }) => {
		await gotoReady(page);
		await settle(page);
		const color = CORRIDOR_LOOK[id].color;
		const before = findColor(await mapShot(page), color).length;
		expect(before).toBeGreaterThan(10);
		const box = page.getByRole('checkbox', { name: NAMES[id] });
		await box.uncheck();
		await expect(box).not.toBeChecked();
		await settle(page);
		const hidden = await mapShot(page);
		expect(findColor(hidden, color).length).toBeLessThan(5);
		const other = CORRIDOR_IDS.find((c) => c !== id)!;
		expect(findColor(hidden, CORRIDOR_LOOK[other].color).length).toBeGreaterThan(10);
		await box.check();
		await settle(page);
		expect(findColor(await mapShot(page), color).length).toBeGreaterThan(before * 0.8);
	});
}

test('clicking a route on the map opens its panel with a quote', async ({ page }) => {
	await gotoReady(page);
	await settle(page);
	const color = CORRIDOR_LOOK['middle-corridor'].color;
	const shot = await mapShot(page);
	const pts = findColor(shot, color);
	expect(pts.length).toBeGreaterThan(10);
	// A point of the line well away from every other corridor (where routes run side by side, a click
	// opens the chooser instead).
	const others = CORRIDOR_IDS.filter((c) => c !== 'middle-corridor').flatMap((c) =>
		findColor(shot, CORRIDOR_LOOK[c].color).filter((_, i) => i % 4 === 0)
	);
	const room = (q: { x: number; y: number }) =>
		Math.min(...others.map((o) => Math.hypot(o.x - q.x, o.y - q.y)));
	const p = pts.filter((_, i) => i % 8 === 0).reduce((a, b) => (room(b) > room(a) ? b : a));
	const canvas = await page.locator('.maplibregl-canvas').boundingBox();
	await page.mouse.move(canvas!.x + p.x, canvas!.y + p.y);
	await expect(page.locator('.tooltip')).toBeVisible();
	await page.mouse.click(canvas!.x + p.x, canvas!.y + p.y);
	const panel = page.getByRole('complementary', { name: 'Route details' });
	await expect(panel).toBeVisible();
	await expect(panel.locator('.eyebrow')).toBeVisible();
	await expect(panel.locator('blockquote').first()).toBeVisible();
	await expect(panel.getByText(/¶\d+/).first()).toBeVisible();
	await expect(page).toHaveURL(/route=/);
	await expect(page.getByTestId('live')).toContainText('selected');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
});

test('#route=southern-gas-corridor opens that panel and frames it', async ({ page }) => {
	const w = watch(page);
	await gotoReady(page, '/#route=southern-gas-corridor');
	const panel = page.getByRole('complementary', { name: 'Route details' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(NAMES['southern-gas-corridor']!);
	await expect(panel.locator('blockquote').first()).toBeVisible();
	// Framed: the view zooms out to span Italy to the Caspian, centred over Türkiye.
	const [zoom, , lon] = await settledCamera(page);
	expect(zoom).toBeLessThan(5.5);
	expect(lon).toBeGreaterThan(25);
	expect(lon).toBeLessThan(45);
	await page.getByRole('button', { name: 'Close panel' }).click();
	await expect(panel).toBeHidden();
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('a segment panel says how finely its line is drawn and, unfolded, how it was drawn', async ({
	page
}) => {
	const tanap = segment('tanap');
	await gotoReady(page, '/#route=tanap');
	const panel = page.getByRole('complementary', { name: 'Route details' });
	const detail = panel.locator('dt', { hasText: 'Drawing detail' }).locator('xpath=following-sibling::dd[1]');
	await expect(detail).toHaveText(
		/^points a median \d+(\.\d)? km apart; longest straight stretch \d+(\.\d)? km$/
	);
	const note = panel.getByText(tanap.geometryNote);
	await expect(note).toBeHidden();
	await panel.getByText('How this line is drawn').click();
	await expect(note).toBeVisible();
	await expect(note).toContainText('Global Energy Monitor');
});

test.describe('on a high-density screen', () => {
	test.use({ deviceScaleFactor: 2, viewport: { width: 390, height: 844 } });

	test('the map loads its 2× symbols and every other file: no failed request, no error', async ({ page }) => {
		const w = watch(page);
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		// Over Kars the map draws its symbols (border crossings, the break of gauge at Akhalkalaki).
		await gotoReady(page, '/#map=8/41.0/43.3');
		expect(failed).toEqual([]);
		expect(w.errors).toEqual([]);
		await expect(page.getByText('Some map data could not be loaded')).toHaveCount(0);
	});
});
