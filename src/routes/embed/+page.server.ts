import { loadContent } from '$lib/server/content';

export const load = loadContent;
