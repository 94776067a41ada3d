// Shareable URLs, keyboard and screen-reader paths, accessibility, phones.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { NAMES, segment } from './data';
import { cameraMoves, gotoReady, mapHash, parseView, settle, settledView, watch } from './helpers';

const routePanel = (page: Page) => page.getByRole('complementary', { name: 'Route details' });

const hashView = (page: Page) => parseView(new URL(page.url()).hash);

test('a deep link restores view, layers and route', async ({ page }) => {
	await gotoReady(page, '/#layers=nakhchivan-link,zangezur-tripp&route=nakhchivan-railway&map=7.5/39.2/45.9');
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(
		segment('nakhchivan-railway').name
	);
	for (const id of CORRIDOR_IDS) {
		const box = page.getByRole('checkbox', { name: NAMES[id] });
		if (id === 'nakhchivan-link' || id === 'zangezur-tripp') await expect(box).toBeChecked();
		else await expect(box).not.toBeChecked();
	}
	await expect(page).toHaveURL(/map=7\.5\/39\.2\/45\.9/);
});

test('moving the map updates the URL', async ({ page }) => {
	await gotoReady(page);
	await expect(page).toHaveURL(/map=/);
	const before = hashView(page)!;
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => hashView(page)?.lon).toBeGreaterThan(before.lon);
	await page.keyboard.press('Equal');
	await expect.poll(() => hashView(page)?.zoom).toBeGreaterThan(before.zoom + 0.5);
});

test('Back after two selections returns to the first, and then to the Article panel', async ({ page }) => {
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await expect(page).toHaveURL(/article=1/);
	await page
		.locator('summary')
		.filter({ hasText: `of ${NAMES['middle-corridor']}` })
		.click();
	await page.getByRole('button', { name: segment('btk').name, exact: true }).click();
	await expect(page).toHaveURL(/route=btk/);
	await routePanel(page).getByRole('button', { name: NAMES['middle-corridor'] }).click();
	await expect(page).toHaveURL(/route=middle-corridor/);
	await page.goBack();
	await expect(page).toHaveURL(/route=btk/);
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(segment('btk').name);
	await page.goBack();
	await expect(page.getByRole('complementary', { name: 'The article' })).toBeVisible();
});

const JUNK = [
	'#<script>alert(1)</script>',
	'#map=1e309/1e309/1e309&layers=<img src=x onerror=alert(1)>&route=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'#map=NaN/NaN/NaN&route=../../etc/passwd&layers=,,,',
	'#route=%E0%A4%A&map=%%%',
	'#' + 'map=1/2/3&'.repeat(10_000),
	'#route=' + '%5B'.repeat(20_000) + '&layers=' + '[{'.repeat(5_000)
];
for (const [i, hash] of JUNK.entries()) {
	test(`junk hash #${i + 1} loads the default view without errors`, async ({ page }) => {
		const w = watch(page);
		let dialog = false;
		page.on('dialog', (d) => {
			dialog = true;
			void d.dismiss();
		});
		await gotoReady(page, '/' + hash);
		await expect(routePanel(page)).toHaveCount(0);
		for (const id of CORRIDOR_IDS)
			await expect(page.getByRole('checkbox', { name: NAMES[id] })).toBeChecked();
		expect(await page.locator('main img, main script').count()).toBe(0);
		expect(dialog).toBe(false);
		expect(w.errors).toEqual([]);
	});
}

test('the select-and-read path works by keyboard alone, with announcements', async ({ page }) => {
	await gotoReady(page);
	const name = page.getByRole('button', { name: NAMES['southern-gas-corridor'], exact: true });
	// Tab from the top of the page until the corridor's name (which opens its panel) is focused.
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await name.evaluate((el) => el === document.activeElement)) break;
	}
	await expect(name).toBeFocused();
	await page.keyboard.press('Enter');
	const panel = routePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(NAMES['southern-gas-corridor']!);
	await expect(page.getByTestId('live')).toContainText(
		`${NAMES['southern-gas-corridor']} selected: 4 segments`
	);
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(name).toBeFocused();
	// Space on a checkbox toggles a layer and says so.
	await page.getByRole('checkbox', { name: `Show ${NAMES['middle-corridor']} on the map` }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('live')).toHaveText(`${NAMES['middle-corridor']} hidden`);
});

test('the map region, controls and landmarks are named', async ({ page }) => {
	await gotoReady(page);
	await expect(page.getByRole('region', { name: 'Map of the corridors', exact: true })).toBeVisible();
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset view' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no serious or critical axe violations: default view and with a panel open', async ({ page }) => {
	await gotoReady(page);
	expect(await axe(page)).toEqual([]);
	await page.goto('/#route=tripp');
	await expect(routePanel(page)).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	expect(await axe(page)).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the panel is a bottom sheet that steps from peek to half to full and back, nothing overflows', async ({
		page
	}) => {
		await gotoReady(page, '/#route=tripp');
		const sheet = routePanel(page);
		await expect(sheet).toBeVisible();
		const region = (await page.getByTestId('map-region').boundingBox())!;
		const peek = (await sheet.boundingBox())!;
		expect(peek.width).toBeGreaterThan(380);
		expect(peek.y + peek.height).toBeCloseTo(844, -1);
		expect(peek.height / region.height).toBeCloseTo(0.32, 1);
		const handle = sheet.getByRole('button', { name: 'Show more of the panel' });
		await handle.click();
		await expect.poll(async () => (await sheet.boundingBox())!.height / region.height).toBeCloseTo(0.55, 1);
		await handle.click();
		await expect(sheet.getByRole('button', { name: 'Show less of the panel' })).toBeVisible();
		// Full still leaves a strip of map above it.
		await expect.poll(async () => (await sheet.boundingBox())!.height / region.height).toBeCloseTo(0.88, 1);
		expect((await sheet.boundingBox())!.y).toBeGreaterThan(region.y + 40);
		await page.screenshot({ path: 'test-results/phone-full.png' });
		await sheet.getByRole('button', { name: 'Show less of the panel' }).click();
		await expect.poll(async () => (await sheet.boundingBox())!.height / region.height).toBeCloseTo(0.32, 1);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await axe(page)).toEqual([]);
	});
});

test('changing the reduced-motion setting does not replay the last camera flight', async ({ page }) => {
	await gotoReady(page, '/#route=btk');
	await settledView(page);
	const moves = await cameraMoves(page);
	const view = mapHash(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await settle(page);
	expect(await cameraMoves(page)).toBe(moves);
	expect(mapHash(page)).toBe(view);
	// With reduced motion on, the next selection jumps there: one move, no flight frames in between.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.getByRole('button', { name: 'Reset view' }).click();
	await expect.poll(() => cameraMoves(page)).toBe(moves + 1);
});
