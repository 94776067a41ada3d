// The article's claims one click from each route, and each route one click from its claims.
import { expect, test } from '@playwright/test';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { content, segment } from './data';
import { cameraMoves, gotoReady, settledCamera, watch } from './helpers';

const routePanel = (page: import('@playwright/test').Page) =>
	page.getByRole('complementary', { name: 'Route details' });

for (const id of CORRIDOR_IDS) {
	test(`the ${id} panel quotes the article and keeps our context apart`, async ({ page }) => {
		await gotoReady(page, `/#route=${id}`);
		const panel = routePanel(page);
		const says = panel.getByRole('region', { name: 'What the article says' });
		await expect(says.locator('blockquote').first()).toBeVisible();
		await expect(says.getByText(/^¶\d+$/).first()).toBeVisible();
		const context = panel.getByRole('region', { name: 'Context' });
		await expect(context).toBeVisible();
		// Our facts are not blockquotes and each names a source.
		await expect(context.locator('blockquote')).toHaveCount(0);
		const facts = context.locator('li');
		if ((await facts.count()) > 0) await expect(facts.first()).toContainText('Source:');
	});
}

test('clicking a route chip in the Article panel selects, frames and highlights that route', async ({
	page
}) => {
	const w = watch(page);
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	const article = page.getByRole('complementary', { name: 'The article' });
	await expect(article.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(article).toContainText("Baku's point of view");
	const tripp = segment('tripp');
	const before = await cameraMoves(page);
	await article
		.getByRole('button', { name: `Show ${tripp.name} on the map` })
		.first()
		.click();
	await expect(page).toHaveURL(/route=tripp/);
	const panel = routePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(tripp.name);
	// Framed: zoomed in on a ~40 km segment near Meghri.
	const [zoom, lat, lon] = await settledCamera(page, before);
	expect(zoom).toBeGreaterThan(8);
	expect(lat).toBeCloseTo(38.9, 0);
	expect(lon).toBeCloseTo(46.3, 0);
	expect(w.errors).toEqual([]);
});

test('a route panel links back to its claims in the Article panel', async ({ page }) => {
	await gotoReady(page, '/#route=middle-corridor');
	await routePanel(page).getByRole('button', { name: 'See these claims in the Article panel' }).click();
	const article = page.getByRole('complementary', { name: 'The article' });
	await expect(article).toBeVisible();
	await expect(
		article.locator('figure.claim').filter({ hasText: 'Middle Corridor' }).first()
	).toBeInViewport();
});

test('claims without a route still appear in the Article panel (Section 907)', async ({ page }) => {
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	const article = page.getByRole('complementary', { name: 'The article' });
	await expect(article.locator('blockquote').filter({ hasText: 'Section 907' }).first()).toBeVisible();
	await expect(article.locator('blockquote')).toHaveCount(content.claims.length);
});

test('the gas chart has labelled axes, the 2027 aim and a source line', async ({ page }) => {
	await gotoReady(page, '/#route=southern-gas-corridor');
	const chart = routePanel(page).locator('figure.chart');
	await chart.scrollIntoViewIfNeeded();
	await expect(chart.getByRole('img', { name: /gas exports to Europe/i })).toBeVisible();
	await expect(chart.locator('svg text', { hasText: /^Year$/ })).toBeVisible();
	await expect(chart.locator('svg text', { hasText: 'bcm per year' })).toBeVisible();
	await expect(chart.locator('svg text', { hasText: /Aim for 2027: 20 bcm/ })).toBeVisible();
	await expect(chart.locator('rect')).toHaveCount(content.gasExports.points.length);
	await expect(chart.locator('figcaption')).toContainText('Sources:');
});
