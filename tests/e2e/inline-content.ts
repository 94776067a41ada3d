// Serve the page with its inlined content changed (a field missing, a bad link), as a broken or hostile
// build would: the content's JSON text in the page's own inline script is edited and the CSP hash in its
// <meta> follows it, so the browser runs it as it would run a real build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The inline script with its content (a JSON string, src/lib/server/content.ts) changed as text. */
function changeContentJson(script: string, change: (json: string) => string): string {
	const m = /contentJson:("(?:[^"\\]|\\.)*")/.exec(script);
	if (!m) throw new Error('the page carries no contentJson string');
	const json = change(JSON.parse(m[1]!) as string);
	// As SvelteKit writes a string into the page: no "<" that could end the script.
	const literal = JSON.stringify(json).replace(/</g, '\\u003C');
	return script.replace(m[0], () => `contentJson:${literal}`);
}

/** `change` edits the content file's JSON text; it must change something. */
export async function serveChangedContent(page: Page, change: (json: string) => string) {
	await page.route(
		(url) => url.pathname === '/' || url.pathname === '/index.html',
		async (route) => {
			const res = await route.fetch();
			let html = await res.text();
			html = html.replace(
				/<script>([\s\S]*?)<\/script>/,
				(_m, body: string) =>
					`<script>${changeContentJson(body, (json) => {
						const changed = change(json);
						if (changed === json) throw new Error('the change left the content as it was');
						return changed;
					})}</script>`
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
