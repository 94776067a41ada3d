// The basemap where the story happens: zoomed to 5, 8 and 10 over Syunik, Nakhchivan and the Kars
// plateau, the map names the states in view, the places, rivers and units the story needs; and the dark
// palette draws when the reader's system asks for it. Names are read from what MapLibre drew (a probe
// the page installs only with ?test), so a name hidden by a collision, or hidden as cut by the page or
// the map's edge, does not count.
import { expect, test, type Page } from '@playwright/test';
import { findColor, gotoReady, mapShot, settle, settledView, styleName, watch } from './helpers';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/lib/palettes';

async function drawnNames(page: Page): Promise<Set<string>> {
	const labels = await page.evaluate(() =>
		(window as unknown as { __mapProbe: { labels(): { name: string }[] } }).__mapProbe.labels()
	);
	return new Set(labels.map((l) => l.name));
}

const PLACES = {
	syunik: { lat: 39.2, lon: 46.3 },
	nakhchivan: { lat: 39.2, lon: 45.4 },
	kars: { lat: 40.6, lon: 43.1 }
};

/** What a reader must find named at each place and zoom (states in view, places, rivers, units). */
const EXPECTED: Record<keyof typeof PLACES, Record<5 | 8 | 10, string[]>> = {
	syunik: {
		5: ['Armenia', 'Azerbaijan', 'Iran', 'Türkiye', 'Georgia', 'Yerevan', 'Baku', 'Tbilisi'],
		8: [
			'Armenia',
			'Azerbaijan',
			'Iran',
			'Meghri',
			'Goris',
			'Kapan',
			'Ordubad',
			'Syunik Province',
			'Araks',
			'Vorotan'
		],
		10: ['Armenia', 'Azerbaijan', 'Kapan', 'Kajaran', 'Syunik Province', 'Vorotan']
	},
	nakhchivan: {
		5: ['Armenia', 'Azerbaijan', 'Iran', 'Türkiye', 'Yerevan', 'Tabriz'],
		// Iğdır's dot lies under the legend at this size: its name is hidden, not cut.
		8: ['Armenia', 'Azerbaijan', 'Iran', 'Türkiye', 'Julfa', 'Ordubad', 'Sharur', 'Dilucu', 'Araks'],
		10: ['Azerbaijan', 'Iran', 'Nakhchivan', 'Araks']
	},
	kars: {
		5: ['Türkiye', 'Armenia', 'Georgia', 'Azerbaijan', 'Tbilisi', 'Yerevan', 'Baku'],
		8: ['Türkiye', 'Armenia', 'Kars', 'Gyumri', 'Araks', 'Kura', 'Kars Plateau'],
		// Armenia is not in view (its border lies beyond the map's edge at 1280 px); its name was only
		// ever counted here when placed off the canvas.
		10: ['Türkiye', 'Kars', 'Akhurian (Arpaçay)', 'Kars Plateau']
	}
};

for (const [place, { lat, lon }] of Object.entries(PLACES) as [
	keyof typeof PLACES,
	{ lat: number; lon: number }
][])
	for (const zoom of [5, 8, 10] as const)
		test(`names what the story needs over ${place} at zoom ${zoom}`, async ({ page }) => {
			const w = watch(page);
			await gotoReady(page, `/?test#map=${zoom}/${lat}/${lon}`);
			const names = await drawnNames(page);
			const missing = EXPECTED[place][zoom].filter((n) => !names.has(n));
			expect(missing, `drawn: ${[...names].sort().join(', ')}`).toEqual([]);
			expect(w.errors).toEqual([]);
			expect(w.foreign).toEqual([]);
		});

test('a state crossed end to end by routes is still named when the view is small-scale (Türkiye, Southern Gas Corridor framed)', async ({
	page
}) => {
	await gotoReady(page, '/?test#route=southern-gas-corridor');
	const names = await drawnNames(page);
	expect(names.has('Türkiye'), `drawn: ${[...names].sort().join(', ')}`).toBe(true);
});

