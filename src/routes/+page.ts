// The panels' text and facts: one data file, fetched at prerender time and inlined into the HTML,
// so it costs no JavaScript bytes and no extra request.
import { base } from '$app/paths';
import type { Content } from '$lib/data/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const res = await fetch(`${base}/data/content.json`);
	if (!res.ok) throw new Error(`content.json: HTTP ${res.status}`);
	return { content: (await res.json()) as Content };
};
