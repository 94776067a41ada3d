// Mounts a component into the test document; `cleanup` unmounts it after each test.
import { flushSync, mount, unmount, type Component } from 'svelte';

let app: Record<string, unknown> | undefined;

export function render<P extends Record<string, unknown>>(component: Component<P>, props: P): HTMLElement {
	const target = document.createElement('div');
	document.body.append(target);
	app = mount(component, { target, props });
	flushSync();
	return target;
}

export function cleanup() {
	if (app) unmount(app);
	app = undefined;
	document.body.replaceChildren();
}
