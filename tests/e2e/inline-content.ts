// Serve the page with its inlined content changed (a field missing, a bad link), as a broken or hostile
// build would: the page's own inline script is edited and the CSP hash in its <meta> follows it, so
// the browser runs it as it would run a real build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export async function serveChangedContent(page: Page, change: (script: string) => string) {
	await page.route(
		(url) => url.pathname === '/' || url.pathname === '/index.html',
		async (route) => {
			const res = await route.fetch();
			let html = await res.text();
			html = html.replace(
				/<script>([\s\S]*?)<\/script>/,
				(_m, body: string) => `<script>${change(body)}</script>`
			);
			const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
				(m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`
			);
			html = html.replace(/script-src 'self'[^;"]*/, `script-src 'self' ${hashes.join(' ')}`);
			const headers = { ...res.headers() };
			delete headers['content-encoding'];
			delete headers['content-length'];
			await route.fulfill({ status: 200, headers, body: html });
		}
	);
}

/** Code the page loads on demand (panels, image export, the text view): every script of the build that
 *  the page does not preload. Blocking these simulates a connection lost after the page loaded. */
export function isLazyChunk(url: URL, preloaded: Set<string>): boolean {
	return (
		/\/_app\/immutable\/chunks\/[^/]+\.js$/.test(url.pathname) &&
		!preloaded.has(url.pathname.split('/').pop()!)
	);
}

/** The script files the built page preloads. */
export function preloadedScripts(): Set<string> {
	const html = readFileSync('build/index.html', 'utf8');
	return new Set(
		[...html.matchAll(/_app\/immutable\/(?:entry|chunks|nodes)\/([^"/]+\.js)/g)].map((m) => m[1]!)
	);
}

/** Make the code the page loads on demand fail, as if the connection dropped after the page loaded,
 *  until `end()` is called. */
export async function blockLazyChunks(page: Page): Promise<{ end(): void }> {
	let blocked = true;
	const preloaded = preloadedScripts();
	await page.route(
		(url) => isLazyChunk(url, preloaded),
		(route) => (blocked ? route.abort('internetdisconnected') : route.continue())
	);
	return { end: () => (blocked = false) };
}
