import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			precompress: true,
			strict: true
		}),
		prerender: { entries: ['/', '/embed/'] },
		// Type-check the build scripts, the benchmark and the configs too, not only src/ and tests/.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts', '../*.config.ts', '../*.config.js');
			}
		},
		// Everything comes from our own origin (MapLibre's worker too, from its own file). As a header, the
		// same policy adds frame-ancestors: see scripts/hosting/write-headers.ts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries one fixed inline style; allow exactly that attribute.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				// data: for the print still of the map.
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'child-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
