// Self-hosted web font, cut to what the app shows: Noto Sans Latin as published, plus a tiny
// Latin Extended subset with just the letters our data uses (Iğdır, Eskişehir, Qəbələ …).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FILES = dirname(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));
export const WEIGHTS = [400, 700] as const;

/** Characters outside Latin-1 that the text uses (the Latin file covers U+0000–U+00FF). */
export function extendedChars(texts: Iterable<string>): string {
	const set = new Set<string>();
	for (const t of texts) for (const ch of t) if (ch.codePointAt(0)! > 0xff) set.add(ch);
	return [...set].sort().join('');
}

/** Every string in a JSON value. */
export function* strings(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const v of value) yield* strings(v);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

export async function buildFonts(outDir: string, texts: Iterable<string>): Promise<{ ext: string }> {
	mkdirSync(outDir, { recursive: true });
	const ext = extendedChars(texts);
	for (const w of WEIGHTS) {
		copyFileSync(
			join(FILES, `noto-sans-latin-${w}-normal.woff2`),
			join(outDir, `noto-sans-latin-${w}.woff2`)
		);
		const full = readFileSync(join(FILES, `noto-sans-latin-ext-${w}-normal.woff2`));
		const subset = await subsetFont(full, ext || 'ā', { targetFormat: 'woff2' });
		writeFileSync(join(outDir, `noto-sans-ext-${w}.woff2`), subset);
	}
	return { ext };
}
