// Robust on any host: the site served from a subfolder with the headers it ships, framed only where
// embedding is meant, and an embed in a sandboxed frame that either works or says what to allow.
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveBuild, serveHtml } from './host';
import { watch } from './helpers';

test.describe.configure({ mode: 'serial' });

const SITE = 4181;
const HOST = 4182;
const BASE = `http://127.0.0.1:${SITE}/maps`;
let servers: Server[] = [];

test.beforeAll(async () => {
	servers = [await serveBuild('/maps', SITE)];
});
test.afterAll(() => servers.forEach((s) => s.close()));

const frame = (src: string, sandbox: string | null) =>
	`<!doctype html><title>Host</title><iframe title="map" src="${src}" width="600" height="400"${
		sandbox === null ? '' : ` sandbox="${sandbox}"`
	}></iframe>`;

test('from a subfolder: the page works, never fetches its inlined content, and sends the shipped headers', async ({
	page
}) => {
	const w = watch(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	const res = await page.goto(`${BASE}/#route=scp`);
	expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(res!.headers()['x-content-type-options']).toBe('nosniff');
	expect(res!.headers()['strict-transport-security']).toContain('max-age=');
	await expect(page.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	await expect(page.getByRole('complementary', { name: 'Route details' })).toBeVisible();
	expect(requests.filter((p) => p.endsWith('content.json') || p.endsWith('__data.json'))).toEqual([]);
	expect(requests.every((p) => p.startsWith('/maps/'))).toBe(true);
	expect(w.errors).toEqual([]);
});

test('the embed page works in a frame on another site with the documented sandbox; the full page refuses to be framed', async ({
	page
}) => {
	const host = await serveHtml(
		frame(`${BASE}/embed/#route=scp`, 'allow-scripts allow-same-origin allow-popups') +
			`<iframe title="full" src="${BASE}/" width="300" height="200"></iframe>`,
		HOST
	);
	servers.push(host);
	await page.goto(`http://127.0.0.1:${HOST}/`);
	const embed = page.frameLocator('iframe[title="map"]');
	await expect(embed.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	await expect(embed.getByRole('complementary', { name: 'Route details' })).toBeVisible();
	await expect(embed.getByRole('link', { name: /Open the full map/ })).toBeVisible();
	// frame-ancestors 'none': the full page does not render inside another site's frame.
	await expect(page.frameLocator('iframe[title="full"]').locator('body')).not.toContainText(
		'Caucasus Corridors'
	);
});

test('in a sandbox without allow-same-origin, the embed says what the host must allow', async ({ page }) => {
	const host = await serveHtml(frame(`${BASE}/embed/#route=scp`, 'allow-scripts allow-popups'), HOST + 1);
	servers.push(host);
	await page.goto(`http://127.0.0.1:${HOST + 1}/`);
	const embed = page.frameLocator('iframe[title="map"]');
	await expect(embed.getByRole('alert')).toContainText('allow-same-origin');
});
