// Mounts a component into the test document, with the content index in context as the page provides it;
// `cleanup` unmounts it after each test.
import { flushSync, mount, unmount, type Component } from 'svelte';
import { ContentIndex, contentContext } from '../../src/lib/data/content-index';
import type { Content } from '../../src/lib/data/types';

let app: Record<string, unknown> | undefined;

/** A small, valid content file: enough for components that look up names and routes. */
export const CONTENT: Content = {
	data: { version: '9.9.9', date: '2026-01-01', licence: 'test data, no licence' },
	corridors: [],
	countryNames: { CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', AZE: 'Azerbaijan' },
	article: {
		title: 'A test article',
		author: 'A. Author',
		authorRole: 'role',
		institution: 'institution',
		publishers: [{ name: 'Publisher' }],
		note: 'A note about the article.'
	},
	claims: [],
	facts: [],
	gasExports: {
		title: 'Exports',
		unit: 'bcm',
		points: [],
		target: { value: 1, year: 2027, label: 'aim', source: { title: 'Source', publisher: 'Pub' } }
	},
	tour: []
};

export function render<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	content: Content = CONTENT
): HTMLElement {
	const target = document.createElement('div');
	document.body.append(target);
	app = mount(component, { target, props, context: contentContext(new ContentIndex(content)) });
	flushSync();
	return target;
}

export function cleanup() {
	if (app) unmount(app);
	app = undefined;
	document.body.replaceChildren();
}
