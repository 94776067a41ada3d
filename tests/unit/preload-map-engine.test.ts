import { describe, expect, it } from 'vitest';
import { chunkFile, hoistPreload } from '../../scripts/hosting/preload-map-engine';

const page = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/Map1.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
	</head>
	<body></body>
</html>`;

describe('the map engine is preloaded first', () => {
	it('moves its module preload to the top of <head>, with a high priority, once', () => {
		const out = hoistPreload(page, '_app/immutable/chunks/Map1.js');
		const links = [...out.matchAll(/<link href="([^"]+)" rel="modulepreload"( fetchpriority="high")?>/g)];
		expect(links.map((l) => l[1])).toEqual([
			'./_app/immutable/chunks/Map1.js',
			'./_app/immutable/entry/start.A.js',
			'./_app/immutable/chunks/B.js',
			'./_app/immutable/chunks/C.js'
		]);
		expect(links[0]![2]).toBe(' fetchpriority="high"');
		expect(links.slice(1).every((l) => l[2] === undefined)).toBe(true);
		expect(out.indexOf('Map1.js')).toBeLessThan(out.indexOf('<meta charset'));
	});

	it('names the page and the file when the page has no such preload', () => {
		expect(() => hoistPreload(page, '_app/immutable/chunks/Other.js', 'build/embed/index.html')).toThrow(
			'build/embed/index.html has no module preload of _app/immutable/chunks/Other.js'
		);
	});

	it('finds the chunk by the name Vite gave it, and says so when it is missing', () => {
		const manifest = {
			'_x.js': { file: '_app/immutable/chunks/x.js' },
			'_Map1.js': { file: '_app/immutable/chunks/Map1.js', name: 'maplibre' }
		};
		expect(chunkFile(manifest, 'maplibre')).toBe('_app/immutable/chunks/Map1.js');
		expect(() => chunkFile({}, 'maplibre')).toThrow('no chunk named "maplibre"');
	});
});
