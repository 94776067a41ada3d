// The built content, typed, for assertions against what the app should show.
import raw from '../../static/data/content.json' with { type: 'json' };
import type { Content, SegmentInfo } from '../../src/lib/data/types';

export const content = raw as unknown as Content;
export const NAMES: Record<string, string> = Object.fromEntries(content.corridors.map((c) => [c.id, c.name]));
export function segment(id: string): SegmentInfo {
	const s = content.corridors.flatMap((c) => c.segments).find((x) => x.id === id);
	if (!s) throw new Error(`no segment ${id} in the built data`);
	return s;
}
