// Mounts a component into the test document, with the content index in context as the page provides it;
// `cleanup` unmounts it after each test.
import { flushSync, mount, unmount, type Component } from 'svelte';
import { ContentIndex, contentContext } from '../../src/lib/data/content-index';
import type { Content } from '../../src/lib/data/types';
import { CONTENT } from '../fixtures/content';

let app: Record<string, unknown> | undefined;

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
