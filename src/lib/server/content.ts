// The panels' text and facts, read from the built data file at prerender time. A server load's data is
// inlined into the prerendered HTML, so the browser never fetches the file: the page works from any
// path and the content costs no JavaScript bytes.
import { readFileSync } from 'node:fs';
import type { Content } from '$lib/data/types';

export function loadContent(): { content: Content } {
	return { content: JSON.parse(readFileSync('static/data/content.json', 'utf8')) as Content };
}
