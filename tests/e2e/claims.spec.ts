// Checking the article claim by claim: a link for each claim, the article in order with its statuses
// and filters, our assessment and evidence beside each quote, and routes tied only to what they are about.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CLAIM_STATUS_INFO } from '../../src/lib/data/claim-status';
import { CLAIM_STATUSES, CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { content, segment } from './data';
import { cameraMoves, gotoReady, parseView, settledView, watch } from './helpers';

const routePanel = (page: Page) => page.getByRole('complementary', { name: 'Route details' });
const claimPanel = (page: Page) => page.getByRole('complementary', { name: 'Claim' });
const articlePanel = (page: Page) => page.getByRole('complementary', { name: 'The article' });
const claim = (id: string) => content.claims.find((c) => c.id === id)!;
const factsOf = (id: string) => claim(id).assessment.facts.map((f) => content.facts.find((x) => x.id === f)!);

test('#claim= opens the claim with its quote, status, note and evidence, and frames what it concerns', async ({
	page
}) => {
	const w = watch(page);
	const c = content.claims.find((x) => x.bbox && x.assessment.facts.length >= 2)!;
	await gotoReady(page, `/#claim=${c.id}`);
	const panel = claimPanel(page);
	await expect(panel.locator('blockquote')).toHaveText(c.quote);
	await expect(panel.getByText(`¶${c.paragraph}`, { exact: true })).toBeVisible();
	const ours = panel.getByRole('region', { name: 'Our assessment' });
	await expect(ours).toContainText(CLAIM_STATUS_INFO[c.assessment.status].label);
	await expect(ours).toContainText(c.assessment.checkable);
	await expect(ours).toContainText(c.assessment.note);
	for (const f of factsOf(c.id)) await expect(ours.getByText(f.text)).toBeVisible();
	// The quote is the article's voice, kept apart: our assessment has no blockquote.
	await expect(ours.locator('blockquote')).toHaveCount(0);
	// Framed: the view's centre lies within the box of the features the claim concerns.
	const v = parseView(await settledView(page))!;
	const [west, south, east, north] = c.bbox!;
	expect(v.lon).toBeGreaterThanOrEqual(west);
	expect(v.lon).toBeLessThanOrEqual(east);
	expect(v.lat).toBeGreaterThanOrEqual(south);
	expect(v.lat).toBeLessThanOrEqual(north);
	await expect(page).toHaveURL(new RegExp(`claim=${c.id}`));
	expect(w.errors).toEqual([]);
});

test('an unknown claim id falls back like any other bad key and leaves the URL', async ({ page }) => {
	await gotoReady(page, '/#claim=no-such-claim&layers=middle-corridor');
	await expect(claimPanel(page)).toHaveCount(0);
	await expect(page).toHaveURL(/#(map=[^&]+&)?layers=middle-corridor$/);
	await expect(page).not.toHaveURL(/claim=/);
});

test('the Article panel opens with a count per status, lists every claim in order, and filters', async ({
	page
}) => {
	await gotoReady(page);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	const panel = articlePanel(page);
	for (const s of CLAIM_STATUSES) {
		const n = content.claims.filter((c) => c.assessment.status === s).length;
		await expect(panel.getByRole('button', { name: `${CLAIM_STATUS_INFO[s].label} ${n}` })).toBeVisible();
	}
	const items = panel.locator('ol.claims > li');
	await expect(items).toHaveCount(content.claims.length);
	// The article's order: paragraphs never go backwards.
	const paras = (await items.locator('.para').allTextContents()).map((t) => Number(t.slice(1)));
	expect(paras).toEqual([...paras].sort((a, b) => a - b));
	await panel.getByLabel('Status', { exact: true }).selectOption('not-yet');
	const notYet = content.claims.filter((c) => c.assessment.status === 'not-yet');
	await expect(items).toHaveCount(notYet.length);
	await expect(panel.getByRole('status')).toHaveText(
		`Showing ${notYet.length} of ${content.claims.length} claims.`
	);
	await panel.getByLabel('Status', { exact: true }).selectOption('all');
	await panel.getByLabel('Theme', { exact: true }).selectOption('section-907');
	await expect(items).toHaveCount(content.claims.filter((c) => c.theme === 'section-907').length);
	await panel.getByLabel('Theme', { exact: true }).selectOption('all');
	await panel.getByLabel('Route', { exact: true }).selectOption('tripp');
	const tripp = content.claims.filter((c) =>
		c.assessment.routes.some((r) => r === 'tripp' || r === 'zangezur-tripp')
	);
	await expect(items).toHaveCount(tripp.length);
});

test('every claim’s status and every evidence fact can be seen', async ({ page }) => {
	test.setTimeout(180_000);
	await gotoReady(page, `/#claim=${content.claims[0]!.id}`);
	for (const [i, c] of content.claims.entries()) {
		const panel = claimPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			`Claim ${i + 1} of ${content.claims.length}`
		);
		await expect(panel.locator('blockquote')).toHaveText(c.quote);
		const ours = panel.getByRole('region', { name: 'Our assessment' });
		await expect(ours).toContainText(CLAIM_STATUS_INFO[c.assessment.status].label);
		if (c.assessment.settles) await expect(ours).toContainText(c.assessment.settles.what);
		await expect(ours.locator('.facts > li')).toHaveCount(c.assessment.facts.length);
		const next = panel.getByRole('button', { name: /Next claim/ });
		if (i < content.claims.length - 1) await next.click();
	}
});

test('the keyboard path to a claim: Article, a claim, its check, and back to the same place', async ({
	page
}) => {
	await gotoReady(page);
	const article = page.getByRole('button', { name: 'Article', exact: true });
	await article.focus();
	await page.keyboard.press('Enter');
	const panel = articlePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	const target = content.claims[10]!;
	const open = panel.getByRole('button', { name: `Check this claim from ¶${target.paragraph} →` }).first();
	await open.focus();
	await page.keyboard.press('Enter');
	await expect(claimPanel(page).getByRole('heading', { level: 2 })).toBeFocused();
	await expect(page.getByTestId('live')).toContainText(`paragraph ${target.paragraph}`);
	await claimPanel(page).getByRole('button', { name: '← Back to the article' }).press('Enter');
	await expect(panel.locator(`#claim-item-${target.id}`)).toBeInViewport();
});

test('no serious or critical axe violations with a claim open and with the Article panel filtered', async ({
	page
}) => {
	await gotoReady(page, `/#claim=${content.claims.find((c) => c.assessment.status === 'disputed')!.id}`);
	await expect(claimPanel(page)).toBeVisible();
	const axe = async () =>
		(await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze()).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(await axe()).toEqual([]);
	await page.getByRole('button', { name: 'Article', exact: true }).click();
	await articlePanel(page).getByLabel('Status', { exact: true }).selectOption('opinion');
	expect(await axe()).toEqual([]);
});

for (const id of CORRIDOR_IDS) {
	test(`the ${id} panel shows each claim about it with its status and a link to our check`, async ({
		page
	}) => {
		await gotoReady(page, `/#route=${id}`);
		const says = routePanel(page).getByRole('region', { name: 'What the article says' });
		const own = new Set([id, ...content.corridors.find((c) => c.id === id)!.segments.map((s) => s.id)]);
		const claims = content.claims.filter((c) => c.assessment.routes.some((r) => own.has(r)));
		await expect(says.locator('blockquote')).toHaveCount(claims.length);
		if (claims.length === 0) await expect(says).toContainText('The article does not mention this route');
		else {
			await expect(
				says.getByText(CLAIM_STATUS_INFO[claims[0]!.assessment.status].label).first()
			).toBeVisible();
			await says
				.getByRole('button', { name: /Our check/ })
				.first()
				.click();
			await expect(claimPanel(page).locator('blockquote')).toHaveText(claims[0]!.quote);
		}
	});
}

test('a context route the article never mentions says so, and carries no TRIPP quote', async ({ page }) => {
	await gotoReady(page, '/#route=aras-corridor');
	const says = routePanel(page).getByRole('region', { name: 'What the article says' });
	await expect(says).toContainText('The article does not mention this route');
	await expect(says.locator('blockquote')).toHaveCount(0);
});

test('a route chip in a claim selects and frames that route', async ({ page }) => {
	const w = watch(page);
	const c = content.claims.find((x) => x.assessment.routes.includes('tripp'))!;
	await gotoReady(page, `/#claim=${c.id}`);
	await settledView(page);
	const before = await cameraMoves(page);
	const tripp = segment('tripp');
	await claimPanel(page)
		.getByRole('button', { name: `Show ${tripp.name} on the map` })
		.click();
	await expect(page).toHaveURL(/route=tripp/);
	await expect(routePanel(page).getByRole('heading', { level: 2 })).toHaveText(tripp.name);
	const v = parseView(await settledView(page, before))!;
	expect(v.zoom).toBeGreaterThan(8);
	expect(v.lat).toBeCloseTo(38.9, 0);
	expect(v.lon).toBeCloseTo(46.3, 0);
	// Back returns to the claim.
	await page.goBack();
	await expect(claimPanel(page).locator('blockquote')).toHaveText(c.quote);
	expect(w.errors).toEqual([]);
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
