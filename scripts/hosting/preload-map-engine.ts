// After `vite build`: the map engine first. SvelteKit lists the page's module preloads in import order,
// so MapLibre's chunk (the largest file, and the one the first view waits for) queued behind a dozen
// small ones and the fonts on the browser's six connections. Moved to the top of <head> with a high fetch
// priority, it arrives first; the precompressed copies of each page are written again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The built file of the chunk Vite named `name` (vite.config.ts's manualChunks), from Vite's manifest. */
export function chunkFile(manifest: Record<string, { file: string; name?: string }>, name: string): string {
	const hit = Object.values(manifest).find((c) => c.name === name && c.file.endsWith('.js'));
	if (!hit) throw new Error(`preload-map-engine: no chunk named "${name}" in Vite's manifest`);
	return hit.file;
}

/** The page with the module preload of `file` moved to the top of <head>, asked for first. */
export function hoistPreload(html: string, file: string, page = 'page'): string {
	const link = new RegExp(
		`<link href="([^"]*/${file.split('/').pop()!.replace('.', '\\.')})" rel="modulepreload">`
	);
	const m = html.match(link);
	if (!m) throw new Error(`preload-map-engine: ${page} has no module preload of ${file}`);
	const hoisted = `<link href="${m[1]}" rel="modulepreload" fetchpriority="high">`;
	return html.replace(m[0], '').replace(/<head>/, `<head>\n\t\t${hoisted}`);
}

function pages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const build = process.argv[2] ?? 'build';
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
	const file = chunkFile(manifest, 'maplibre');
	for (const page of pages(build)) {
		const html = readFileSync(page, 'utf8');
		// Pages without the app (none today) keep what they have.
		if (!html.includes('rel="modulepreload"')) continue;
		const out = hoistPreload(html, file, page);
		writeFileSync(page, out);
		writeFileSync(
			`${page}.br`,
			brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
		);
		writeFileSync(`${page}.gz`, gzipSync(out, { level: 9 }));
	}
}
