// A selected route is always fully in view: for every corridor and segment, at four screen sizes, each
// of its points lands on the map itself, not under the header, legend, panel or bottom sheet.
import { expect, test, type Page } from '@playwright/test';
import { cameraMoves, gotoReady, parseView, settledView } from './helpers';
import { project, ROUTE_IDS, routePoints } from './geo';

const SIZES = [
	{ name: '1280×800', viewport: { width: 1280, height: 800 } },
	{ name: '1024×640', viewport: { width: 1024, height: 640 } },
	{ name: '768×1024', viewport: { width: 768, height: 1024 } },
	{ name: '390×844', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
];

/** Points of the route that are not on the map canvas (covered by something, or off-screen). */
async function hiddenPoints(page: Page, id: string): Promise<string[]> {
	const view = parseView(await settledView(page))!;
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const points = routePoints(id).map((p) => {
		const { x, y } = project(p, view, canvas);
		return { lonlat: p, x: canvas.x + x, y: canvas.y + y };
	});
	const onMap = await page.evaluate(
		(pts) =>
			pts.map(
				({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false
			),
		points
	);
	return points
		.filter((_, i) => !onMap[i])
		.map((p) => `${p.lonlat.join(',')} at ${Math.round(p.x)},${Math.round(p.y)}`);
}

for (const size of SIZES) {
	test.describe(`at ${size.name}`, () => {
		test.use({ viewport: size.viewport, isMobile: size.isMobile ?? false, hasTouch: size.hasTouch ?? false });

		test('every corridor and segment, once selected, is in full view', async ({ page }) => {
			test.setTimeout(240_000);
			await gotoReady(page);
			const failures: string[] = [];
			for (const id of ROUTE_IDS) {
				const before = await cameraMoves(page);
				await page.evaluate((route) => (location.hash = `#route=${route}`), id);
				await expect(page.getByRole('complementary', { name: 'Route details' })).toBeVisible();
				await settledView(page, before);
				const hidden = await hiddenPoints(page, id);
				if (hidden.length)
					failures.push(`${id}: ${hidden.length} point(s) hidden, e.g. ${hidden.slice(0, 3).join('; ')}`);
			}
			expect(failures).toEqual([]);
		});
	});
}
