// The map loads every glyph file from the start (sources.ts lists them), so the list must be the files
// the build writes: one it lacks would be fetched late, one it invents would be a needless request.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLYPH_FILES } from '../../src/lib/map/sources';

const GLYPHS = 'static/data/glyphs';

describe('glyph files loaded from the start', () => {
	it.skipIf(!existsSync(GLYPHS))('are exactly the glyph files the build wrote', () => {
		const written = readdirSync(GLYPHS).flatMap((font) =>
			readdirSync(join(GLYPHS, font))
				.filter((f) => f.endsWith('.pbf'))
				.map((f) => `glyphs/${font}/${f}`)
		);
		expect([...GLYPH_FILES].sort()).toEqual(written.sort());
	});
});
