import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		target: 'es2022',
		// A few per cent smaller than esbuild's output; the app JS has a 40 KB budget.
		minify: 'terser',
		// Fonts stay files (the CSP allows fonts from the origin only, not data: URLs) and can be preloaded.
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
		rollupOptions: {
			// MapLibre in its own long-lived chunk: cached across app releases, and measurable on its own.
			output: { manualChunks: (id) => (id.includes('node_modules/maplibre-gl/') ? 'maplibre' : undefined) }
		}
	},
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{
				// Components mount in a DOM with Svelte's browser build.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'jsdom' }
			}
		]
	}
});