for (const [what, path] of [
	['zoom 3.2 over Türkiye', '/?test#map=3.2/41/35'],
	['the Southern Gas Corridor framed', '/?test#route=southern-gas-corridor']
])
	test(`small states are named at small scales, beside themselves where they must be (${what})`, async ({
		page
	}) => {
		await gotoReady(page, path);
		const names = await drawnNames(page);
		const missing = ['Georgia', 'Armenia', 'Azerbaijan', 'Türkiye'].filter((n) => !names.has(n));
		expect(missing, `drawn: ${[...names].sort().join(', ')}`).toEqual([]);
	});

test.describe('in the dark', () => {
	test.use({ colorScheme: 'dark' });

	test('draws the dark palette: dark land, light names, the routes in their dark-palette colours', async ({
		page
	}) => {
		await gotoReady(page, '/?test#map=8/39.2/45.9');
		expect(await styleName(page)).toContain('dark');
		const img = await mapShot(page);
		const share = (hex: string) => findColor(img, hex, 12).length / (img.width * img.height);
		// Land is most of this view; the relief shades part of it.
		expect(share(DARK_PALETTE.land)).toBeGreaterThan(0.15);
		// No light land: at most a stray antialiased pixel of that colour.
		expect(share(LIGHT_PALETTE.land)).toBeLessThan(0.001);
		expect(findColor(img, DARK_PALETTE.corridors['zangezur-tripp'], 24).length).toBeGreaterThan(50);
		expect(findColor(img, DARK_PALETTE.placeText, 24).length).toBeGreaterThan(20);
		expect((await drawnNames(page)).has('Armenia')).toBe(true);
	});
});

test("the header's Dark switch redraws the map, its key and the chart in the dark palette, keeping the view and the selection", async ({
	page
}) => {
	await gotoReady(page, '/?test#map=8/39.2/45.9&route=zangezur-tripp');
	const view = await settledView(page);
	const before = await mapShot(page);
	// The selection dims the other routes: the Middle Corridor's light colour is drawn faded.
	expect(await styleName(page)).toContain('light');
	expect(findColor(before, LIGHT_PALETTE.land, 12).length).toBeGreaterThan(1000);

	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => styleName(page)).toContain('dark');
	await settle(page);
	const after = await mapShot(page);
	const share = (img: typeof after, hex: string) => findColor(img, hex, 12).length / (img.width * img.height);
	// The open panel covers part of the map (masked): dark land is still a large share, light land none.
	expect(share(after, DARK_PALETTE.land)).toBeGreaterThan(0.08);
	expect(share(after, LIGHT_PALETTE.land)).toBeLessThan(0.001);
	// Same camera, same route open and emphasised in its dark colour.
	expect(await settledView(page)).toBe(view);
	await expect(page.getByRole('complementary', { name: 'Route details' })).toBeVisible();
	expect(findColor(after, DARK_PALETTE.corridors['zangezur-tripp'], 24).length).toBeGreaterThan(50);
	// The legend's swatches follow the map.
	const strokes = await page
		.locator('.legend-wrap svg.swatch line')
		.evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke')));
	expect(strokes).toEqual(expect.arrayContaining(Object.values(DARK_PALETTE.corridors)));
	for (const light of Object.values(LIGHT_PALETTE.corridors)) expect(strokes).not.toContain(light);
	// The choice is remembered: a reload opens dark, whatever the system says.
	await page.reload();
	await expect.poll(() => styleName(page), { timeout: 45_000 }).toContain('dark');
	// The gas chart's bars too.
	await page.goto('/?test#route=southern-gas-corridor');
	const bars = page.locator('figure.chart rect');
	await expect(bars.first()).toHaveAttribute('fill', DARK_PALETTE.corridors['southern-gas-corridor']);
});

test('without ?test the page exposes no probe', async ({ page }) => {
	await gotoReady(page, '/#map=8/39.2/45.9');
	expect(await page.evaluate(() => '__mapProbe' in window)).toBe(false);
});
