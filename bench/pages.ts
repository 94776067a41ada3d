// The two pages the benchmark compares: the app's build, and the bare MapLibre page bundled here; and
// which of their files are MapLibre's, so bytes can be told apart.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { OUT, type Category } from './settings';

/** Files of the build that are MapLibre (its chunk and its worker), by their content. */
export function maplibreFiles(): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.m?js$/.test(e.name)) {
				const head = readFileSync(p, 'utf8');
				if (e.name.includes('maplibre') || head.includes('maplibre-gl-worker.mjs')) out.add(e.name);
			}
		}
	};
	walk('build/_app');
	return out;
}

/** The MapLibre worker script each page starts, and its brotli file on disk. */
export function workerFile(path: string): { url: string; file: string } {
	if (path.startsWith('/bench/'))
		return { url: '/bench/maplibre-gl-worker.mjs', file: join(OUT, 'maplibre-gl-worker.mjs.br') };
	const dir = 'build/_app/immutable/assets';
	const name = readdirSync(dir).find((f) => f.startsWith('maplibre-gl-worker') && f.endsWith('.mjs'));
	if (!name) throw new Error('bench: no MapLibre worker in the build');
	return { url: `/_app/immutable/assets/${name}`, file: join(dir, `${name}.br`) };
}

export function categorise(url: string, maplibre: Set<string>): Category {
	const path = new URL(url).pathname;
	const file = path.split('/').pop() ?? '';
	if (path.startsWith('/data/')) return 'data';
	if (/\.(woff2?|ttf)$/.test(file)) return 'fonts';
	if (file.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(file)) return maplibre.has(file) || path.startsWith('/bench/') ? 'maplibre' : 'appJs';
	if (path === '/' || file.endsWith('.html')) return 'html';
	return 'other';
}

/** Bundle the bare page for the app's map size and first view; returns its path on the bench server. */
export async function bundleBare(
	mapSize: { w: number; h: number },
	view: Record<'zoom' | 'lat' | 'lon', string | undefined>
) {
	mkdirSync(OUT, { recursive: true });
	await esbuild({
		entryPoints: { bare: 'bench/bare.ts' },
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		outdir: OUT,
		loader: { '.woff2': 'file', '.woff': 'file' },
		assetNames: '[name]-[hash]',
		logLevel: 'warning'
	});
	copyFileSync('bench/bare.html', join(OUT, 'bare.html'));
	copyFileSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', join(OUT, 'maplibre-gl-worker.mjs'));
	// Precompress like the app's build does, so both are served alike.
	for (const f of readdirSync(OUT)) {
		if (!/\.(m?js|css|html|woff2?)$/.test(f)) continue;
		const buf = readFileSync(join(OUT, f));
		writeFileSync(join(OUT, `${f}.gz`), gzipSync(buf, { level: 9 }));
		writeFileSync(join(OUT, `${f}.br`), brotliCompressSync(buf));
	}
	return `/bench/bare.html?w=${mapSize.w}&h=${mapSize.h}&zoom=${view.zoom}&lat=${view.lat}&lon=${view.lon}`;
}
